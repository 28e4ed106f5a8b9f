"""Fault injection: latency, error statuses, dropped connections and broken JSONL, per route or next N."""

from __future__ import annotations

import asyncio
import decimal
import fnmatch
import json
import math
import re
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from email.utils import parsedate_to_datetime
from typing import ClassVar, Literal, overload

from attrs import Attribute, define, field
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Retry-After as RFC 9110 writes it (delay-seconds), with the fractions some clients and tests use ("0.01").
_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _retry_after(value: float | str | None) -> str | None:
    """A `Retry-After` value as the header carries it: seconds (an int, a float or their text) or an
    HTTP-date; anything else is refused when the fault is made, not when a request meets it."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"retry_after must be seconds (int, float or str) or an HTTP-date, not {value!r}")
    if isinstance(value, str):
        text = value.strip()
        if _SECONDS.fullmatch(text):
            return text
        try:
            # printable: no CR/LF or other control characters smuggled into the header
            if text.isprintable() and text.isascii() and parsedate_to_datetime(text) is not None:
                return text
        except (TypeError, ValueError):  # Python 3.10 raises TypeError for some texts that are no date
            pass
        raise ValueError(f"retry_after must be seconds or an HTTP-date, not {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"retry_after must be a finite number of seconds, 0 or more, not {value!r}")
    if value == int(value):
        return str(int(value))
    return format(decimal.Decimal(repr(value)), "f")  # 0.01 -> "0.01", 1e-05 -> "0.00001"


def _status(fault: Fault, attribute: Attribute[int | None], value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 100 <= value <= 599):
        raise ValueError(f"status must be an HTTP status (100 to 599) or None, not {value!r}")


def _header(fault: Fault, attribute: Attribute[str | None], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.isprintable() or not value.isascii()):
        raise ValueError(f"{attribute.name} must be printable ASCII (a header value) or None, not {value!r}")


@define
class Fault:
    """What to do to the requests it matches (`path` is an fnmatch pattern on the URL path). Values that
    cannot work (a `retry_after` that is neither seconds nor an HTTP-date, a `status` outside 100-599) are
    refused here, with a ValueError or TypeError naming the argument."""

    path: str = "*"
    method: str = "*"
    times: int = 1  # how many matching requests it applies to; -1: until cleared
    latency: float = 0.0  # seconds to wait before handling
    # answer this status (an EndpointError body) instead of handling
    status: int | None = field(default=None, validator=_status)
    # Retry-After header sent with `status`: seconds (1, 0.5, "30") or an HTTP-date, kept as the header's text
    retry_after: str | None = field(default=None, converter=_retry_after)
    # Location header sent with `status` (a redirect)
    location: str | None = field(default=None, validator=_header)
    drop_after_bytes: int | None = None  # send this many body bytes, then drop the connection
    jsonl_line: int | None = None  # 1-based line of a JSONL body to break
    jsonl: Literal["malformed", "truncated"] = "malformed"


class Faults:
    """The faults a fake server injects; thread-safe, since tests add them from another thread."""

    def __init__(self) -> None:
        self._rules: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault | None = None, /, **options: object) -> Fault:
        """Add a fault: `server.faults.add(path="/api/v1/collections*", status=503, times=2)`."""
        rule = fault if fault is not None else Fault(**options)  # type: ignore[arg-type]
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for rule in self._rules:
                if rule.times == 0 or rule.method not in ("*", method):
                    continue
                if fnmatch.fnmatchcase(path, rule.path):
                    if rule.times > 0:
                        rule.times -= 1
                    return rule
        return None


class DroppedConnection(Exception):
    """Raised inside the app to make the server abandon a response half-way."""


# What the request log keeps of a request's path and query string (each): enough to tell requests apart.
MAX_LOGGED_CHARS = 2048
# How many requests the log keeps by default (the oldest are dropped first).
MAX_LOGGED_REQUESTS = 10_000


@define(frozen=True)
class Seen:
    """A request the fake received (the Authorization value itself is not kept). `path` and `query` keep
    their first MAX_LOGGED_CHARS characters; `truncated` says one of them was longer."""

    method: str
    path: str
    query: str
    authorized: bool
    truncated: bool = False

    @classmethod
    def of(cls, method: str, path: str, query: str, authorized: bool) -> Seen:
        """The entry for a request, its path and query cut to MAX_LOGGED_CHARS."""
        truncated = len(path) > MAX_LOGGED_CHARS or len(query) > MAX_LOGGED_CHARS
        return cls(method, path[:MAX_LOGGED_CHARS], query[:MAX_LOGGED_CHARS], authorized, truncated)


class RequestLog(Sequence[Seen]):
    """The requests a fake received, oldest first: the last `limit` of them (a number, or a function giving
    it, read at each request), so that a long-running fake does not grow without bound. Read it as a list
    (`log[-1]`, `log[before:]`, `len(log)`, `log == []`); a slice is a list. Safe to read from another
    thread while the server appends: iterating goes over a copy."""

    def __init__(self, limit: int | Callable[[], int] = MAX_LOGGED_REQUESTS) -> None:
        self._limit = limit
        self._items: deque[Seen] = deque()
        self.dropped: int = 0  # how many older requests were let go since the last clear()

    @property
    def limit(self) -> int:
        return self._limit() if callable(self._limit) else self._limit

    def append(self, seen: Seen) -> None:
        self._items.append(seen)
        limit = max(self.limit, 0)
        while len(self._items) > limit:
            self._items.popleft()
            self.dropped += 1

    def clear(self) -> None:
        self._items.clear()
        self.dropped = 0

    def copy(self) -> list[Seen]:
        """The requests kept, as a list of their own."""
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Seen: ...

    @overload
    def __getitem__(self, index: slice) -> list[Seen]: ...

    def __getitem__(self, index: int | slice) -> Seen | list[Seen]:
        if isinstance(index, slice):
            return list(self._items)[index]
        return self._items[index]

    def __iter__(self) -> Iterator[Seen]:
        return iter(list(self._items))

    def __reversed__(self) -> Iterator[Seen]:
        return reversed(list(self._items))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (RequestLog, list, tuple)):
            return list(self._items) == list(other)
        return NotImplemented

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"RequestLog({list(self._items)!r}, limit={self.limit})"


class FaultsMiddleware:
    """Records each request, tags each response with an X-Request-Id, and applies the faults."""

    def __init__(self, app: ASGIApp, faults: Faults, seen: RequestLog) -> None:
        self.app = app
        self.faults = faults
        self.seen = seen

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        authorized = any(name == b"authorization" for name, _ in scope["headers"])
        query = scope.get("query_string", b"").decode("latin-1")
        self.seen.append(Seen.of(scope["method"], scope["path"], query, authorized))
        request_id = uuid.uuid4().hex.encode()

        async def tagged(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"x-request-id", request_id)]}
            await send(message)

        await self._handle(scope, receive, tagged)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self.faults.take(scope["method"], scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.latency:
            await asyncio.sleep(fault.latency)
        if fault.status is not None:
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            if fault.location is not None:
                headers["Location"] = fault.location
            body = {"code": fault.status, "message": f"injected fault: HTTP {fault.status}"}
            await JSONResponse(body, status_code=fault.status, headers=headers)(scope, receive, send)
            return
        await self.app(scope, receive, _Breaker(fault, send))


class _Breaker:
    """Wraps `send` to cut the body after N bytes, or break one JSONL line."""

    def __init__(self, fault: Fault, send: Send) -> None:
        self.fault = fault
        self.send = send
        self.sent = 0
        self.lines = 0
        self.jsonl = False
        self.ended = False

    async def __call__(self, message: Message) -> None:
        if self.ended:
            return  # the response was cut short; the rest of what the app sends is discarded
        if message["type"] == "http.response.start":
            content_type = dict(message.get("headers", [])).get(b"content-type", b"")
            self.jsonl = content_type.startswith(b"application/jsonl")
            await self.send(message)
            return
        if message["type"] != "http.response.body":
            await self.send(message)
            return
        body: bytes = message.get("body", b"")
        limit = self.fault.drop_after_bytes
        if limit is not None and self.sent + len(body) > limit:
            await self.send({"type": "http.response.body", "body": body[: limit - self.sent], "more_body": True})
            raise DroppedConnection(f"fault injection: connection dropped after {limit} bytes")
        self.sent += len(body)
        if self.jsonl and self.fault.jsonl_line is not None and body:
            await self._jsonl(body, bool(message.get("more_body", False)))
            return
        await self.send(message)

    async def _jsonl(self, body: bytes, more_body: bool) -> None:
        out: list[bytes] = []
        for line in body.splitlines(keepends=True):
            self.lines += 1
            if self.lines != self.fault.jsonl_line:
                out.append(line)
            elif self.fault.jsonl == "truncated":
                # The stream ends cleanly, in the middle of this line.
                out.append(line[: max(1, len(line) // 2)].rstrip(b"\n"))
                await self.send({"type": "http.response.body", "body": b"".join(out), "more_body": False})
                self.ended = True
                return
            else:
                out.append(b"{" + json.dumps("not json").encode() + b"\n")
        await self.send({"type": "http.response.body", "body": b"".join(out), "more_body": more_body})
