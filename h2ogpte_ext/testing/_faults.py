"""Fault injection: latency, error statuses, dropped connections and broken JSONL, per route or next N."""

from __future__ import annotations

import asyncio
import fnmatch
import json
import threading
import uuid
from typing import Literal

from attrs import define
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


@define
class Fault:
    """What to do to the requests it matches (`path` is an fnmatch pattern on the URL path)."""

    path: str = "*"
    method: str = "*"
    times: int = 1  # how many matching requests it applies to; -1: until cleared
    latency: float = 0.0  # seconds to wait before handling
    status: int | None = None  # answer this status (an EndpointError body) instead of handling
    retry_after: str | None = None  # Retry-After header sent with `status`
    location: str | None = None  # Location header sent with `status` (a redirect)
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


@define(frozen=True)
class Seen:
    """A request the fake received (the Authorization value itself is not kept)."""

    method: str
    path: str
    query: str
    authorized: bool


class FaultsMiddleware:
    """Records each request, tags each response with an X-Request-Id, and applies the faults."""

    def __init__(self, app: ASGIApp, faults: Faults, seen: list[Seen]) -> None:
        self.app = app
        self.faults = faults
        self.seen = seen

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        authorized = any(name == b"authorization" for name, _ in scope["headers"])
        query = scope.get("query_string", b"").decode("latin-1")
        self.seen.append(Seen(scope["method"], scope["path"], query, authorized))
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
