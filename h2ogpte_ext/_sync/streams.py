# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/streams.py: edit that file, not this one.
"""Streamed answers: a completion's JSONL lines as typed deltas, and control of the generation."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager
from types import TracebackType

if sys.version_info >= (3, 11):
    from typing import Self, Unpack
else:
    from typing_extensions import Self, Unpack

import httpx
from h2ogpte_api.models import ChatCompletionRequest

from h2ogpte_ext._chat import MAX_LINE_BYTES, CompletionDelta, StreamState, question_request
from h2ogpte_ext._errors import StreamError
from h2ogpte_ext._needs import CompletionOptions, require
from h2ogpte_ext._sync._base import ClientBase
from h2ogpte_ext._transport import HTTPX_ERRORS, request_error


class CompletionStream(StreamState):
    """A streamed answer: iterate it for `CompletionDelta`s; use it as a context manager so it is closed.

    `.pause()`, `.resume()`, `.stop()` and `.finish()` control the generation; `.text` is the answer so far,
    `.message_id` the answer's id once the last line is in.
    """

    message_id: str | None  # StreamState's, declared again: `_answer_id` sets it too

    def __init__(
        self,
        client: ClientBase,
        session_id: str,
        opened: AbstractContextManager[httpx.Response],
        *,
        max_line_bytes: int = MAX_LINE_BYTES,
    ) -> None:
        super().__init__(session_id, max_line_bytes)
        self._client = client
        self._opened = opened
        self._response: httpx.Response | None = None

    def _open(self) -> httpx.Response:
        if self._response is None:
            self._response = self._opened.__enter__()
        return self._response

    def __iter__(self) -> Iterator[CompletionDelta]:
        try:
            response = self._open()
            received = response.iter_bytes()
            try:
                for data in received:
                    for delta in self._take(self._decoder.feed_bytes(data)):
                        yield delta
                        if delta.finished:
                            return
            except HTTPX_ERRORS as exc:  # a body that cannot be decoded (Content-Encoding)
                raise request_error(exc, response.request) from exc
            finally:
                received.close()  # type: ignore[attr-defined]  # a generator, closed where it runs
            for delta in self._take(self._decoder.end()):
                yield delta
        finally:
            self.close()

    def close(self) -> None:
        if self._response is not None and not self._closed:
            self._closed = True
            self._opened.__exit__(None, None, None)

    def __enter__(self) -> Self:
        self._open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _answer_id(self) -> str:
        """The finished answer's message id: from its final line, else (a final line without one) the id of the
        session's newest reply."""
        if self.message_id is None:
            if not self.finished:
                raise StreamError(f"the answer in chat session {self.session_id} has not finished")
            messages = self._client.chat.iter_chat_session_messages(self.session_id)
            replies = [m.id for m in messages if m.reply_to]
            if not replies:
                raise StreamError(f"the streamed answer in chat session {self.session_id} ended without a message id")
            self.message_id = replies[-1]
        return self.message_id

    def _question(self) -> str:
        """The id of the session's newest user message, the one being answered (it has no reply_to)."""
        if self._question_id is None:
            messages = self._client.chat.iter_chat_session_messages(self.session_id)
            questions = [m.id for m in messages if not m.reply_to]
            if not questions:
                raise StreamError(f"chat session {self.session_id} has no question to control")
            self._question_id = questions[-1]
        return self._question_id

    def pause(self) -> None:
        require("CompletionStream.pause")
        self._client.chat.pause_chat_message(self._question())

    def resume(self) -> None:
        require("CompletionStream.resume")
        self._client.chat.resume_chat_message(self._question())

    def stop(self) -> None:
        require("CompletionStream.stop")
        self._client.chat.stop_chat_message(self._question())

    def finish(self) -> None:
        require("CompletionStream.finish")
        self._client.chat.finish_chat_message(self._question())


class StreamsMixin(ClientBase):
    """`H2OGPTE.stream_completion`."""

    def stream_completion(
        self,
        session_id: str,
        message: str,
        *,
        max_line_bytes: int = MAX_LINE_BYTES,
        **options: Unpack[CompletionOptions],
    ) -> CompletionStream:
        """Ask `message` in a chat session and stream the answer (options as in `client.ask`).

            with client.stream_completion(session_id, "Summarise the report") as stream:
                for delta in stream:
                    print(delta.body, end="")

        A line of the stream longer than `max_line_bytes` (16 MiB) is a `StreamError`.
        """
        require("stream_completion", options)
        return self._stream(session_id, question_request(message, options, stream=True), max_line_bytes)

    def _stream(self, session_id: str, request: ChatCompletionRequest, max_line_bytes: int) -> CompletionStream:
        from h2ogpte_api.api.chat import get_completion  # its tag's module loads on first use

        opened = get_completion.stream(session_id, client=self.api, body=request)
        answer = CompletionStream(self, session_id, opened, max_line_bytes=max_line_bytes)
        answer._open()
        return answer
