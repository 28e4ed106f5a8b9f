"""Tag "Prompt Templates": templates are records of the generic store ("/prompt_templates"), sharing its
permissions table. The system's default template is here: `GET /prompt_templates/default` answers it and its id
resolves wherever a template id does (`GET /prompt_templates/{id}`, a collection's or chat's template); it is not
one of the user's templates (not listed or counted with them). A template the user makes is never the system
default (`is_system_default`, which the server always sends)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.responses import Response

from h2ogpte_ext.testing import _generic
from h2ogpte_ext.testing._spec import operations
from h2ogpte_ext.testing._state import USERNAME, Call, FakeError, Records, State, json_response, operation

TEMPLATES = "/prompt_templates"
SYSTEM = "/prompt_templates/default"  # the system's templates: not the user's, not in the generic store's listing
DEFAULT_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "h2ogpte:prompt-template:default"))


def default_template(state: State) -> Any:
    """The system's default template: made once per state (its varied values then stay what they were)."""
    system = state.table(SYSTEM)
    if DEFAULT_ID not in system:
        system[DEFAULT_ID] = _made(state)
    return system[DEFAULT_ID]


def _made(state: State) -> Any:
    return state.records.build(
        "PromptTemplate",
        id=DEFAULT_ID,
        name="h2oGPTe default",
        description="The system's default prompt template.",
        lang="en",
        system_prompt="You are h2oGPTe, an expert question-answering AI system created by H2O.ai.",
        is_default=True,
        is_system_default=True,
        is_public=True,
        username=USERNAME,
    )


def template(state: State, template_id: str) -> Any:
    """The template an id names: one of the user's, or the system default; None if neither."""
    if template_id == DEFAULT_ID:
        return default_template(state)
    return state.table(TEMPLATES).get(template_id)


def existing(call: Call, template_id: Any) -> str:
    """A template id a request names, which must resolve (404 otherwise)."""
    if not isinstance(template_id, str) or template(call.state, template_id) is None:
        raise FakeError(404, f"prompt template {template_id!r} not found")
    return template_id


@operation("create_prompt_template")
async def create_prompt_template(call: Call) -> Response:
    response = await _generic.answer(operations()["create_prompt_template"], call)
    created = json.loads(bytes(response.body))
    table = call.state.table(TEMPLATES)
    table[created["id"]] = Records.replace(table[created["id"]], is_system_default=False, is_default=False)
    return json_response(table[created["id"]], response.status_code)


@operation("get_prompt_template")
async def get_prompt_template(call: Call) -> Response:
    found = template(call.state, call.path("prompt_template_id"))
    if found is None:
        raise FakeError(404, "prompt template not found")
    return json_response(found)


@operation("get_default_prompt_template")
async def get_default_prompt_template(call: Call) -> Response:
    return json_response(default_template(call.state))


@operation("delete_prompt_template")
async def delete_prompt_template(call: Call) -> Response:
    """The generic delete; the collections and chat sessions that used the template go back to the default (none
    of them names a template that no longer exists)."""
    response = await _generic.answer(operations()[call.operation_id], call)
    for template_id in call.path("prompt_template_id").split(","):  # the spec's array: one or several
        if template(call.state, template_id) is None:
            forget(call.state, template_id)
    return response


def forget(state: State, template_id: str) -> None:
    """No collection or chat session uses the template any more."""
    for table in (state.collections, state.sessions):
        for key, record in table.items():
            if getattr(record, "prompt_template_id", None) == template_id:
                table[key] = Records.without(record, "prompt_template_id")
