# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/chat.py: edit that file, not this one.
"""Asking questions: one call (`ask`), or a conversation whose session is deleted on exit (`chat_session`)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

if sys.version_info >= (3, 11):
    from typing import Unpack
else:
    from typing_extensions import Unpack

from attrs import define, field
from h2ogpte_api.types import UNSET

from h2ogpte_ext._chat import MAX_LINE_BYTES, CompletionDelta, Reference, parse_usage, question_request
from h2ogpte_ext._errors import H2OGPTEError, NotFoundError
from h2ogpte_ext._needs import CompletionOptions, require
from h2ogpte_ext._sync._io import call_back
from h2ogpte_ext._sync.streams import StreamsMixin

log = logging.getLogger("h2ogpte_ext")


@define(frozen=True)
class Answer:
    """The answer to one question: `text`, `message_id`, `session_id`; citations and usage on demand."""

    text: str
    message_id: str
    session_id: str
    _client: ChatMixin = field(repr=False, eq=False, alias="client")

    def references(self) -> list[Reference]:
        """The passages the answer cites (document name, pages, score, text); empty without a collection."""
        require("Answer.references")
        found = self._client.chat.get_message_references(self.message_id)
        return [Reference.from_model(reference) for reference in found]

    def usage(self) -> dict[str, Any]:
        """Token counts and cost (the message's `usage_stats`), or {} when the server kept none."""
        require("Answer.usage")
        items = self._client.chat.get_message_meta(self.message_id, info_type="usage_stats")
        if not items:
            return {}
        try:
            return parse_usage(items[0].content)
        except (TypeError, ValueError):
            log.warning("message %s: usage_stats is not JSON; ignored", self.message_id)
            return {}


class Conversation:
    """A chat session to ask in turn: `session.ask(...)` keeps the history of the earlier questions."""

    def __init__(self, client: ChatMixin, session_id: str, collection_id: str | None) -> None:
        self._client = client
        self.id = session_id
        self.collection_id = collection_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, collection_id={self.collection_id!r})"

    def ask(
        self,
        question: str,
        *,
        stream: bool = False,
        on_delta: Callable[[CompletionDelta], object] | None = None,
        max_line_bytes: int = MAX_LINE_BYTES,
        **options: Unpack[CompletionOptions],
    ) -> Answer:
        """Ask in this session; see `client.ask` for the options."""
        return self._client.ask(
            question, session_id=self.id, stream=stream, on_delta=on_delta, max_line_bytes=max_line_bytes, **options
        )

    def delete(self) -> None:
        """Delete the session (already gone is fine)."""
        require("Conversation.delete")
        with suppress(NotFoundError):
            self._client.chat.delete_chat_session(self.id)


class ChatMixin(StreamsMixin):
    """`H2OGPTE.ask` and `H2OGPTE.chat_session`."""

    def ask(
        self,
        question: str,
        *,
        collection_id: str | None = None,
        session_id: str | None = None,
        stream: bool = False,
        on_delta: Callable[[CompletionDelta], object] | None = None,
        max_line_bytes: int = MAX_LINE_BYTES,
        **options: Unpack[CompletionOptions],
    ) -> Answer:
        """Ask a question and return the `Answer` (`text`, `message_id`, `session_id`, `references()`, `usage()`).

            answer = client.ask("What were Q3's sales?", collection_id=collection.id, llm="auto")
            print(answer.text, [r.document_name for r in answer.references()])

        With `collection_id`, the answer draws on that collection's documents (RAG); a new chat session is
        made unless `session_id` is given (its id is on the answer; delete it when done, or use
        `chat_session()`; if the answer fails, the session made for it is deleted, but never once the answer is
        in it). `stream=True` or an `on_delta` callback streams the answer, `on_delta` called with each
        `CompletionDelta` (a streamed line longer than `max_line_bytes`, 16 MiB, is a `StreamError`; a final line
        without a message id takes the session's newest reply's). Other keyword arguments are fields of the
        completion request (`llm`, `llm_args`, `rag_config`, `include_chat_history`, `system_prompt`, ...),
        checked (names and types) before anything is sent.
        """
        require("ask", options)
        streamed = stream or on_delta is not None
        request = question_request(question, options, stream=streamed)
        if session_id is not None and collection_id is not None:
            raise H2OGPTEError("pass session_id or collection_id, not both: a session already has its collection")
        with self._session(session_id, collection_id, "ask") as session:
            if not streamed:
                completion = self.chat.get_completion(session.id, body=request)
                session.answered()
                return Answer(completion.body, completion.message_id, session.id, client=self)
            opened = self._stream(session.id, request, max_line_bytes)
            session.watch(opened)  # once its final line is in, the session holds the answer: never deleted
            with opened as answer_stream:
                for delta in answer_stream:
                    if on_delta is not None:
                        call_back(on_delta, delta)
            return Answer(answer_stream.text, answer_stream._answer_id(), session.id, client=self)

    @contextmanager
    def chat_session(self, *, collection_id: str | None = None, keep: bool = False) -> Iterator[Conversation]:
        """A new chat session for several questions in turn, deleted on exit (even on error) unless `keep=True`.

            with client.chat_session(collection_id=collection.id) as session:
                first = session.ask("Summarise the report")
                follow_up = session.ask("And the risks?")

        If the block fails (Ctrl-C too), its exception comes out unchanged: the deletion is tried once, within
        5 s, and if it fails that is a note on the exception (Python 3.11+) and logged. After a block that
        succeeded, a deletion that fails raises.
        """
        require("chat_session")
        created = self.chat.create_chat_session(collection_id=collection_id or UNSET)
        conversation = Conversation(self, created.id, collection_id)
        if keep:
            yield conversation
            return

        def delete(**options: Any) -> None:
            with suppress(NotFoundError):
                self.chat.delete_chat_session(created.id, **options)

        with self._deleted_on_exit(delete, f"chat session {created.id}"):
            yield conversation
