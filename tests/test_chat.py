"""Asking questions (`h2ogpte_ext._chat`, `h2ogpte_ext._async.chat`): `client.ask` and `client.chat_session`,
sync and async, against the fake server; the session made for an answer is deleted when the answer fails,
and kept once it is whole."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest

from h2ogpte_ext import (
    H2OGPTE,
    AsyncH2OGPTE,
    ChatMessageReference,
    CompletionDelta,
    H2OGPTEError,
    NotFoundError,
    Reference,
    StreamError,
)
from h2ogpte_ext._async import _base as _async_base
from h2ogpte_ext._chat import parse_pages
from h2ogpte_ext._sync import _base as _sync_base
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either
from tests.in_spec import has

# Where the spec has no TagFilter, `tags` is a plain list of str, and the generated layer's check speaks.
TAG_FILTER = has("TagFilter")

# --- asking -------------------------------------------------------------------------------------------------


def _collection_with_a_document(c: Either) -> str:
    collection = c.run(c.client.collections.create_collection(name="reports", description="d"))
    c.run(c.client.upload_and_ingest(collection.id, [("q3.txt", b"Q3 sales were 42 units.")], poll_interval=0.01))
    return str(collection.id)


@pytest.mark.e2e
def test_ask_with_a_collection_answers_with_references_and_usage(make: Callable[..., Either]) -> None:
    c = make()
    collection_id = _collection_with_a_document(c)
    answer = c.run(c.client.ask("What were Q3 sales?", collection_id=collection_id, llm="auto"))
    assert "What were Q3 sales?" in answer.text
    assert answer.message_id and answer.session_id
    references = c.run(answer.references())
    assert [r.document_name for r in references] == ["q3.txt"]
    (reference,) = references
    # What the issue asks for: document name, pages (numbers, from the server's "[1]"), score and text.
    assert isinstance(reference, Reference) and reference.raw is not None
    assert reference.pages == [1] and 0 < reference.score <= 1 and reference.score == reference.raw.score
    assert reference.text == reference.content and reference.text in "Q3 sales were 42 units."  # the cited passage
    assert reference.document_id and reference.raw.pages == "[1]"
    usage = c.run(answer.usage())
    listed = {model.display_name for model in c.run(c.client.models.list_models())}
    assert usage["llm"] in listed and usage["output_tokens"] > 0  # "auto": the model the server chose


@pytest.mark.e2e
def test_ask_streams_with_a_callback(make: Callable[..., Either]) -> None:
    c = make()
    deltas: list[CompletionDelta] = []
    answer = c.run(c.client.ask("Stream this", on_delta=deltas.append))
    assert len(deltas) > 2 and deltas[-1].finished
    assert answer.text == "".join(d.body for d in deltas)
    assert answer.message_id == deltas[-1].message_id


@pytest.mark.e2e
def test_ask_in_a_given_session_makes_no_new_one(make: Callable[..., Either]) -> None:
    c = make()
    session = c.run(c.client.chat.create_chat_session())
    answer = c.run(c.client.ask("Hello", session_id=session.id))
    assert answer.session_id == session.id
    assert len(c.run(c.client.chat.list_chat_sessions())) == 1


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"lmm": "auto"}, "unknown completion option.*lmm.*known: .*llm"),
        ({"include_chat_history": "sometimes"}, "include_chat_history must be one of 'auto', 'false', 'true'"),
        ({"session_id": "s", "collection_id": "c"}, "not both"),
        # Wrong scalar types: the server would answer 400, after a session was made.
        ({"llm": 123}, r"completion option llm must be str, not int 123"),
        ({"llm": None}, r"completion option llm must be str, not None"),
        ({"system_prompt": ["x"]}, r"completion option system_prompt must be str, not list \['x'\]"),
        (
            {"tags": 3},
            r"completion option tags must be a list of str or a mapping \(or TagFilter\), not int 3"
            if TAG_FILTER
            else r"ChatCompletionRequest\.tags: expected an array, got int 3",
        ),
        (
            {"tags": ["a", 1]},
            r"completion option tags must be a list of str"
            if TAG_FILTER
            else r"ChatCompletionRequest\.tags\[1\]: expected a string, got int 1",
        ),
        ({"llm_args": "hot"}, r"completion option llm_args must be a mapping"),
        ({"include_chat_history": True}, r"include_chat_history must be one of .*, not bool True"),
    ],
)
def test_bad_options_are_refused_before_sending(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, options: dict[str, Any], problem: str
) -> None:
    c = make()
    before = len(fake_h2ogpte.state.requests)
    with pytest.raises(H2OGPTEError, match=problem):
        c.run(c.client.ask("Hello", **options))
    assert len(fake_h2ogpte.state.requests) == before


@pytest.mark.e2e
def test_bad_option_types_are_refused_in_a_chat_session(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client, client.chat_session() as session:
        before = len(fake_h2ogpte.state.requests)
        with pytest.raises(H2OGPTEError, match="completion option llm must be str, not int 123"):
            session.ask("Hello", llm=123)  # type: ignore[arg-type]  # what a type checker would catch
        with pytest.raises(H2OGPTEError, match="completion option system_prompt must be str, not list"):
            session.ask("Hello", stream=True, system_prompt=["x"])  # type: ignore[arg-type]
        assert len(fake_h2ogpte.state.requests) == before


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("server", "pages"),
    [
        *[("[1]", [1]), ("[1, 2, 5]", [1, 2, 5]), ("3", [3]), ("2, 4", [2, 4]), ("[]", []), ("1-3", "1-3"), ("", "")],
        *[(None, ""), (3, [3]), ([1, 2], [1, 2])],  # not text, against the spec: what a server may still send
    ],
)
def test_reference_pages_are_numbers_when_they_parse(server: Any, pages: list[int] | str) -> None:
    assert parse_pages(server) == pages
    raw = {"document_id": "d", "document_name": "a.pdf", "pages": server, "score": 0.5, "chunk_id": 1}
    if not isinstance(server, str):  # `pages` is a string in the spec: the model refuses anything else
        with pytest.raises(TypeError, match=r"ChatMessageReference\.pages: expected a string"):
            ChatMessageReference.from_dict({**raw, "were_references_deleted": False})
        return
    reference = ChatMessageReference.from_dict({**raw, "were_references_deleted": False})
    assert Reference.from_model(reference).pages == pages
    assert parse_pages('["a"]') == '["a"]' and parse_pages("[true]") == "[true]" and parse_pages("[") == "["


# --- the session made for an answer: deleted when it fails, kept once it is whole ---------------------------


@pytest.mark.e2e
@pytest.mark.parametrize("status", [400, 500])
@pytest.mark.parametrize("stream", [False, True])
def test_a_failed_ask_deletes_the_session_it_made(
    make: Callable[..., Either],
    fake_h2ogpte: FakeH2OGPTE,
    caplog: pytest.LogCaptureFixture,
    status: int,
    stream: bool,
) -> None:
    c = make(max_retries=0)
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", status=status, times=-1)
    with pytest.raises(H2OGPTEError, match=f"{status} injected fault"), caplog.at_level("INFO", "h2ogpte_ext"):
        c.run(c.client.ask("Hello", stream=stream))
    assert c.run(c.client.chat.list_chat_sessions()) == []
    created = [r for r in fake_h2ogpte.state.requests if (r.method, r.path) == ("POST", "/api/v1/chats")]
    deleted = [r for r in fake_h2ogpte.state.requests if r.method == "DELETE" and r.path.startswith("/api/v1/chats/")]
    assert len(created) == len(deleted) == 1
    assert "the ask it was made for failed" in caplog.text


@pytest.mark.e2e
@pytest.mark.parametrize("how", ["run", "run streamed", "stream_agent"])
def test_a_failed_agent_run_deletes_the_session_it_made(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, caplog: pytest.LogCaptureFixture, how: str
) -> None:
    c = make(max_retries=0)
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", status=500, times=-1)
    with pytest.raises(H2OGPTEError, match="500 injected fault"), caplog.at_level("INFO", "h2ogpte_ext"):
        if how == "stream_agent":
            c.run(c.client.stream_agent("Save 'a.csv'"))
        else:
            c.run(c.client.run_agent("Save 'a.csv'", stream=how == "run streamed"))
    assert c.run(c.client.chat.list_chat_sessions()) == []
    assert "the agent run it was made for failed" in caplog.text
    # A session the caller gave is the caller's: kept.
    session = c.run(c.client.chat.create_chat_session())
    with pytest.raises(H2OGPTEError, match="500 injected fault"):
        c.run(c.client.run_agent("Save 'a.csv'", session_id=session.id))
    assert [s.id for s in c.run(c.client.chat.list_chat_sessions())] == [session.id]


@pytest.mark.e2e
def test_a_session_that_cannot_be_deleted_never_masks_the_error(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, caplog: pytest.LogCaptureFixture
) -> None:
    c = make(max_retries=0)
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", status=500, times=-1)
    fake_h2ogpte.faults.add(path="/api/v1/chats/*", method="DELETE", status=503, times=-1)
    with pytest.raises(H2OGPTEError, match="500 injected fault"):
        c.run(c.client.ask("Hello"))
    assert "could not delete chat session" in caplog.text and "503" in caplog.text


@pytest.mark.e2e
def test_the_clean_up_of_a_failed_ask_is_brief(
    make: Callable[..., Either],
    fake_h2ogpte: FakeH2OGPTE,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A hung server holds the caller no longer than the clean-up's own timeout, tried once (not the client's
    # read timeout, retried): it runs after a Ctrl-C or past the caller's deadline too.
    for twin in (_async_base, _sync_base):
        monkeypatch.setattr(twin, "CLEAN_UP_TIMEOUT", 0.3)
    c = make(timeout=30)
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", status=400, times=-1)
    fake_h2ogpte.faults.add(path="/api/v1/chats/*", method="DELETE", latency=3, times=-1)
    started = time.monotonic()
    with pytest.raises(H2OGPTEError, match="400 injected fault"):
        c.run(c.client.ask("Hello"))
    assert time.monotonic() - started < 2.5
    deletes = [r for r in fake_h2ogpte.state.requests if r.method == "DELETE" and r.path.startswith("/api/v1/chats/")]
    assert len(deletes) == 1 and "could not delete chat session" in caplog.text


@pytest.mark.e2e
def test_a_given_session_is_kept_when_the_ask_fails(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make(max_retries=0)
    session = c.run(c.client.chat.create_chat_session())
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", status=400, times=1)
    with pytest.raises(H2OGPTEError, match="400"):
        c.run(c.client.ask("Hello", session_id=session.id))
    assert [s.id for s in c.run(c.client.chat.list_chat_sessions())] == [session.id]


@pytest.mark.parametrize("raised", [ValueError("the callback broke"), KeyboardInterrupt()])
@pytest.mark.parametrize("what", ["ask", "run_agent"])
def test_a_failure_after_the_streamed_answer_finished_never_deletes_its_session(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, raised: BaseException, what: str
) -> None:
    c = make(max_retries=0)

    def on_delta(delta: Any) -> None:
        if delta.finished:  # the answer is whole on the server: whatever fails now must not lose it
            raise raised

    call = c.client.ask if what == "ask" else c.client.run_agent
    with pytest.raises(type(raised)) as caught:
        c.run(call("Hello", on_delta=on_delta))
    assert caught.value is raised
    (session,) = fake_h2ogpte.state.sessions
    assert fake_h2ogpte.state.conversation(session).messages[-1].get("reply_to")  # the answer is in it
    if sys.version_info >= (3, 11):
        assert any(f"chat session {session} is kept" in note for note in getattr(caught.value, "__notes__", []))


def test_a_failure_before_the_answer_still_deletes_the_session_made_for_it(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make(max_retries=0)
    fake_h2ogpte.state.completion_failures.append("the model is overloaded")
    with pytest.raises(StreamError, match="the model is overloaded"):
        c.run(c.client.run_agent("Hello", stream=True))
    assert not fake_h2ogpte.state.sessions


# --- chat sessions ------------------------------------------------------------------------------------------


@pytest.mark.e2e
def test_a_chat_session_is_deleted_on_exit_even_on_error(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        with client.chat_session() as session:
            first = client.chat.get_chat_session(session.id)
            assert session.ask("One").session_id == session.ask("Two").session_id == first.id
        with pytest.raises(NotFoundError):
            client.chat.get_chat_session(session.id)
        with pytest.raises(RuntimeError), client.chat_session() as failing:
            raise RuntimeError("boom")
        with pytest.raises(NotFoundError):
            client.chat.get_chat_session(failing.id)
        with client.chat_session(keep=True) as kept:
            pass
        assert client.chat.get_chat_session(kept.id).id == kept.id


@pytest.mark.e2e
def test_an_async_chat_session(fake_h2ogpte: FakeH2OGPTE) -> None:
    async def converse() -> list[str]:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            async with client.chat_session() as session:
                texts = [(await session.ask("One")).text, (await session.ask("Two", stream=True)).text]
                messages = await client.chat.get_chat_session_messages(session.id)
            assert len(messages) == 4
            with pytest.raises(NotFoundError):
                await client.chat.get_chat_session(session.id)
            return texts

    texts = asyncio.run(converse())
    assert "One" in texts[0] and "Two" in texts[1]
