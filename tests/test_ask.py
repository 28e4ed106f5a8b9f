"""Asking questions: `client.ask` and `client.chat_session`, sync and async, against the fake server."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, CompletionDelta, H2OGPTEError, NotFoundError
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either


def _collection_with_a_document(c: Either) -> str:
    collection = c.run(c.client.collections.create_collection(name="reports", description="d"))
    c.run(c.client.upload_and_ingest(collection.id, [("q3.txt", b"Q3 sales were 42 units.")], poll_interval=0.01))
    return str(collection.id)


def test_ask_with_a_collection_answers_with_references_and_usage(make: Callable[..., Either]) -> None:
    c = make()
    collection_id = _collection_with_a_document(c)
    answer = c.run(c.client.ask("What were Q3 sales?", collection_id=collection_id, llm="auto"))
    assert "What were Q3 sales?" in answer.text
    assert answer.message_id and answer.session_id
    references = c.run(answer.references())
    assert [r.document_name for r in references] == ["q3.txt"]
    usage = c.run(answer.usage())
    assert usage["llm"] == "auto" and usage["output_tokens"] > 0


def test_ask_streams_with_a_callback(make: Callable[..., Either]) -> None:
    c = make()
    deltas: list[CompletionDelta] = []
    answer = c.run(c.client.ask("Stream this", on_delta=deltas.append))
    assert len(deltas) > 2 and deltas[-1].finished
    assert answer.text == "".join(d.body for d in deltas)
    assert answer.message_id == deltas[-1].message_id


def test_ask_in_a_given_session_makes_no_new_one(make: Callable[..., Either]) -> None:
    c = make()
    session = c.run(c.client.chat.create_chat_session())
    answer = c.run(c.client.ask("Hello", session_id=session.id))
    assert answer.session_id == session.id
    assert len(c.run(c.client.chat.list_chat_sessions())) == 1


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"lmm": "auto"}, "unknown completion option.*lmm.*known: .*llm"),
        ({"include_chat_history": "sometimes"}, "invalid completion option"),
        ({"session_id": "s", "collection_id": "c"}, "not both"),
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
