"""Servers that misbehave, for the client's tests: a mocked transport behind the client's whole stack, a
body served chunk by chunk, an API whose every answer is one body, JSON nested too deep to parse."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.either import Either
from tests.spec_tools import minimal_instance

MiB = 1024 * 1024


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body served chunk by chunk, counting how many chunks the client pulled."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks, self.pulled = chunks, 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk


def _mocked(kind: str, handler: Callable[[httpx.Request], httpx.Response], **settings: Any) -> Either:
    """A client whose server is `handler`, behind our whole stack (retries, errors, streams)."""
    transport = httpx.MockTransport(handler)
    own: httpx.Client | httpx.AsyncClient = (
        httpx.Client(transport=transport) if kind == "sync" else httpx.AsyncClient(transport=transport)
    )
    return Either(kind, address="https://h2ogpte.invalid", api_key="sk-test", http_client=own, **settings)


def _collection(ident: str, **fields: Any) -> dict[str, Any]:
    return {**minimal_instance({"$ref": "#/components/schemas/Collection"}), "id": ident, "name": ident, **fields}


# A JSON text nested far deeper than any parser recurses (well under every size limit).
DEEP_JSON = b"[" * 100_000 + b"]" * 100_000


def _hostile_api(body: bytes, status: int = 200) -> Starlette:
    """A server whose every /api/v1 answer is `body` with `status`, and whose completions stream `body`."""

    async def answer(request: Request) -> Response:
        if request.url.path.endswith("/completions"):
            return Response(body + b"\n", status_code=status, media_type="application/jsonl")
        return Response(body, status_code=status, media_type="application/json")

    return Starlette(routes=[Route("/api/v1/{path:path}", answer, methods=["GET", "POST"])])
