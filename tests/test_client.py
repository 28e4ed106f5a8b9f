"""The core client, sync and async by the same cases, end to end against the fake server on loopback."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from h2ogpte_api.api.chat import create_chat_session
from h2ogpte_api.api.collections import get_collection
from h2ogpte_api.models import ChatSession, Collection

from h2ogpte_ext import H2OGPTE, APIConnectionError, CompletionDelta, StreamError
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _new_collection
from tests.either import Either

pytestmark = pytest.mark.e2e


def _session(c: Either) -> str:
    return str(c.call(create_chat_session).id)


# --- the generated layer through client.api, and errors ---------------------------------------------


def test_client_api_calls_every_operation_typed(make: Callable[..., Either]) -> None:
    c = make()
    created = _new_collection(c, "typed")
    fetched = c.call(get_collection, created.id)
    assert isinstance(fetched, Collection) and fetched.name == "typed"
    assert [col.id for col in c.collect(c.client.collections.iter_collections())] == [created.id]


# --- security -----------------------------------------------------------------------------------------


def test_a_callers_own_http_client_is_used(fake_h2ogpte: FakeH2OGPTE) -> None:
    seen: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key, http_client=own) as client:
        assert list(client.collections.iter_collections()) == []
    assert seen == ["/api/v1/collections"]
    assert not own.is_closed  # the caller's client is the caller's to close
    own.close()


# --- pagination -----------------------------------------------------------------------------------------


def test_iterators_walk_pages_lazily_until_an_empty_page(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    for i in range(5):
        _new_collection(c, f"c{i}")
    before = len(fake_h2ogpte.state.requests)
    assert len(c.collect(c.client.collections.iter_collections(page_size=2))) == 5
    pages = [r.query for r in fake_h2ogpte.state.requests[before:]]
    # A short page does not end the listing (servers may cap pages): an empty one does.
    assert pages == ["offset=0&limit=2", "offset=2&limit=2", "offset=4&limit=2", "offset=5&limit=2"]

    if c.kind == "sync":
        assert isinstance(c.client, H2OGPTE)
        lazy = c.client.collections.iter_collections(page_size=2)
        before = len(fake_h2ogpte.state.requests)
        next(lazy)
        assert len(fake_h2ogpte.state.requests) == before + 1  # one page fetched, not all


def test_every_iterator(make: Callable[..., Either]) -> None:
    c = make()
    collection = _new_collection(c)
    session_id = _session(c)
    c.stream(session_id, "hello there")
    assert [s.id for s in c.collect(c.client.chat.iter_chat_sessions())] == [session_id]
    assert len(c.collect(c.client.chat.iter_chat_session_messages(session_id, page_size=1))) == 2
    assert c.collect(c.client.collections.iter_documents_for_collection(collection.id)) == []


# --- JSONL streaming -------------------------------------------------------------------------------------


def test_stream_yields_typed_deltas(make: Callable[..., Either]) -> None:
    c = make()
    session_id = _session(c)
    deltas, stream = c.stream(session_id, "what is a stream", llm="auto")
    assert all(isinstance(d, CompletionDelta) for d in deltas)
    assert deltas[-1].finished and deltas[-1].message_id == stream.message_id
    assert stream.text == "".join(d.body for d in deltas)
    (_, reply) = c.collect(c.client.chat.iter_chat_session_messages(session_id))
    assert reply.content == stream.text and reply.id == stream.message_id


def test_stream_control_stops_the_generation(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.state.token_delay = 0.02
    c = make()
    session_id = _session(c)
    full = " ".join(["word"] * 40)
    deltas, stream = c.stream(session_id, full, after_first=lambda s: s.stop())
    assert deltas[-1].finished
    assert len(stream.text.split()) < 20
    assert any(r.path.endswith("/stop") for r in fake_h2ogpte.state.requests)


def test_stream_error_line_raises(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.state.completion_failures.append("model overloaded")
    c = make()
    with pytest.raises(StreamError, match="model overloaded"):
        c.stream(_session(c), "one two three four")


def test_stream_malformed_line_raises_with_its_number(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", jsonl_line=3)
    c = make()
    with pytest.raises(StreamError, match=r"line 3 .*not JSON: '\{\"not json") as caught:
        c.stream(_session(c), "one two three four")
    assert caught.value.line_number == 3


def test_stream_cut_mid_line_or_dropped_is_a_connection_error(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", drop_after_bytes=60)
    with pytest.raises(APIConnectionError):
        c.stream(_session(c), "one two three four five six")
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", jsonl_line=2, jsonl="truncated")
    with pytest.raises(StreamError, match=r"line 2 .*not JSON"):  # the stream ends inside line 2
        c.stream(_session(c), "one two three four five six")


def test_stopping_early_closes_the_connection(fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.state.token_delay = 0.01
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        stream = client.stream_completion(_session_sync(client), " ".join(["w"] * 50))
        for _ in stream:
            break
        assert stream._response is not None and stream._response.is_closed


def _session_sync(client: H2OGPTE) -> str:
    session = create_chat_session.sync(client=client.api)
    assert isinstance(session, ChatSession)
    return session.id
