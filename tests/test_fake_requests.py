"""How the fake reads requests: forms against their schema, literal paths before parameters, empty query
values, and a failure of the fake itself surfacing in the test."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE


def test_a_form_is_checked_against_its_schema(api: httpx.Client) -> None:
    fields = {"tool_type": "general_code", "tool_args": "{}"}
    ok = api.post("/agents/custom_tools", data=fields, files={"file": ("tool.py", b"print(1)")})
    assert ok.status_code == 201

    missing = api.post("/agents/custom_tools", data={"tool_type": "general_code"}, files={"file": ("t.py", b"")})
    assert missing.status_code == 400 and "'tool_args' is required" in missing.json()["message"]

    form = {"file": "text", "agent_type": "a", "agent_args": "{}"}
    not_a_file = api.post("/agents/custom_agents", data=form, files={"other": ("x", b"")})
    assert not_a_file.status_code == 400 and "'file' must be a file" in not_a_file.json()["message"]

    typed = {**fields, "generate_system_prompt": "perhaps"}
    wrong = api.post("/agents/custom_tools", data=typed, files={"file": ("t.py", b"")})
    assert wrong.status_code == 400 and "true or false" in wrong.json()["message"]

    broken = api.post(
        "/agents/custom_tools",
        content=b"--b\r\n[]--b--\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert broken.status_code == 400 and "multipart" in broken.json()["message"]


def test_a_literal_path_is_not_taken_for_a_parameter(api: httpx.Client) -> None:
    listed = api.get("/prompt_templates/all")
    assert listed.status_code == 200 and listed.json() == []
    refused = api.delete("/prompt_templates/all")  # not delete_prompt_template("all")
    assert refused.status_code == 405 and refused.headers["allow"] == "GET, HEAD"
    search = api.get("/collections/some-id/chunks/search")  # not get_collection_chunks("search")
    assert search.status_code == 405 and search.headers["allow"] == "POST"


@pytest.mark.parametrize(
    ("query", "status"),
    [({"name_filter": ""}, 200), ({"limit": ""}, 400), ({"limit": "null"}, 400), ({"limit": "2"}, 200)],
)
def test_an_empty_query_value_is_a_value(api: httpx.Client, query: dict[str, Any], status: int) -> None:
    assert api.get("/collections", params=query).status_code == status


def test_a_failure_of_the_fake_is_a_500_and_fails_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from h2ogpte_ext.testing import _state

    async def broken(call: Any) -> Any:
        raise KeyError("a bug in a handler")

    monkeypatch.setitem(_state.HANDLERS, "list_models", broken)
    server = FakeH2OGPTE()
    with pytest.raises(AssertionError, match=r"GET /api/v1/models: the fake raised KeyError"), server:
        headers = {"Authorization": f"Bearer {server.api_key}"}
        response = httpx.get(f"{server.url}/api/v1/models", headers=headers)
        assert response.status_code == 500 and response.json()["code"] == 500


def test_the_document_the_fake_validates_against_is_a_valid_openapi_document() -> None:
    # The fake builds one validator per path template without checking the document each time (that
    # cost a quarter of a second on the first request to every operation); it is checked here, whole.
    from h2ogpte_ext.testing._validation import check_document

    check_document()


def test_a_json_body_is_read_whatever_the_case_of_its_content_type(api: httpx.Client) -> None:
    body = b'{"name": "upper", "description": "d"}'
    created = api.post("/collections", content=body, headers={"Content-Type": "APPLICATION/JSON"})
    assert created.status_code == 201 and created.json()["name"] == "upper"


def test_messages_named_twice_in_one_delete_go_once(api: httpx.Client) -> None:
    session = api.post("/chats").json()
    api.post(f"/chats/{session['id']}/completions", json={"message": "Hello"})
    (question, _answer) = api.get(f"/chats/{session['id']}/messages").json()
    assert api.delete(f"/messages/{question['id']},{question['id']}").status_code == 204
    assert [m["id"] for m in api.get(f"/chats/{session['id']}/messages").json()] == [_answer["id"]]
