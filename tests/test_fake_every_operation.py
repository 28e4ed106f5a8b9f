"""Every operation of the generated client, sent over HTTP to a fake h2oGPTe whose data is varied (nulls,
absent properties, edge values), answers 2xx and parses: no operation is left unanswered, and every
value the fake sends is one the generated models accept."""

from __future__ import annotations

import inspect
import io
import typing
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.types import File

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.calls import ident, module_of, warns_if_deprecated
from tests.spec_tools import Operation, minimal_instance, operations, resolve
from tests.test_fake_store import one_of_each

SEEDS = (1, 2, 3)


def _api(server: FakeH2OGPTE) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=f"{server.url}/api/v1", token=server.api_key, timeout=httpx.Timeout(10))


def _json(api: AuthenticatedClient, method: str, path: str, **kwargs: Any) -> Any:
    response = api.get_httpx_client().request(method, path, **kwargs)
    assert response.status_code < 300, f"{method} {path}: {response.status_code} {response.text}"
    return response.json() if response.content else None


def _ids(api: AuthenticatedClient) -> dict[str, str]:
    """One record of each kind the path parameters name, made through the API."""
    collection = _json(api, "POST", "/collections", json={"name": "every", "description": "op"})
    upload = _json(api, "PUT", "/uploads", files={"file": ("a.txt", b"hello world")})
    _json(api, "POST", f"/uploads/{upload['id']}/ingest", params={"collection_id": collection["id"]})
    (document,) = _json(api, "GET", f"/collections/{collection['id']}/documents")
    session = _json(api, "POST", "/chats", params={"collection_id": collection["id"]})
    agent = {"message": "Save 'a.csv'", "llm_args": {"use_agent": True}}
    answer = _json(api, "POST", f"/chats/{session['id']}/completions", json=agent)
    messages = _json(api, "GET", f"/chats/{session['id']}/messages")
    upload = _json(api, "PUT", "/uploads", files={"file": ("b.txt", b"more")})
    job = _json(api, "POST", f"/uploads/{upload['id']}/ingest/job", params={"collection_id": collection["id"]})
    ids = {
        "collection_id": collection["id"],
        "document_id": document["id"],
        "session_id": session["id"],
        "message_id": answer["message_id"],
        "question_id": messages[0]["id"],
        "job_id": job["id"],
        "upload_ids": upload["id"],
        "directory_name": "agent_files",
    }
    made = {"/collections", "/chats", "/showcase", "/agents/custom_agents"}
    for path, param, body in (
        ("/prompt_templates", "prompt_template_id", {"name": "t"}),
        ("/tags", "tag_name", {"name": "t"}),
        ("/extractors", "extractor_id", None),
        ("/memory_blocks", "memory_block_id", None),
        ("/groups", "group_id", None),
        ("/roles", "role_id", None),
        ("/agents/keys", "key_id", None),
        ("/agents/custom_agent_key_associations", "/agents/custom_agent_key_associations", None),
        ("/agents/custom_agent_tool_associations", "/agents/custom_agent_tool_associations", None),
    ):
        if not _served("POST", path):  # a resource an older release's spec lacks: nothing names its ids either
            continue
        made.add(path)
        record = _json(api, "POST", path, json=body or _minimal_body("POST", path))
        ids[param] = record["name"] if param.endswith("_name") else record["id"]
    if _served("POST", "/showcase"):
        ids["showcase_id"] = _json(api, "POST", "/showcase", json=_minimal_body("POST", "/showcase"))["id"]
    # The fake's one user, a role by name, a system permission, and an answer to give feedback on.
    ids["user_id"] = _json(api, "GET", "/users")[0]["id"]
    ids["role_names"] = _json(api, "GET", f"/roles/{ids['role_id']}")["name"]
    ids["permission_name"] = _json(api, "GET", "/permissions")[0]["name"]
    ids["answer_id"] = answer["message_id"]
    # A document summary exists once its processing job completed.
    process = {"document_id": document["id"], "summary_id": "summary-1"}
    processing = _json(api, "POST", "/documents/process_job", json=process)
    while _json(api, "GET", f"/jobs/{processing['id']}")["overall_status"] == "in progress":
        pass
    ids["summary_id"] = "summary-1"
    if _served("POST", "/agents/custom_agents"):
        form = {"agent_type": "general", "agent_args": "{}"}
        (agent,) = _json(api, "POST", "/agents/custom_agents", data=form, files={"file": ("agent.zip", b"PK")})
        ids["agent_id"] = agent["agent_custom_agent_id"]
    return {**one_of_each(api.get_httpx_client(), made), **ids}


def _served(method: str, path: str) -> bool:
    """Whether the spec generated from has the operation (the fake serves that spec)."""
    return any(o.method == method.lower() and o.path == path for o in operations())


def _minimal_body(method: str, path: str) -> Any:
    op = next(o for o in operations() if o.method == method.lower() and o.path == path)
    return minimal_instance(op.op["requestBody"]["content"]["application/json"]["schema"])


def value_for(annotation: Any, schema: dict[str, Any], ids: dict[str, str]) -> Any:
    if annotation is File:
        return File(payload=io.BytesIO(b"bytes"), file_name="f.bin")
    value = _with_ids(minimal_instance(schema), ids)
    binary = [n for n, p in resolve(schema).get("properties", {}).items() if p.get("format") == "binary"]
    for name in binary:  # a multipart body's file, optional in the spec, sent anyway
        value[name] = b"bytes"
    if not hasattr(annotation, "from_dict"):
        return value
    model = annotation.from_dict(value)
    for name in binary:
        getattr(model, name).file_name = "f.bin"
    return model


def _with_ids(value: Any, ids: dict[str, str]) -> Any:
    """Known ids in place of the minimal instance's placeholders (`collection_id`, `document_ids`, ...)."""
    if isinstance(value, dict):
        result: dict[str, Any] = {}
        for key, item in value.items():
            single = key[:-1] if key.endswith("_ids") else key
            if single in ids and isinstance(item, str):
                result[key] = ids[single]
            elif single in ids and isinstance(item, list):
                result[key] = [ids[single]]
            else:
                result[key] = _with_ids(item, ids)
        return result
    return value


def _arguments(op: Operation, func: Any, ids: dict[str, str]) -> dict[str, Any]:
    spec_params = {ident(p["name"]): p for p in op.op.get("parameters", [])}
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(func).parameters.items():
        if name == "client":
            continue
        if name == "body":
            content = op.op["requestBody"]["content"]
            media_type = next(iter(content))
            annotation = next(a for a in (typing.get_args(param.annotation) or (param.annotation,)))
            kwargs[name] = value_for(annotation, content[media_type]["schema"], ids)
            continue
        if param.default is not inspect.Parameter.empty:
            continue
        spec_param = spec_params[name]
        schema = spec_param["schema"]
        single = spec_param["name"][:-1] if spec_param["name"].endswith("_ids") else spec_param["name"]
        owner = op.path.split("/{")[0]
        if spec_param["in"] == "path" and owner in ids:  # ids named alike in two resources
            kwargs[name] = [ids[owner]] if schema.get("type") == "array" else ids[owner]
        elif spec_param["name"] in ids or single in ids:
            value = ids.get(spec_param["name"], ids.get(single, ""))
            kwargs[name] = [value] if schema.get("type") == "array" else value
        elif schema.get("type") == "array":
            kwargs[name] = [minimal_instance(schema["items"]) if spec_param["in"] == "query" else "x"]
            if schema["items"].get("type") == "integer":
                kwargs[name] = [0]
        else:
            kwargs[name] = minimal_instance(schema) if spec_param["in"] != "path" else "x"
    return kwargs


def _order(op: Operation) -> tuple[int, int, str]:
    """Deleting last, and what is inside a resource before the resource, so that every operation finds
    what it names."""
    destructive = op.method == "delete" or "delete" in op.operation_id or "remove" in op.operation_id
    depth = op.path.count("/") + op.path.startswith("/messages/")  # a message is inside its chat session
    return (1 if destructive else 0, -depth, op.operation_id)


@pytest.fixture(params=SEEDS, ids=[f"variety={s}" for s in SEEDS])
def varied(request: pytest.FixtureRequest) -> Iterator[FakeH2OGPTE]:
    with FakeH2OGPTE(variety=request.param) as server:
        yield server


def test_every_generated_operation_answers_2xx_and_parses(varied: FakeH2OGPTE, figures: list[str]) -> None:
    with _api(varied) as api:  # its connections closed at the end
        ids = _ids(api)
        problems: list[str] = []
        ops = sorted(operations(), key=_order)
        for op in ops:
            func = module_of(op).sync_detailed
            try:
                with warns_if_deprecated(op):
                    response = func(client=api, **_arguments(op, func, ids))
            except Exception as exc:
                problems.append(f"{op}: {type(exc).__name__}: {exc}")
                continue
            if not 200 <= response.status_code < 300:
                problems.append(f"{op}: HTTP {response.status_code.value} {response.content[:200]!r}")
        assert not varied.state.violations
        assert not problems, f"{len(problems)} of {len(ops)} operations failed:\n" + "\n".join(problems)
    figures.append(
        f"generated client against a varied fake (seed {varied.state.variety.seed}): all {len(ops)} operations"
    )
