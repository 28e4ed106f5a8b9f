"""The fake h2oGPTe against what tests throw at it, over real HTTP on 127.0.0.1: binary and text bodies are
not judged as JSON, server-owned fields never come from a body, a lone surrogate is a 400 (not a store
that can no longer answer), a fault's `retry_after` is checked when added, `reset()` restores every
setting, the request log is bounded, and a body over the JSON limit is a 413 while it streams in."""

from __future__ import annotations

import email.utils
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE, State
from h2ogpte_ext.testing._data import Variety
from h2ogpte_ext.testing._faults import MAX_LOGGED_CHARS, RequestLog, Seen
from h2ogpte_ext.testing._state import Settings
from tests.raw import api_client, ok

MIB = 1 << 20
JSON = {"Content-Type": "application/json"}
TOO_LARGE = f"request body larger than the server's limit of {16 * MIB} bytes"


@pytest.fixture
def api(fake_h2ogpte: FakeH2OGPTE) -> Iterator[httpx.Client]:
    with api_client(fake_h2ogpte) as client:
        client.timeout = httpx.Timeout(60)
        yield client


def _collection(api: httpx.Client, name: str = "c") -> dict[str, Any]:
    return dict(ok(api.post("/collections", json={"name": name, "description": "d"}), 201))


# --- 1. only JSON bodies are judged as JSON, by their real nesting --------------------------------------


def test_binary_forms_with_brackets_are_not_taken_for_deep_json(api: httpx.Client) -> None:
    collection = _collection(api)
    rng = random.Random(7)
    # An unterminated quote, then brackets: what the old count of brackets called JSON 200 levels deep.
    crafted = b"\x89PNG\r\n\x1a\n" + b'"' + b"[{" * 200 + bytes(range(256))
    files = [crafted] + [rng.randbytes(MIB) for _ in range(10)]
    for data in files:
        response = api.put(f"/collections/{collection['id']}/thumbnail", files={"file": ("t.png", data, "image/png")})
        assert response.status_code < 300, response.text


def test_plain_text_full_of_brackets_is_ingested(api: httpx.Client) -> None:
    collection = _collection(api)
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
    form = {"agent_name": "a", "agent_type": "python", "agent_args": "[" * 2000 + "]" * 2000}
    response = api.post("/agents/custom_agents", files={"file": ("a.py", b"print(1)")}, data=form)
    assert response.status_code == 400 and "nested deeper than 64" in response.json()["message"]
    form["agent_args"] = '{"path": "report\\udc80.pdf"}'
    response = api.post("/agents/custom_agents", files={"file": ("a.py", b"print(1)")}, data=form)
    assert response.status_code == 400 and "surrogate" in response.json()["message"]
    assert ok(api.get("/agents/custom_agents")) == []


def test_a_form_where_the_operation_takes_json_is_refused_unread(api: httpx.Client) -> None:
    # Forms are no longer read whole into memory; where the spec takes JSON, the Content-Type refuses one.
    for content_type in ("multipart/form-data", "multipart/form-data; boundary=x"):
        response = api.patch("/admin/api_keys/expire/k", content=b"--x--", headers={"Content-Type": content_type})
        assert response.status_code == 400 and "multipart/form-data" in response.json()["message"]
    response = api.post("/collections", files={"name": ("n", b"n")}, data={"description": "d"})
    assert response.status_code == 400
    assert ok(api.get("/collections")) == []


# --- 2. server-owned fields come from the server -------------------------------------------------------


@pytest.fixture
def strict() -> Iterator[FakeH2OGPTE]:
    with FakeH2OGPTE(strict=True) as server:
        yield server


def test_an_update_cannot_take_another_records_id(strict: FakeH2OGPTE) -> None:
    with api_client(strict) as api:
        first, second = _collection(api, "first"), _collection(api, "second")
        forged = {"name": "renamed", "id": first["id"], "username": "mallory", "document_count": 99}
        updated = ok(api.patch(f"/collections/{second['id']}", json=forged))
        assert (updated["id"], updated["name"]) == (second["id"], "renamed")
        assert (updated["username"], updated["document_count"]) == ("fake-user", 0)
        listed = ok(api.get("/collections"))
        assert sorted(c["id"] for c in listed) == sorted([first["id"], second["id"]])
        assert ok(api.get(f"/collections/{first['id']}")) == first


def test_a_create_takes_no_owner_count_or_stamp_from_the_body(strict: FakeH2OGPTE) -> None:
    with api_client(strict) as api:
        forged = {"id": "chosen", "username": "mallory", "user_count": 99, "created_at": "1999-01-01T00:00:00Z"}
        created = ok(api.post("/prompt_templates", json={"name": "p", **forged}), 201)
        assert created["id"] != "chosen" and created["username"] == "fake-user"
        assert created.get("user_count") != 99 and created["created_at"] != forged["created_at"]
        block = ok(api.post("/memory_blocks", json={"name": "m", "content": "c", **forged}), 201)
        assert block["id"] != "chosen" and block["username"] == "fake-user" and block.get("user_count") != 99
        update = api.put(f"/memory_blocks/{block['id']}", json={"name": "n", "content": "c", **forged})
        assert update.status_code < 300, update.text
        changed = ok(api.get(f"/memory_blocks/{block['id']}"))
        assert (changed["id"], changed["name"], changed["username"]) == (block["id"], "n", "fake-user")
        assert changed["created_at"] == block["created_at"]


# --- 3. a lone surrogate is a 400, and nothing is stored -----------------------------------------------


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


# --- 4. retry_after: numbers work, nonsense is refused at add() -----------------------------------------


HTTP_DATE = email.utils.formatdate(1_700_000_000, usegmt=True)


@pytest.mark.parametrize(
    ("given", "header"), [(1, "1"), (2.0, "2"), (1.5, "1.5"), (0.01, "0.01"), ("30", "30"), (HTTP_DATE, HTTP_DATE)]
)
def test_retry_after_takes_seconds_as_numbers(
    fake_h2ogpte: FakeH2OGPTE, api: httpx.Client, given: float | str, header: str
) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=429, retry_after=given)
    response = api.get("/collections")
    assert (response.status_code, response.headers["retry-after"]) == (429, header)
    assert response.json()["code"] == 429


@pytest.mark.parametrize("given", ["soon", "", "-1", "1\r\nX-Injected: yes", -1, float("nan"), float("inf"), True, [1]])
def test_a_nonsense_retry_after_is_refused_when_added(
    fake_h2ogpte: FakeH2OGPTE, api: httpx.Client, given: object
) -> None:
    with pytest.raises((ValueError, TypeError), match="retry_after"):
        fake_h2ogpte.faults.add(path="/api/v1/collections", status=429, retry_after=given)
    assert api.get("/collections").status_code == 200  # nothing was added


def test_other_fault_values_are_checked_when_added(fake_h2ogpte: FakeH2OGPTE) -> None:
    with pytest.raises(ValueError, match="status"):
        fake_h2ogpte.faults.add(status=42)
    with pytest.raises(ValueError, match="location"):
        fake_h2ogpte.faults.add(status=302, location="/a\r\nX-Injected: yes")


# --- 5. reset() restores every setting ------------------------------------------------------------------


def _changed(state: State) -> None:
    state.variety = Variety(99)
    state.strict = True
    state.max_body_bytes = 100
    state.max_json_body_bytes = 50
    state.max_logged_requests = 1
    state.token_delay = 5.0
    state.ingest_seconds = 3.0


def test_reset_restores_every_setting(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    state = fake_h2ogpte.state
    _changed(state)
    # every setting was changed above: a setting added to Settings without a line there fails here
    for setting in attrs.fields(Settings):
        value = getattr(state, setting.name)
        assert (value.seed if isinstance(value, Variety) else value) != getattr(state.defaults, setting.name)
    fake_h2ogpte.reset()  # what the fixture does between two tests
    for setting in attrs.fields(Settings):
        value = getattr(state, setting.name)
        assert (value.seed if isinstance(value, Variety) else value) == getattr(state.defaults, setting.name)
    assert state.variety.seed == 12  # this suite's fake_h2ogpte_options
    # Over real HTTP: a body over the old 100 bytes is served, and the log keeps more than one request.
    ok(api.post("/collections", json={"name": "n" * 200, "description": "d"}), 201)
    ok(api.get("/collections"))
    assert [r.method for r in state.requests] == ["POST", "GET"]


def test_reset_returns_to_the_settings_the_server_was_made_with() -> None:
    with FakeH2OGPTE(strict=True, max_json_body_bytes=1000, max_logged_requests=3) as server:
        _changed(server.state)
        server.reset()
        assert (server.state.strict, server.state.max_json_body_bytes, server.state.max_logged_requests) == (
            True,
            1000,
            3,
        )
        with api_client(server) as api:
            response = api.post("/collections", json={"name": "n", "description": "d" * 2000})
            assert response.status_code == 413


def test_every_setting_of_the_state_is_declared_once() -> None:
    """The state's fields with a plain default (not a fresh container) are its settings: each is in
    `Settings`, whose defaults are the state's, so that reset() restores it."""
    plain = {
        f.name
        for f in attrs.fields(State)
        if f.init and f.default is not attrs.NOTHING and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
    }
    assert plain <= {f.name for f in attrs.fields(Settings)}
    state = State(api_key="k", workdir=Path())
    assert state.defaults == Settings()


# --- 6. the request log is bounded ----------------------------------------------------------------------


def test_the_request_log_keeps_the_last_requests() -> None:
    with FakeH2OGPTE(max_logged_requests=5) as server, api_client(server) as api:
        for offset in range(12):
            ok(api.get("/collections", params={"offset": offset}))
        log = server.state.requests
        assert len(log) == 5 and log.dropped == 7
        assert [r.query for r in log] == [f"offset={n}" for n in range(7, 12)]
        assert log[-1] == Seen("GET", "/api/v1/collections", "offset=11", True)
        assert isinstance(log[1:], list) and log[3:] == list(log)[3:]
        server.state.max_logged_requests = 2  # changed on a running server: applies from the next request
        ok(api.get("/collections"))
        assert [r.query for r in log] == ["offset=11", ""]


def test_the_request_log_defaults_to_ten_thousand(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    assert fake_h2ogpte.state.max_logged_requests == 10_000
    assert fake_h2ogpte.state.requests == []
    ok(api.get("/collections"))
    assert fake_h2ogpte.state.requests == [Seen("GET", "/api/v1/collections", "", True)]


def test_a_long_query_is_cut_in_the_log(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    ok(api.get("/collections", params={"name_filter": "x" * 50_000}))
    (seen,) = fake_h2ogpte.state.requests
    assert len(seen.query) == MAX_LOGGED_CHARS and seen.query.startswith("name_filter=xxx") and seen.truncated


def test_a_request_log_reads_as_a_list() -> None:
    log = RequestLog(limit=2)
    for n in range(3):
        log.append(Seen("GET", f"/{n}", "", False))
    assert log == [Seen("GET", "/1", "", False), Seen("GET", "/2", "", False)] and log != [] and len(log) == 2
    assert [s.path for s in reversed(log)] == ["/2", "/1"] and log[0].path == "/1"
    log.clear()
    assert log == [] and log.dropped == 0


# --- 7. a JSON body over the limit is a 413, by its length or as it streams in -------------------------


def _big_json(size: int) -> bytes:
    head, tail = b'{"name": "n", "description": "', b'"}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


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
