"""Streamed completions (`h2ogpte_ext._async.streams` and its sync twin): typed deltas, stopping a generation,
errors in the stream and of the connection, long streams and the line limit; against the fake and a test's
own loopback server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from h2ogpte_api.api.chat import create_chat_session
from h2ogpte_api.models import ChatSession
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from h2ogpte_ext import H2OGPTE, APIConnectionError, AsyncH2OGPTE, CompletionDelta, StreamError
from h2ogpte_ext._chat import JSONLDecoder
from h2ogpte_ext._transport import ERROR_BODY_LIMIT
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _session
from tests.either import Either, client_of
from tests.hostile import MiB, _hostile_api
from tests.in_spec import require
from tests.raw import serving

# --- typed deltas, control and errors -----------------------------------------------------------------------


@pytest.mark.e2e
def test_stream_yields_typed_deltas(make: Callable[..., Either]) -> None:
    c = make()
    session_id = _session(c)
    deltas, stream = c.stream(session_id, "what is a stream", llm="auto")
    assert all(isinstance(d, CompletionDelta) for d in deltas)
    assert deltas[-1].finished and deltas[-1].message_id == stream.message_id
    assert stream.text == "".join(d.body for d in deltas)
    (_, reply) = c.collect(c.client.chat.iter_chat_session_messages(session_id))
    assert reply.content == stream.text and reply.id == stream.message_id


@pytest.mark.e2e
def test_stream_control_stops_the_generation(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    require("chat.stop_chat_message")  # else CompletionStream.stop raises NotInSpecError (tests/test_needs.py)
    fake_h2ogpte.state.token_delay = 0.02
    c = make()
    session_id = _session(c)
    full = " ".join(["word"] * 40)
    deltas, stream = c.stream(session_id, full, after_first=lambda s: s.stop())
    assert deltas[-1].finished
    assert len(stream.text.split()) < 20
    assert any(r.path.endswith("/stop") for r in fake_h2ogpte.state.requests)


@pytest.mark.e2e
def test_stream_error_line_raises(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.state.completion_failures.append("model overloaded")
    c = make()
    with pytest.raises(StreamError, match="model overloaded"):
        c.stream(_session(c), "one two three four")


@pytest.mark.e2e
def test_stream_malformed_line_raises_with_its_number(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", jsonl_line=3)
    c = make()
    with pytest.raises(StreamError, match=r"line 3 .*not JSON: '\{\"not json") as caught:
        c.stream(_session(c), "one two three four")
    assert caught.value.line_number == 3


@pytest.mark.e2e
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


def _session_sync(client: H2OGPTE) -> str:
    session = create_chat_session.sync(client=client.api)
    assert isinstance(session, ChatSession)
    return session.id


@pytest.mark.e2e
def test_stopping_early_closes_the_connection(fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.state.token_delay = 0.01
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        stream = client.stream_completion(_session_sync(client), " ".join(["w"] * 50))
        for _ in stream:
            break
        assert stream._response is not None and stream._response.is_closed


# --- the line limit -----------------------------------------------------------------------------------------


@pytest.mark.e2e
def test_a_huge_error_line_is_capped_in_the_stream_error(kind: str) -> None:
    line = json.dumps({"error": "E" * 10_000_000}).encode()  # a 10 MB message, under the line limit
    expected = pytest.raises(StreamError, match="the server ended the answer with an error: EEE")
    with serving(_hostile_api(line)) as address, client_of(kind, address) as c, expected as caught:
        c.stream("s1", "hi")
    message = str(caught.value)
    assert ERROR_BODY_LIMIT < len(message) < ERROR_BODY_LIMIT + 200  # as an HTTP error body: 64 KiB kept
    assert message.endswith(f"... ({10_000_000 - ERROR_BODY_LIMIT} more characters)")


@pytest.mark.e2e
def test_the_default_line_limit_is_the_documented_16_mib(make: Callable[..., Either]) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "a line over `max_line_bytes` (16 MiB" in readme
    assert JSONLDecoder().max_line_bytes == 16 * MiB
    c = make()
    session = c.run(c.client.chat.create_chat_session())
    _, stream = c.stream(session.id, "hi")
    assert stream._decoder.max_line_bytes == 16 * MiB


@pytest.mark.e2e
def test_ask_and_run_agent_take_the_line_limit_when_they_stream(make: Callable[..., Either]) -> None:
    c = make()
    answer = c.run(c.client.ask("hi", stream=True, max_line_bytes=MiB))
    assert answer.text
    with pytest.raises(StreamError, match="longer than 10 bytes"):
        c.run(c.client.ask("hi", stream=True, max_line_bytes=10))
    with pytest.raises(StreamError, match="longer than 10 bytes"):
        c.run(c.client.run_agent("hi", stream=True, max_line_bytes=10))
    with pytest.raises(StreamError, match="longer than 10 bytes"):
        c.run(c.client.run_agent("hi", on_delta=lambda delta: None, max_line_bytes=10))


# --- a long answer, and lines whose error is null -----------------------------------------------------------


def _line(**fields: Any) -> bytes:
    return (json.dumps(fields) + "\n").encode()


def _stream_server(lines: list[bytes], per_chunk: int = 64) -> Starlette:
    async def completions(request: Request) -> Response:
        async def body() -> AsyncIterator[bytes]:
            for i in range(0, len(lines), per_chunk):
                yield b"".join(lines[i : i + per_chunk])

        return StreamingResponse(body(), media_type="application/jsonl")

    return Starlette(routes=[Route("/api/v1/chats/{session_id}/completions", completions, methods=["POST"])])


def test_a_stream_of_50_000_deltas_is_read_whole(kind: str) -> None:
    pieces = [f"w{i} " for i in range(50_000)]
    lines = [_line(body=piece, finished=False) for piece in pieces] + [_line(body="", finished=True, message_id="m")]
    with serving(_stream_server(lines)) as address, client_of(kind, address) as c:
        deltas, stream = c.stream("s1", "hi")
    assert len(deltas) == 50_001 and deltas[-1].finished and stream.message_id == "m"
    assert stream.text == "".join(pieces) and stream.text == "".join(d.body for d in deltas)


def test_the_text_so_far_is_there_at_every_delta(kind: str) -> None:
    lines = [_line(body=piece, finished=False) for piece in ("a", "", "b", "c")] + [_line(finished=True)]
    seen: list[str] = []
    with serving(_stream_server(lines, per_chunk=1)) as address, client_of(kind, address) as c:

        def after(stream: Any) -> Any:
            seen.append(stream.text)
            return asyncio.sleep(0) if kind == "async" else None

        c.stream("s1", "hi", after_first=after)
        _, stream = c.stream("s1", "hi")
    assert seen == ["a"] and stream.text == "abc" and stream.text == "abc"  # read twice: the same


def test_the_text_at_each_delta_is_the_answer_up_to_it_when_one_read_holds_every_line(kind: str) -> None:
    """A transport may hand several lines over in one read (aiohttp's does, where httpx's hands one chunk of
    the server's at a time): `text` at a delta is still the answer up to that delta, not up to the read's end."""
    pieces = ("a", "", "b", "c")
    lines = [_line(body=piece, finished=False) for piece in pieces] + [_line(finished=True)]
    with serving(_stream_server(lines, per_chunk=len(lines))) as address, client_of(kind, address) as c:
        seen: list[str] = []

        async def read() -> None:
            assert isinstance(c.client, AsyncH2OGPTE)
            async with await c.client.stream_completion("s1", "hi") as stream:
                async for _ in stream:
                    seen.append(stream.text)

        if isinstance(c.client, H2OGPTE):
            with c.client.stream_completion("s1", "hi") as stream:
                for _ in stream:
                    seen.append(stream.text)
        else:
            c.run(read())
    assert seen == ["a", "a", "ab", "abc", "abc"]


def test_a_final_line_without_a_message_id_takes_the_sessions_newest_reply(kind: str) -> None:
    from tests.spec_tools import minimal_instance

    message = minimal_instance({"$ref": "#/components/schemas/ChatMessage"})
    messages = [{**message, "id": "q1"}, {**message, "id": "r1", "reply_to": "q1"}]
    lines = [_line(body="Hello", finished=False), _line(body="", finished=True)]  # no message_id

    async def listing(request: Request) -> Response:
        return JSONResponse(messages if request.query_params.get("offset", "0") == "0" else [])

    app = _stream_server(lines)
    app.router.routes.append(Route("/api/v1/chats/{session_id}/messages", listing))
    with serving(app) as address, client_of(kind, address) as c:
        answer = c.run(c.client.ask("hi", session_id="s1", stream=True))
    assert (answer.text, answer.message_id, answer.session_id) == ("Hello", "r1", "s1")


@pytest.mark.parametrize("error", [None, "", "  ", False])
def test_a_line_whose_error_is_null_or_empty_does_not_abort_the_answer(kind: str, error: Any) -> None:
    lines = [
        _line(body="Hello ", finished=False, error=error),
        _line(body="world", finished=None, error=error),  # a null finished is the field left out
        _line(body="", finished=True, message_id="m", error=error),
    ]
    with serving(_stream_server(lines, per_chunk=1)) as address, client_of(kind, address) as c:
        deltas, stream = c.stream("s1", "hi")
    assert stream.text == "Hello world" and stream.message_id == "m" and deltas[-1].finished


@pytest.mark.parametrize("error", ["the model is overloaded", {"message": "overloaded"}, 0, True])
def test_a_line_with_an_error_aborts_the_answer(kind: str, error: Any) -> None:
    lines = [_line(body="Hello ", finished=False), _line(error=error), _line(body="", finished=True)]
    with (
        serving(_stream_server(lines, per_chunk=1)) as address,
        client_of(kind, address) as c,
        pytest.raises(StreamError, match="the server ended the answer with an error: ") as caught,
    ):
        c.stream("s1", "hi")
    assert caught.value.line_number == 2
