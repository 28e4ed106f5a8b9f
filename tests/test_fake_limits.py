"""The fake stands up to hostile input: deeply nested JSON is a 400 (by its real nesting, only in JSON), a body over
the limit a 413 (by its Content-Length or as it streams in), and the limits are settings."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.in_spec import require
from tests.raw import api_client, ok

MIB = 1 << 20


JSON = {"Content-Type": "application/json"}


TOO_LARGE = f"request body larger than the server's limit of {16 * MIB} bytes"


@pytest.fixture
def api(fake_h2ogpte: FakeH2OGPTE) -> Iterator[httpx.Client]:
    with api_client(fake_h2ogpte) as client:
        client.timeout = httpx.Timeout(60)
        yield client


def _collection_record(api: httpx.Client, name: str = "c") -> dict[str, Any]:
    return dict(ok(api.post("/collections", json={"name": name, "description": "d"}), 201))


def _big_json(size: int) -> bytes:
    head, tail = b'{"name": "n", "description": "', b'"}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


@pytest.fixture
def small() -> Iterator[FakeH2OGPTE]:
    with FakeH2OGPTE(max_body_bytes=64 * 1024) as server:
        yield server


def _headers(server: FakeH2OGPTE) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.api_key}", "Content-Type": "application/json"}


def test_binary_forms_with_brackets_are_not_taken_for_deep_json(api: httpx.Client) -> None:
    collection = _collection_record(api)
    rng = random.Random(7)
    # An unterminated quote, then brackets: what the old count of brackets called JSON 200 levels deep.
    crafted = b"\x89PNG\r\n\x1a\n" + b'"' + b"[{" * 200 + bytes(range(256))
    files = [crafted] + [rng.randbytes(MIB) for _ in range(10)]
    for data in files:
        response = api.put(f"/collections/{collection['id']}/thumbnail", files={"file": ("t.png", data, "image/png")})
        assert response.status_code < 300, response.text


def test_plain_text_full_of_brackets_is_ingested(api: httpx.Client) -> None:
    collection = _collection_record(api)
    text = b"[" * 500 + b" a list that never closes {" * 10
    response = api.post(
        "/ingest/plain_text",
        params={"collection_id": collection["id"], "file_name": "brackets.txt"},
        content=text,
        headers={"Content-Type": "text/plain"},
    )
    assert response.status_code < 300, response.text
    (document,) = ok(api.get(f"/collections/{collection['id']}/documents"))
    assert document["name"] == "brackets.txt"


def test_a_json_body_that_stops_being_json_is_not_called_deep(api: httpx.Client) -> None:
    # Not JSON from its first letter: a parser stops there, long before any bracket.
    response = api.post("/collections", content=b"not json " + b"[" * 500, headers=JSON)
    assert response.status_code == 400
    assert "nested deeper" not in response.json()["message"]
    # Brackets and escaped quotes inside strings are text, however many.
    body = json.dumps({"name": '\\"[' * 300, "description": "{" * 300}).encode()
    assert ok(api.post("/collections", content=body, headers=JSON), 201)["name"] == '\\"[' * 300
    # Real nesting still counts, in any encoding json.loads reads.
    deep = '{"name": "n", "description": "d", "metadata": ' + "[" * 65 + "]" * 65 + "}"
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        response = api.post("/collections", content=deep.encode(encoding), headers=JSON)
        assert response.status_code == 400 and "nested deeper than 64" in response.json()["message"]


def test_json_text_in_a_form_field_is_held_to_the_same_rules(api: httpx.Client) -> None:
    require("agents.add_custom_agent")
    form = {"agent_name": "a", "agent_type": "python", "agent_args": "[" * 2000 + "]" * 2000}
    response = api.post("/agents/custom_agents", files={"file": ("a.py", b"print(1)")}, data=form)
    assert response.status_code == 400 and "nested deeper than 64" in response.json()["message"]
    form["agent_args"] = '{"path": "report\\udc80.pdf"}'
    response = api.post("/agents/custom_agents", files={"file": ("a.py", b"print(1)")}, data=form)
    assert response.status_code == 400 and "surrogate" in response.json()["message"]
    assert ok(api.get("/agents/custom_agents")) == []


def test_a_json_body_over_16_mib_is_a_413_by_its_length(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    assert fake_h2ogpte.state.max_json_body_bytes == 16 * MIB
    response = api.post("/collections", content=_big_json(17 * MIB), headers=JSON)
    assert response.status_code == 413
    assert response.json() == {"code": 413, "message": TOO_LARGE}
    assert ok(api.get("/collections")) == []


def test_a_streamed_json_body_over_16_mib_is_a_413(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    body = _big_json(17 * MIB)

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        for start in range(0, len(body), 64 * 1024):
            yield body[start : start + 64 * 1024]

    response = api.post("/collections", content=chunks(), headers=JSON)
    assert response.status_code == 413
    assert response.json() == {"code": 413, "message": TOO_LARGE}
    assert ok(api.get("/collections")) == []


def test_a_json_body_under_the_limit_and_a_bigger_upload_are_served(api: httpx.Client) -> None:
    created = ok(api.post("/collections", content=_big_json(MIB), headers=JSON), 201)
    assert len(created["description"]) > MIB - 100
    upload = ok(api.put("/uploads", files={"file": ("big.bin", b"\0" * (17 * MIB))}))
    assert upload["filename"] == "big.bin"


def test_the_json_limit_is_a_setting() -> None:
    with FakeH2OGPTE(max_json_body_bytes=1024) as server, api_client(server) as api:
        response = api.post("/collections", content=_big_json(2048), headers=JSON)
        assert response.status_code == 413
        assert response.json()["message"] == "request body larger than the server's limit of 1024 bytes"
        ok(api.post("/collections", content=_big_json(1000), headers=JSON), 201)
        # the limit of every body still caps it: max_body_bytes below max_json_body_bytes wins
        server.state.max_body_bytes = 512
        assert api.post("/collections", content=_big_json(1000), headers=JSON).status_code == 413


@pytest.mark.parametrize("value", [0, -1, "16M", True])
def test_a_nonsense_limit_is_refused_when_the_server_is_made(value: object) -> None:
    with pytest.raises(ValueError, match="max_json_body_bytes"):
        FakeH2OGPTE(max_json_body_bytes=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("depth", [65, 100_000])
def test_deeply_nested_json_is_a_400(fake_h2ogpte: FakeH2OGPTE, depth: int) -> None:
    body = b'{"name": "n", "description": "d", "metadata": ' + b"[" * depth + b"]" * depth + b"}"
    response = httpx.post(f"{fake_h2ogpte.url}/api/v1/collections", content=body, headers=_headers(fake_h2ogpte))
    assert response.status_code == 400
    assert "nested deeper than 64" in response.json()["message"]
    assert fake_h2ogpte.state.collections == {}


def test_brackets_inside_strings_do_not_count(fake_h2ogpte: FakeH2OGPTE) -> None:
    body = b'{"name": "' + b"[" * 500 + b'", "description": "d"}'
    response = httpx.post(f"{fake_h2ogpte.url}/api/v1/collections", content=body, headers=_headers(fake_h2ogpte))
    assert response.status_code == 201


def test_a_body_over_the_limit_is_a_413_by_its_length(small: FakeH2OGPTE) -> None:
    files = {"file": ("big.bin", b"x" * (65 * 1024))}
    headers = {"Authorization": f"Bearer {small.api_key}"}
    response = httpx.put(f"{small.url}/api/v1/uploads", files=files, headers=headers)
    assert response.status_code == 413
    assert response.json() == {"code": 413, "message": "request body larger than the server's limit of 65536 bytes"}
    assert small.state.uploads == {}


def test_a_streamed_body_over_the_limit_is_a_413(small: FakeH2OGPTE) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        yield b'{"name": "n", "description": "'
        for _ in range(20):
            yield b"x" * 8192
        yield b'"}'

    response = httpx.post(f"{small.url}/api/v1/collections", content=chunks(), headers=_headers(small))
    assert response.status_code == 413
    assert small.state.collections == {}
    assert httpx.get(f"{small.url}/api/v1/collections", headers=_headers(small)).json() == []


def test_a_body_under_the_limit_is_served(small: FakeH2OGPTE) -> None:
    files = {"file": ("ok.bin", b"x" * 1024)}
    response = httpx.put(
        f"{small.url}/api/v1/uploads", files=files, headers={"Authorization": f"Bearer {small.api_key}"}
    )
    assert response.status_code == 200
