"""Streamed completions: JSONL lines become typed deltas; the stream object controls the generation."""

from __future__ import annotations

import json
from typing import Any

from attrs import define

from h2ogpte_ext._errors import APIConnectionError, StreamError
from h2ogpte_ext._transport import ERROR_BODY_LIMIT


@define(frozen=True)
class CompletionDelta:
    """One line of a streamed answer: the next piece of `body`; the last has `finished` and `message_id`."""

    body: str
    finished: bool
    message_id: str | None = None


def _is_error(value: Any) -> bool:
    """Whether a line's `error` field reports one: null, false and empty text are the field left out."""
    if value is None or value is False:
        return False
    return not (isinstance(value, str) and not value.strip())


# A longer line is refused rather than buffered: a stream's memory stays bounded.
MAX_LINE_BYTES = 16 * 1024 * 1024


class JSONLDecoder:
    """Turns the bytes of a completion stream into deltas (sans-I/O: feed it bytes, however they arrive).

    Lines end at `\n` only: U+2028, U+0085 and a lone `\r` are valid inside a JSON string. A line longer than
    `max_line_bytes` is a `StreamError`, and no more than that is ever buffered. A field that is null is a field
    left out: `"error": null` (or false, or empty text) is no error, `"finished": null` not the final line.
    """

    def __init__(self, max_line_bytes: int = MAX_LINE_BYTES) -> None:
        if isinstance(max_line_bytes, bool) or not isinstance(max_line_bytes, int) or max_line_bytes < 1:
            raise StreamError(f"max_line_bytes must be a positive whole number, not {max_line_bytes!r}")
        self.max_line_bytes = max_line_bytes
        self.line_number = 0
        self.finished = False
        self._partial = bytearray()

    def feed_bytes(self, data: bytes) -> list[CompletionDelta]:
        """The deltas of the lines that `data` completes; the rest is kept for the next call."""
        deltas = []
        start = 0
        while (end := data.find(b"\n", start)) != -1:
            self._check_length(len(self._partial) + end - start)
            if self._partial:
                self._partial += data[start:end]
                line = bytes(self._partial)
                self._partial.clear()
            else:
                line = data[start:end]
            start = end + 1
            if (delta := self.feed(line)) is not None:
                deltas.append(delta)
        self._check_length(len(self._partial) + len(data) - start)
        self._partial += data[start:]
        return deltas

    def _check_length(self, size: int) -> None:
        if size > self.max_line_bytes:
            self._partial.clear()
            raise StreamError(
                f"line {self.line_number + 1} of the stream is longer than {self.max_line_bytes} bytes "
                "(raise max_line_bytes if the server's lines are that long)",
                line_number=self.line_number + 1,
            )

    def feed(self, line: str | bytes) -> CompletionDelta | None:
        """The delta of one whole line (without its `\n`), or None for a blank line."""
        self.line_number += 1
        if not line.strip():
            return None
        shown = line if isinstance(line, str) else line[:240].decode("utf-8", errors="replace")
        try:
            data = json.loads(line)
        except ValueError:
            raise StreamError(
                f"line {self.line_number} of the stream is not JSON: {shown[:60]!r}",
                line_number=self.line_number,
            ) from None
        except RecursionError:
            raise StreamError(
                f"line {self.line_number} of the stream nests JSON too deeply to parse: {shown[:60]!r}",
                line_number=self.line_number,
            ) from None
        if not isinstance(data, dict):
            raise StreamError(
                f"line {self.line_number} of the stream is not a JSON object: {shown[:60]!r}",
                line_number=self.line_number,
            )
        if _is_error(data.get("error")):
            error = str(data["error"])
            if len(error) > ERROR_BODY_LIMIT:  # as an HTTP error body: a huge message must not cost memory
                error = f"{error[:ERROR_BODY_LIMIT]}... ({len(error) - ERROR_BODY_LIMIT} more characters)"
            raise StreamError(f"the server ended the answer with an error: {error}", line_number=self.line_number)
        body, finished, message_id = data.get("body"), data.get("finished"), data.get("message_id")
        if finished is None:  # null is the field left out: not the final line
            finished = False
        if not isinstance(finished, bool):
            raise StreamError(
                f"line {self.line_number} of the stream has a non-boolean 'finished': {finished!r:.60}",
                line_number=self.line_number,
            )
        if body is not None and not isinstance(body, str):
            raise StreamError(
                f"line {self.line_number} of the stream has a 'body' that is not text: {body!r:.60}",
                line_number=self.line_number,
            )
        self.finished = self.finished or finished  # the final line came: it stays in
        return CompletionDelta(body or "", finished, str(message_id) if message_id else None)

    def end(self) -> list[CompletionDelta]:
        """The delta of a last line without a `\n`, if any; the stream must have sent its final line."""
        deltas = []
        if self._partial:
            line = bytes(self._partial)
            self._partial.clear()
            if (delta := self.feed(line)) is not None:
                deltas.append(delta)
        if not self.finished and not any(d.finished for d in deltas):
            raise APIConnectionError(f"the stream ended after {self.line_number} lines, before its final line")
        return deltas


class StreamState:
    """What a stream of either kind keeps: the decoder, the answer so far, its message id.

    The answer is kept as its pieces and joined when `text` is read, so taking each delta costs the same however
    long the answer has grown (adding each to one string copied the whole answer every time: quadratic).
    """

    def __init__(self, session_id: str, max_line_bytes: int) -> None:
        self.session_id = session_id
        self.message_id: str | None = None
        self._parts: list[str] = []
        self._decoder = JSONLDecoder(max_line_bytes)
        self._question_id: str | None = None
        self._closed = False  # iteration and the context manager both close; only the first one acts

    @property
    def text(self) -> str:
        """The answer so far."""
        if len(self._parts) > 1:
            self._parts[:] = ["".join(self._parts)]  # joined once; reading it again costs nothing
        return self._parts[0] if self._parts else ""

    @property
    def finished(self) -> bool:
        """Whether the stream's final line is in: the server holds the whole answer (and its message id)."""
        return self._decoder.finished

    def _take(self, deltas: list[CompletionDelta]) -> list[CompletionDelta]:
        for delta in deltas:
            if delta.body:
                self._parts.append(delta.body)
            self.message_id = delta.message_id or self.message_id
        return deltas
