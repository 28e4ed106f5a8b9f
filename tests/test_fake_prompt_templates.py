"""Tag "Prompt Templates" (`handlers/prompt_templates.py`): the user's templates from the generic store, never the
system default; the system's default template, whose id resolves wherever a template id does; and template ids a
collection or a chat session is given must name a template."""

from __future__ import annotations

import httpx

from tests.raw import ok


def _template(api: httpx.Client, name: str = "terse") -> dict[str, object]:
    return dict(ok(api.post("/prompt_templates", json={"name": name, "system_prompt": "Be brief."}), 201))


def test_a_users_template_is_never_the_system_default(api: httpx.Client) -> None:
    for name in ("one", "two", "three", "four"):  # the suite's data is varied: no draw may make one the default
        made = _template(api, name)
        assert (made["is_system_default"], made["is_default"]) == (False, False)
        assert ok(api.get(f"/prompt_templates/{made['id']}"))["is_system_default"] is False
    assert all(t["is_system_default"] is False for t in ok(api.get("/prompt_templates")))


def test_the_default_template_resolves_by_its_id_and_is_not_the_users(api: httpx.Client) -> None:
    default = ok(api.get("/prompt_templates/default"))
    assert (default["is_system_default"], default["is_default"]) == (True, True)
    assert ok(api.get(f"/prompt_templates/{default['id']}")) == default
    assert ok(api.get("/prompt_templates")) == [] and ok(api.get("/prompt_templates/count")) == {"count": 0}
    assert api.get("/prompt_templates/never-made").status_code == 404


def test_a_collection_and_a_chat_take_only_templates_that_exist(api: httpx.Client) -> None:
    template = _template(api)
    collection = ok(api.post("/collections", json={"name": "c", "description": "d"}), 201)
    session = ok(api.post("/chats", json={}, params={"collection_id": collection["id"]}), 201)
    for path in (f"/collections/{collection['id']}", f"/chats/{session['id']}"):
        assert api.put(f"{path}/prompt_template", json={"prompt_template_id": "never-made"}).status_code == 404
        changed = ok(api.put(f"{path}/prompt_template", json={"prompt_template_id": template["id"]}))
        assert changed["prompt_template_id"] == template["id"] == ok(api.get(path))["prompt_template_id"]
        cleared = ok(api.delete(f"{path}/prompt_template"))
        assert "prompt_template_id" not in cleared and "prompt_template_id" not in ok(api.get(path))
    default = ok(api.get("/prompt_templates/default"))
    assert ok(api.put(f"/chats/{session['id']}/prompt_template", json={"prompt_template_id": default["id"]}))
