"""Streamed completions: JSONL lines become typed deltas; the stream object controls the generation."""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any

if sys.version_info >= (3, 11):
    from typing import Self
else:
    from typing_extensions import Self

import httpx
from attrs import define
from h2ogpte_api.api.chat import (
    finish_chat_message,
    get_chat_session_messages,
    pause_chat_message,
    resume_chat_message,
    stop_chat_message,
)
from h2ogpte_api.models import ChatCompletionRequest

from h2ogpte_ext._errors import APIConnectionError, StreamError
from h2ogpte_ext._flow import Flow, arun, collect, paginate, run

if TYPE_CHECKING:
    from h2ogpte_ext._client import H2OGPTE, AsyncH2OGPTE


@define(frozen=True)
class CompletionDelta:
    """One line of a streamed answer: the next piece of `body`; the last has `finished` and `message_id`."""

    body: str
    finished: bool
    message_id: str | None = None


def completion_request(body: dict[str, Any], *, stream: bool) -> ChatCompletionRequest:
    """A ChatCompletionRequest from its JSON fields, asking for the streamed (JSONL) answer or not."""
    request = ChatCompletionRequest.from_dict(body)
    # `stream` is not in the spec's ChatCompletionRequest; it travels as an additional property.
    request["stream"] = stream
    return request


class JSONLDecoder:
    """Turns the lines of a completion stream into deltas (sans-I/O: feed it lines, however they arrive)."""

    def __init__(self) -> None:
        self.line_number = 0
        self.finished = False

    def feed(self, line: str) -> CompletionDelta | None:
        self.line_number += 1
        if not line.strip():
            return None
        try:
            data = json.loads(line)
        except ValueError:
            raise StreamError(
                f"line {self.line_number} of the stream is not JSON: {line[:60]!r}",
                line_number=self.line_number,
            ) from None
        if not isinstance(data, dict):
            raise StreamError(
                f"line {self.line_number} of the stream is not a JSON object: {line[:60]!r}",
                line_number=self.line_number,
            )
        if "error" in data:
            raise StreamError(
                f"the server ended the answer with an error: {data['error']}", line_number=self.line_number
            )
        finished = bool(data.get("finished", False))
        message_id = data.get("message_id")
        self.finished = finished
        return CompletionDelta(str(data.get("body", "")), finished, str(message_id) if message_id else None)

    def end(self) -> None:
        if not self.finished:
            raise APIConnectionError(f"the stream ended after {self.line_number} lines, before its final line")


def latest_question(session_id: str) -> Flow[str]:
    """The id of the session's newest user message, the one being answered (user messages have no reply_to)."""
    messages = yield from collect(paginate(get_chat_session_messages, session_id))
    questions = [m.id for m in messages if not m.reply_to]
    if not questions:
        raise StreamError(f"chat session {session_id} has no question to control")
    return str(questions[-1])


class _StreamBase:
    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        self.text = ""
        self.message_id: str | None = None
        self._decoder = JSONLDecoder()
        self._question_id: str | None = None
        self._closed = False  # iteration and the context manager both close; only the first one acts

    def _take(self, line: str) -> CompletionDelta | None:
        delta = self._decoder.feed(line)
        if delta is not None:
            self.text += delta.body
            self.message_id = delta.message_id or self.message_id
        return delta


class CompletionStream(_StreamBase):
    """A streamed answer: iterate it for `CompletionDelta`s; use it as a context manager so it is closed.

    `.pause()`, `.resume()`, `.stop()` and `.finish()` control the generation; `.text` is the answer so far.
    """

    def __init__(self, client: H2OGPTE, session_id: str, opened: AbstractContextManager[httpx.Response]) -> None:
        super().__init__(session_id)
        self._client = client
        self._opened = opened
        self._response = opened.__enter__()

    def __iter__(self) -> Iterator[CompletionDelta]:
        try:
            for line in self._response.iter_lines():
                delta = self._take(line)
                if delta is not None:
                    yield delta
                    if delta.finished:
                        return
            self._decoder.end()
        finally:
            self.close()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._opened.__exit__(None, None, None)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _control(self, endpoint: ModuleType) -> None:
        if self._question_id is None:
            self._question_id = run(latest_question(self.session_id), self._client.api)
        endpoint.sync_detailed(self._question_id, client=self._client.api)

    def pause(self) -> None:
        self._control(pause_chat_message)

    def resume(self) -> None:
        self._control(resume_chat_message)

    def stop(self) -> None:
        self._control(stop_chat_message)

    def finish(self) -> None:
        self._control(finish_chat_message)


class AsyncCompletionStream(_StreamBase):
    """The async twin of `CompletionStream`: `async for delta in stream`, `async with`, `await stream.stop()`."""

    def __init__(
        self, client: AsyncH2OGPTE, session_id: str, opened: AbstractAsyncContextManager[httpx.Response]
    ) -> None:
        super().__init__(session_id)
        self._client = client
        self._opened = opened
        self._response: httpx.Response | None = None

    async def _open(self) -> httpx.Response:
        if self._response is None:
            self._response = await self._opened.__aenter__()
        return self._response

    async def __aiter__(self) -> AsyncIterator[CompletionDelta]:
        try:
            async for line in (await self._open()).aiter_lines():
                delta = self._take(line)
                if delta is not None:
                    yield delta
                    if delta.finished:
                        return
            self._decoder.end()
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        if self._response is not None and not self._closed:
            self._closed = True
            await self._opened.__aexit__(None, None, None)

    async def __aenter__(self) -> Self:
        await self._open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _control(self, endpoint: ModuleType) -> None:
        if self._question_id is None:
            self._question_id = await arun(latest_question(self.session_id), self._client.api)
        await endpoint.asyncio_detailed(self._question_id, client=self._client.api)

    async def pause(self) -> None:
        await self._control(pause_chat_message)

    async def resume(self) -> None:
        await self._control(resume_chat_message)

    async def stop(self) -> None:
        await self._control(stop_chat_message)

    async def finish(self) -> None:
        await self._control(finish_chat_message)
