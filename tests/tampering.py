"""Changing what the fake sends where it has no knob for it: a transport that rewrites a request's query on
its way to the fake, and message metadata on its way back (the `tampered` fixture in conftest.py)."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
from attrs import define


@define
class Tampering:
    """Changes to requests on their way to the fake, and to the message metadata it answers."""

    query: Callable[[dict[str, str]], dict[str, str]] | None = None
    meta: Callable[[str, str], str] | None = None

    def before(self, request: httpx.Request) -> None:
        if self.query is not None and request.method == "GET":
            request.url = request.url.copy_with(params=self.query(dict(request.url.params)))

    def rewrites(self, request: httpx.Request) -> bool:
        return self.meta is not None and request.url.path.endswith("/meta")

    def after(self, response: httpx.Response) -> httpx.Response:
        assert self.meta is not None
        items = json.loads(response.content)
        for item in items:
            item["content"] = self.meta(item["message_type"], item["content"])
        return httpx.Response(response.status_code, json=items)


class _Tamper(httpx.HTTPTransport):
    def __init__(self, tampering: Tampering) -> None:
        super().__init__()
        self.tampering = tampering

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.tampering.before(request)
        response = super().handle_request(request)
        if not self.tampering.rewrites(request):
            return response
        response.read()
        return self.tampering.after(response)


class _AsyncTamper(httpx.AsyncHTTPTransport):
    def __init__(self, tampering: Tampering) -> None:
        super().__init__()
        self.tampering = tampering

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.tampering.before(request)
        response = await super().handle_async_request(request)
        if not self.tampering.rewrites(request):
            return response
        await response.aread()
        return self.tampering.after(response)
