"""The fake's validation (`_validation.py`): requests are checked against the spec (forms, literal paths, empty
query values, lone surrogates, `strict=True`), and its fast verdict on JSON responses is openapi-core's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import Response

from h2ogpte_ext.testing import FakeH2OGPTE, _validation
from h2ogpte_ext.testing._data import Variety, instance
from h2ogpte_ext.testing._spec import resolve
from tests.in_spec import has, not_found, require_body_property
from tests.raw import api_client, ok

pytestmark = pytest.mark.e2e

JSON = {"Content-Type": "application/json"}


CSV = b"product,revenue\nWidget A,12500\nWidget B,8300\n"


def _new_collection(http: httpx.Client, name: str = "demo") -> dict[str, Any]:
    response = http.post("/api/v1/collections", json={"name": name, "description": "test"})
    assert response.status_code == 201, response.text
    return dict(response.json())


def _upload(http: httpx.Client, name: str = "sales.csv", data: bytes = CSV) -> str:
    response = http.put("/api/v1/uploads", files={"file": (name, data, "text/csv")})
    assert response.status_code == 200, response.text
    assert response.json()["filename"] == name
    return str(response.json()["id"])


def _post_completion(api: httpx.Client, **extra: Any) -> httpx.Response:
    session_id = ok(api.post("/chats", json={}), 201)["id"]
    return api.post(f"/chats/{session_id}/completions", json={"message": "hi", **extra})


Case = tuple[str, str, str, dict[str, Any]]


def _json_responses() -> list[Case]:
    cases = []
    for path, item in _validation.spec_document()["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict):
                continue
            for status, answer in op["responses"].items():
                schema = answer.get("content", {}).get("application/json", {}).get("schema")
                if schema is not None and status != "default":
                    cases.append((method.upper(), path, status, schema))
    return cases


CASES = _json_responses()


def _wrong(value: Any) -> Any:
    return 12345 if isinstance(value, str) else "wrong"


def _bodies(schema: dict[str, Any]) -> Iterator[Any]:
    """Valid bodies for `schema` (tidy and varied), then each broken in the ways a handler's bug would."""
    valid = [instance(schema, Variety(seed)) for seed in (None, 1, 2, 3)]
    yield from valid
    body = valid[0]
    resolved = resolve(schema)
    yield None
    yield _wrong(body)
    if isinstance(body, dict):
        for key in list(resolved.get("required", []))[:3]:
            yield {k: v for k, v in body.items() if k != key}
        for key in list(body)[:3]:
            yield {**body, key: _wrong(body[key])}
    if isinstance(body, list):
        item = instance(resolved.get("items", {}))
        yield [_wrong(item)]
        yield [item, _wrong(item)]


def _request(method: str, path: str) -> Request:
    concrete = "/".join("x" if part.startswith("{") else part for part in path.split("/"))
    scope = {
        "type": "http",
        "method": method,
        "scheme": "http",
        "server": ("127.0.0.1", 80),
        "root_path": "",
        "path": _validation.API_PREFIX + concrete,
        "query_string": b"",
        "headers": [],
    }
    return Request(scope)


def _core_verdict(request: Request, response: Response, data: bytes, path: str) -> bool:
    from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
    from openapi_core.contrib.starlette.responses import StarletteOpenAPIResponse
    from openapi_core.exceptions import OpenAPIError

    try:
        _validation.openapi(path).validate_response(
            StarletteOpenAPIRequest(request, None), StarletteOpenAPIResponse(response, data=data)
        )
    except OpenAPIError:
        return False
    return True


def test_a_form_where_the_operation_takes_json_is_refused_unread(api: httpx.Client) -> None:
    # Forms are no longer read whole into memory; where the spec takes JSON, the Content-Type refuses one.
    for content_type in ("multipart/form-data", "multipart/form-data; boundary=x"):
        response = api.patch("/admin/api_keys/expire/k", content=b"--x--", headers={"Content-Type": content_type})
        assert response.status_code == 400 and "multipart/form-data" in response.json()["message"]
    response = api.post("/collections", files={"name": ("n", b"n")}, data={"description": "d"})
    assert response.status_code == 400
    assert ok(api.get("/collections")) == []


@pytest.mark.parametrize(
    ("path", "body", "where"),
    [
        ("/collections", b'{"name": "report\\udc80.pdf", "description": "d"}', "name"),
        ("/tags", b'{"name": "half \\ud83d of a pair"}', "name"),
        ("/prompt_templates", b'{"name": "p", "lang": "en", "default_sample_questions": ["ok", "\\uDFFF"]}', "1"),
        # json.loads reads UTF-16 and UTF-32 too, and lets a surrogate's own bytes through ("surrogatepass")
        ("/collections", '{"name": "report\\udc80.pdf", "description": "d"}'.encode("utf-16"), "name"),
        ("/collections", b'{"name": "n", "description": "raw \xed\xb3\x80"}', "description"),
    ],
)
def test_a_lone_surrogate_is_refused_and_nothing_is_stored(
    api: httpx.Client, path: str, body: bytes, where: str
) -> None:
    response = api.post(path, content=body, headers=JSON)
    assert response.status_code == 400
    message = response.json()["message"]
    assert "surrogate" in message and where in message
    listing = api.get(path)
    assert listing.status_code == 200 and listing.json() in ([], {"items": [], "total": 0})


def test_a_surrogate_pair_is_one_character(api: httpx.Client) -> None:
    body = b'{"name": "smile \\ud83d\\ude00", "description": "\\\\udc80 is only text here"}'
    created = ok(api.post("/collections", content=body, headers=JSON), 201)
    assert created["name"] == "smile \U0001f600" and created["description"] == "\\udc80 is only text here"
    assert [c["name"] for c in ok(api.get("/collections"))] == ["smile \U0001f600"]


def test_a_lone_surrogate_in_a_chat_completion_is_a_400(fake_h2ogpte: FakeH2OGPTE) -> None:
    body = b'{"model": "auto", "messages": [{"role": "user", "content": "half \\udc80 of a pair"}]}'
    response = httpx.post(
        f"{fake_h2ogpte.url}/openai_api/v1/chat/completions",
        content=body,
        headers={"Authorization": f"Bearer {fake_h2ogpte.api_key}", "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert "surrogate" in response.text
    assert fake_h2ogpte.state.violations == []


def test_a_form_is_checked_against_its_schema(api: httpx.Client) -> None:
    fields = {"tool_type": "general_code", "tool_args": "{}"}
    ok = api.post("/agents/custom_tools", data=fields, files={"file": ("tool.py", b"print(1)")})
    assert ok.status_code == 201

    missing = api.post("/agents/custom_tools", data={"tool_type": "general_code"}, files={"file": ("t.py", b"")})
    assert missing.status_code == 400 and "'tool_args' is required" in missing.json()["message"]

    if has("agents.add_custom_agent"):
        form = {"file": "text", "agent_type": "a", "agent_args": "{}"}
        not_a_file = api.post("/agents/custom_agents", data=form, files={"other": ("x", b"")})
        assert not_a_file.status_code == 400 and "'file' must be a file" in not_a_file.json()["message"]

    broken = api.post(
        "/agents/custom_tools",
        content=b"--b\r\n[]--b--\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert broken.status_code == 400 and "multipart" in broken.json()["message"]

    require_body_property("POST", "/agents/custom_tools", "generate_system_prompt")
    typed = {**fields, "generate_system_prompt": "perhaps"}
    wrong = api.post("/agents/custom_tools", data=typed, files={"file": ("t.py", b"")})
    assert wrong.status_code == 400 and "true or false" in wrong.json()["message"]


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


def test_the_document_the_fake_validates_against_is_a_valid_openapi_document() -> None:
    # The fake builds one validator per path template without checking the document each time (that
    # cost a quarter of a second on the first request to every operation); it is checked here, whole.
    from h2ogpte_ext.testing._validation import check_document

    check_document()


def test_a_json_body_is_read_whatever_the_case_of_its_content_type(api: httpx.Client) -> None:
    body = b'{"name": "upper", "description": "d"}'
    created = api.post("/collections", content=body, headers={"Content-Type": "APPLICATION/JSON"})
    assert created.status_code == 201 and created.json()["name"] == "upper"


def test_invalid_requests_get_400_naming_the_field(http: httpx.Client) -> None:
    response = http.post("/api/v1/collections", json={"name": "no description"})
    assert response.status_code == 400
    assert "description" in response.json()["message"]

    response = http.get("/api/v1/collections", params={"limit": "many"})
    assert response.status_code == 400
    assert "limit" in response.json()["message"]

    collection = _new_collection(http)
    response = http.post(f"/api/v1/uploads/{_upload(http)}/ingest")  # collection_id is required
    assert response.status_code == 400
    assert "collection_id" in response.json()["message"]
    assert collection["document_count"] == 0


def test_a_response_outside_the_spec_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from starlette.responses import JSONResponse

    from h2ogpte_ext.testing import _state

    async def broken(call: Any) -> JSONResponse:
        return JSONResponse([{"id": 1}])  # display_name missing, id not a string

    monkeypatch.setitem(_state.HANDLERS, "list_models", broken)
    server = FakeH2OGPTE()
    with pytest.raises(AssertionError, match=r"GET /api/v1/models -> 200"), server:
        response = httpx.get(f"{server.url}/api/v1/models", headers={"Authorization": f"Bearer {server.api_key}"})
        assert response.status_code == 500
    assert "display_name" in "\n".join(server.state.violations)


def test_strict_keeps_to_the_spec() -> None:
    with FakeH2OGPTE(strict=True) as server, api_client(server) as api:
        refused = _post_completion(api, include_chat_history="off")
        assert refused.status_code == 400 and "include_chat_history" in refused.json()["message"]
        template = ok(api.post("/prompt_templates", json={"name": "t"}), 201)["id"]
        assert api.delete(f"/prompt_templates/{template}").status_code == 204
        # The documented status (1.7.5: 400).
        missing = not_found("DELETE", "/prompt_templates/{prompt_template_id}", strict=True)
        assert api.delete(f"/prompt_templates/{template}").status_code == missing


def test_every_json_response_of_the_spec_is_covered() -> None:
    assert len(CASES) >= 385  # each operation answers JSON on success, and most on errors too


@pytest.mark.parametrize("method,path,status,schema", CASES, ids=[f"{c[0]} {c[1]} {c[2]}" for c in CASES])
def test_fast_verdict_is_openapi_cores(method: str, path: str, status: str, schema: dict[str, Any]) -> None:
    request = _request(method, path)
    verdicts = []
    for body in _bodies(schema):
        data = json.dumps(body).encode()
        response = Response(data, status_code=int(status), media_type="application/json")
        fast = _validation._valid_json(method, path, response, data)
        core = _core_verdict(request, response, data, path)
        assert fast == core, f"{method} {path} -> {status}: fast {fast}, openapi-core {core} on {body!r:.300}"
        verdicts.append(core)
    assert verdicts[:4] == [True] * 4  # the valid bodies are judged valid, so the test is not vacuous


def test_a_body_outside_the_fast_path_is_left_to_openapi_core() -> None:
    method, path, status, schema = next(c for c in CASES if c[1] == "/models" and c[0] == "GET")
    data = json.dumps(instance(schema)).encode()
    # Not JSON by its content type, or no body at all: no fast verdict, so openapi-core judges it.
    for response, body in (
        (Response(data, status_code=int(status), media_type="text/plain"), data),
        (Response(b"", status_code=int(status), media_type="application/json"), b""),
        (Response(b"{", status_code=int(status), media_type="application/json"), b"{"),
    ):
        assert not _validation._valid_json(method, path, response, body)
        with pytest.raises(_validation.ResponseValidationError):
            _validation.check_response(_request(method, path), None, response, body, path)
    # A status the operation does not document, or a method the path does not take: no fast verdict either.
    ok = Response(data, status_code=299, media_type="application/json")
    assert not _validation._valid_json(method, path, ok, data)
    assert not _validation._valid_json("PATCH", path, Response(data, media_type="application/json"), data)
