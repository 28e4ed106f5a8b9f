"""The client: settings and transport (one pooled httpx client, retries as a transport, errors raised from
one response hook), with the workflow helpers mixed in, one mixin per concern."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from types import TracebackType

if sys.version_info >= (3, 11):
    from typing import Self
else:
    from typing_extensions import Self

import httpx

from h2ogpte_ext._async._io import ASYNCHRONOUS, AsyncTokenProvider, check_async_library
from h2ogpte_ext._async._transport import (
    AsyncClientTransport,
    AsyncConnections,
    AsyncPool,
    AsyncRequester,
    build_http_client,
)
from h2ogpte_ext._async.agents import AsyncAgentsMixin
from h2ogpte_ext._async.chat import AsyncChatMixin
from h2ogpte_ext._async.documents import AsyncDocumentsMixin
from h2ogpte_ext._async.health import AsyncHealthMixin
from h2ogpte_ext._async.ingest import AsyncIngestMixin
from h2ogpte_ext._async.temporary import AsyncTemporaryMixin
from h2ogpte_ext._base_client import UNCHANGED, BaseClient
from h2ogpte_ext._config import DEFAULT_TIMEOUT, ClientOptions, TimeoutLike, Verify, resolve
from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._retry import DEFAULT_RETRY, RetryPolicy
from h2ogpte_ext._transport import check_http_object


class AsyncH2OGPTE(
    AsyncAgentsMixin,
    AsyncChatMixin,
    AsyncDocumentsMixin,
    AsyncHealthMixin,
    AsyncIngestMixin,
    AsyncTemporaryMixin,
    BaseClient,
):
    """An h2oGPTe client: every operation of the spec as `client.<tag>.<operation_id>(...)`, and the workflow
    helpers (`upload_and_ingest`, `ask`, `run_agent`, `wait_for_job`, ...) as its methods.

        async with AsyncH2OGPTE() as client:  # H2OGPTE_ADDRESS and H2OGPTE_API_KEY from the environment
            collection = await client.collections.create_collection(name="reports", description="Q3")
            async for collection in client.collections.iter_collections():
                print(collection.name)

    ``H2OGPTE`` is the sync client; ``AsyncH2OGPTE`` is the same with ``await``, ``async for`` and ``async with``.
    `client.api` is the generated low-level client on the same connection pool, retries and errors.

    Settings: `address`, `api_key` or `auth` (an `httpx.Auth`, or a callable that returns a current token, sync
    or async; else H2OGPTE_ADDRESS, and H2OGPTE_API_KEY or H2OGPTE_TOKEN_COMMAND), `default_headers` (sent with
    every request), `timeout` (seconds or an `httpx.Timeout`, never unbounded), `retry` (a `RetryPolicy`;
    `max_retries` and `retry_post` change its budget and whether a POST is sent again), `verify`, `trust_env`
    (proxies and CA bundles from the environment), and how requests travel: `http_client=` (your own httpx
    client: its proxies, TLS and limits, its headers and query parameters under ours) or `transport=` (an httpx
    transport under our retries and errors). By default the async client sends through aiohttp's connection
    pools when the `aiohttp` extra is installed (far less CPU per call), else through httpx's.
    `with_options()` takes every one of them.
    """

    def __init__(
        self,
        *,
        address: str | None = None,
        api_key: str | None = None,
        auth: httpx.Auth | AsyncTokenProvider | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
        verify: Verify = True,
        retry_post: bool | None = None,
        trust_env: bool = True,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        check_async_library()  # ``AsyncH2OGPTE`` runs under asyncio only: made under trio, it is refused
        options = resolve(
            address=address,
            api_key=api_key,
            auth=auth,
            timeout=timeout,
            verify=verify,
            retry=retry,
            max_retries=max_retries,
            retry_post=retry_post,
            trust_env=trust_env,
            default_headers=default_headers,
            asynchronous=ASYNCHRONOUS,
        )
        self._setup(options, _connections(options, http_client, transport), owner=True)

    def with_options(
        self,
        *,
        address: str = UNCHANGED,
        api_key: str = UNCHANGED,
        auth: httpx.Auth | AsyncTokenProvider = UNCHANGED,
        timeout: TimeoutLike = UNCHANGED,
        max_retries: int = UNCHANGED,
        retry: RetryPolicy = UNCHANGED,
        verify: Verify = UNCHANGED,
        retry_post: bool = UNCHANGED,
        trust_env: bool = UNCHANGED,
        default_headers: Mapping[str, str] = UNCHANGED,
        http_client: httpx.AsyncClient = UNCHANGED,
        transport: httpx.AsyncBaseTransport = UNCHANGED,
    ) -> Self:
        """A copy with other settings (any the constructor takes; `default_headers` are added to this client's,
        `api_key` replaces `auth` and the other way round), validated as the constructor validates them.

            patient = client.with_options(timeout=900, retry=RetryPolicy(max_retries=5))

        The copy sends through this client's connection pools (close the original only), unless it is given
        `http_client=` or `transport=`, or `verify=` or `trust_env=` while this client uses its own pools: then
        it has connections of its own, and closing it closes them.
        """
        options = self._evolved(
            address=address,
            api_key=api_key,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            verify=verify,
            retry_post=retry_post,
            trust_env=trust_env,
            default_headers=default_headers,
            asynchronous=ASYNCHRONOUS,
        )
        connections, owner = self._connections, False
        if http_client is not UNCHANGED or transport is not UNCHANGED:
            own_client = None if http_client is UNCHANGED else http_client
            connections, owner = _connections(options, own_client, None if transport is UNCHANGED else transport), True
        elif (verify is not UNCHANGED or trust_env is not UNCHANGED) and isinstance(connections.default, AsyncPool):
            connections, owner = _connections(options, None, None), True
        copy = object.__new__(type(self))
        copy._setup(options, connections, owner=owner)
        return copy

    def _connect(self, options: ClientOptions, connections: AsyncConnections) -> None:
        self._http = build_http_client(connections, options)
        self.api.set_async_httpx_client(self._http)
        self._requester = AsyncRequester(self._http)

    async def close(self) -> None:
        """Close the connections (a copy made by `with_options` closes only its own httpx client)."""
        try:
            await self._http.aclose()
        finally:
            if self._owner:
                await self._connections.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _connections(
    options: ClientOptions, http_client: httpx.AsyncClient | None, transport: httpx.AsyncBaseTransport | None
) -> AsyncConnections:
    """Where a client's requests go: a caller's httpx client, a caller's transport, or pools of our own."""
    if http_client is not None and transport is not None:
        raise H2OGPTEError("pass http_client= (sent through as is) or transport= (used by ours), not both")
    if http_client is not None:
        check_http_object("http_client", http_client, httpx.AsyncClient)  # now, not at the first call
        if http_client.auth is not None:
            raise H2OGPTEError(
                "http_client has an auth= of its own, which would replace ours at every request: pass it to "
                "AsyncH2OGPTE(auth=...) instead"
            )
        return AsyncConnections(AsyncClientTransport(http_client), owned=False)
    if transport is not None:
        check_http_object("transport", transport, httpx.AsyncBaseTransport)
        return AsyncConnections(transport)  # e.g. httpx_aiohttp.AiohttpTransport(): aiohttp's I/O
    # Proxies and CA bundles come from the environment as httpx's own clients take them (trust_env).
    return AsyncConnections.of_environment(verify=options.verify, trust_env=options.trust_env)
