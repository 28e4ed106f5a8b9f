"""The client: settings and transport (one pooled httpx client, retries as a transport, errors raised from
one response hook), with the workflow helpers mixed in, one mixin per concern."""

from __future__ import annotations

import sys
from types import TracebackType

if sys.version_info >= (3, 11):
    from typing import Self
else:
    from typing_extensions import Self

import httpx

from h2ogpte_ext._async._io import check_async_library
from h2ogpte_ext._async._transport import (
    AsyncClientTransport,
    AsyncConnections,
    AsyncRequester,
    build_http_client,
)
from h2ogpte_ext._async.agents import AsyncAgentsMixin
from h2ogpte_ext._async.chat import AsyncChatMixin
from h2ogpte_ext._async.documents import AsyncDocumentsMixin
from h2ogpte_ext._async.health import AsyncHealthMixin
from h2ogpte_ext._async.ingest import AsyncIngestMixin
from h2ogpte_ext._async.meta import AsyncMetaMixin
from h2ogpte_ext._async.temporary import AsyncTemporaryMixin
from h2ogpte_ext._base_client import BaseClient
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
    AsyncMetaMixin,
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

    Settings: `address`, `api_key` (else H2OGPTE_ADDRESS, H2OGPTE_API_KEY), `timeout` (seconds or an
    `httpx.Timeout`, never unbounded), `retry` (a `RetryPolicy`; `max_retries` and `retry_post` change its
    budget and whether a POST is sent again), `verify`, `trust_env` (proxies and CA bundles from the
    environment), and how requests travel: `http_client=` (your own httpx client, sent
    through as is) or `transport=` (an httpx transport under our retries and errors; for many concurrent
    async calls, `httpx_aiohttp.AiohttpTransport()` from the `aiohttp` extra costs far less CPU).
    """

    def __init__(
        self,
        *,
        address: str | None = None,
        api_key: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
        verify: Verify = True,
        retry_post: bool | None = None,
        trust_env: bool = True,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        check_async_library()  # ``AsyncH2OGPTE`` runs under asyncio only: made under trio, it is refused
        options = resolve(
            address=address,
            api_key=api_key,
            timeout=timeout,
            verify=verify,
            retry=retry,
            max_retries=max_retries,
            retry_post=retry_post,
            trust_env=trust_env,
        )
        if http_client is not None and transport is not None:
            raise H2OGPTEError("pass http_client= (sent through as is) or transport= (used by ours), not both")
        connections: AsyncConnections
        if http_client is not None:
            check_http_object("http_client", http_client, httpx.AsyncClient)  # now, not at the first call
            connections = AsyncConnections(AsyncClientTransport(http_client), owned=False)
        elif transport is not None:
            check_http_object("transport", transport, httpx.AsyncBaseTransport)
            connections = AsyncConnections(transport)  # e.g. httpx_aiohttp.AiohttpTransport(): aiohttp's I/O
        else:
            # Proxies and CA bundles come from the environment as httpx's own clients take them (trust_env).
            connections = AsyncConnections.of_environment(verify=options.verify, trust_env=options.trust_env)
        self._setup(options, connections, owner=True)

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
