"""Retries in one place, as httpx transports: the decisions are pure (RetryState); the drivers only wait.

Idempotent requests (GET, HEAD, PUT, DELETE, OPTIONS) are retried on connection errors, timeouts and
408, 409, 429 and 5xx; POST only when the client was told it is safe (`retry_post=True`), except when
the connection itself failed, as then the request never reached the server.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
from attrs import define

from h2ogpte_ext._errors import connection_error

log = logging.getLogger("h2ogpte_ext")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 409, 429})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
# The request never reached the server: safe to send again whatever the method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

# A request may carry its own retry budget (e.g. health probes: none) in this extension.
MAX_RETRIES_EXTENSION = "h2ogpte_ext.max_retries"

# Waiting is injected so tests can use a fake clock.
sleep: Callable[[float], None] = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio  # only async users need it loaded

    await asyncio.sleep(seconds)


def retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """The server's requested wait in seconds (`retry-after-ms`, or Retry-After in seconds or as a date)."""
    if "retry-after-ms" in headers:
        try:
            return float(headers["retry-after-ms"]) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - (time.time() if now is None else now)


@define
class RetryState:
    """The retry decisions for one request: call `after()` with each outcome."""

    request: httpx.Request
    max_retries: int
    retry_post: bool
    attempt: int = 0

    def _may_resend(self) -> bool:
        return self.request.method in IDEMPOTENT or self.retry_post

    def after(self, response: httpx.Response | None = None, error: Exception | None = None) -> float | None:
        """Seconds to wait before sending again, or None when this outcome is final."""
        if self.attempt >= self.max_retries:
            return None
        if error is not None:
            if not (isinstance(error, NOT_SENT) or (isinstance(error, httpx.TransportError) and self._may_resend())):
                return None
            reason, delay = type(error).__name__, self._backoff()
        else:
            assert response is not None
            status = response.status_code
            if not (status in RETRY_STATUSES or status >= 500) or not self._may_resend():
                return None
            wanted = retry_after(response.headers)
            delay = wanted if wanted is not None and 0 <= wanted <= MAX_RETRY_AFTER else self._backoff()
            reason = f"HTTP {status}"
        self.attempt += 1
        log.debug(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            self.request.method,
            self.request.url.copy_with(query=None),
            delay,
            reason,
            self.attempt,
            self.max_retries,
        )
        return delay

    def _backoff(self) -> float:
        delay = min(INITIAL_DELAY * 2.0**self.attempt, MAX_DELAY)
        return delay * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography


class _GuardedStream(httpx.SyncByteStream):
    """A response body whose read failures surface as APIConnectionError / APITimeoutError."""

    def __init__(self, stream: httpx.SyncByteStream, request: httpx.Request) -> None:
        self.stream, self.request = stream, request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self.stream
        except httpx.TransportError as exc:
            raise connection_error(exc, self.request) from exc

    def close(self) -> None:
        self.stream.close()


class _AsyncGuardedStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self.stream, self.request = stream, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.stream:
                yield chunk
        except httpx.TransportError as exc:
            raise connection_error(exc, self.request) from exc

    async def aclose(self) -> None:
        await self.stream.aclose()


class RetryTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, *, max_retries: int, retry_post: bool, owns_inner: bool) -> None:
        self.inner, self.max_retries, self.retry_post, self.owns_inner = (
            inner,
            max_retries,
            retry_post,
            owns_inner,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        state = RetryState(request, request.extensions.get(MAX_RETRIES_EXTENSION, self.max_retries), self.retry_post)
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                if (delay := state.after(error=exc)) is None:
                    raise connection_error(exc, request) from exc
            else:
                if (delay := state.after(response=response)) is None:
                    assert isinstance(response.stream, httpx.SyncByteStream)
                    response.stream = _GuardedStream(response.stream, request)
                    return response
                response.close()
            sleep(delay)

    def close(self) -> None:
        if self.owns_inner:
            self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self, inner: httpx.AsyncBaseTransport, *, max_retries: int, retry_post: bool, owns_inner: bool
    ) -> None:
        self.inner, self.max_retries, self.retry_post, self.owns_inner = (
            inner,
            max_retries,
            retry_post,
            owns_inner,
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        state = RetryState(request, request.extensions.get(MAX_RETRIES_EXTENSION, self.max_retries), self.retry_post)
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                if (delay := state.after(error=exc)) is None:
                    raise connection_error(exc, request) from exc
            else:
                if (delay := state.after(response=response)) is None:
                    assert isinstance(response.stream, httpx.AsyncByteStream)
                    response.stream = _AsyncGuardedStream(response.stream, request)
                    return response
                await response.aclose()
            await async_sleep(delay)

    async def aclose(self) -> None:
        if self.owns_inner:
            await self.inner.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through a caller's own httpx.Client, so its proxies, TLS and limits apply."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)
