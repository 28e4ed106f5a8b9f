"""The client: settings and transport (one pooled httpx client, retries as a transport, errors raised from
one response hook), with the workflow helpers mixed in, one mixin per concern."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

if sys.version_info >= (3, 11):
    from typing import Self
else:
    from typing_extensions import Self

import httpx

from h2ogpte_ext._async.agents import AsyncAgentsMixin
from h2ogpte_ext._async.chat import AsyncChatMixin
from h2ogpte_ext._async.documents import AsyncDocumentsMixin
from h2ogpte_ext._async.health import AsyncHealthMixin
from h2ogpte_ext._async.ingest import AsyncIngestMixin
from h2ogpte_ext._async.temporary import AsyncTemporaryMixin
from h2ogpte_ext._common import Common, http_settings
from h2ogpte_ext._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ClientOptions, TimeoutLike, Verify, resolve
from h2ogpte_ext._errors import H2OGPTEError, aread_error_body, keep_key_home, status_error, unfollowed_redirect
from h2ogpte_ext._health import RAW_EXTENSION
from h2ogpte_ext._requester import AsyncRequester
from h2ogpte_ext._retry import (
    AsyncClientTransport,
    AsyncEnvironmentTransport,
    AsyncRetryTransport,
    AsyncSafeClient,
    check_http_object,
)


async def raise_for_status(response: httpx.Response) -> None:
    """The response hook: every 4xx/5xx raises our error, with the server's message (a capped body), and so
    does a redirect that is not to be followed (`unfollowed_redirect`), before httpx follows it."""
    if response.status_code >= 400 and not response.request.extensions.get(RAW_EXTENSION):
        raise status_error(response, await aread_error_body(response))
    refused = unfollowed_redirect(response)
    if refused is not None:
        raise refused


class AsyncH2OGPTE(
    AsyncAgentsMixin,
    AsyncChatMixin,
    AsyncDocumentsMixin,
    AsyncHealthMixin,
    AsyncIngestMixin,
    AsyncTemporaryMixin,
    Common,
):
    """An h2oGPTe client: every operation of the spec as `client.<tag>.<operation_id>(...)`, and the workflow
    helpers (`upload_and_ingest`, `ask`, `run_agent`, `wait_for_job`, ...) as its methods.

        with H2OGPTE() as client:        # H2OGPTE_ADDRESS and H2OGPTE_API_KEY from the environment
            collection = client.collections.create_collection(name="reports", description="Q3")
            for collection in client.collections.iter_collections():
                print(collection.name)

    `H2OGPTE` is the sync client; `AsyncH2OGPTE` is the same with `await`, `async for` and `async with`.
    `client.api` is the generated low-level client on the same connection pool, retries and errors.

    Settings: `address`, `api_key` (else H2OGPTE_ADDRESS, H2OGPTE_API_KEY), `timeout` (seconds or an
    `httpx.Timeout`, never unbounded), `max_retries`, `verify`, `retry_post`, `trust_env` (proxies and CA
    bundles from the environment), and how requests travel: `http_client=` (your own httpx client, sent
    through as is) or `transport=` (an httpx transport under our retries and errors; for many concurrent
    async calls, `httpx_aiohttp.AiohttpTransport()` from the `aiohttp` extra costs far less CPU).
    """

    def __init__(
        self,
        *,
        address: str | None = None,
        api_key: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify: Verify = True,
        retry_post: bool = False,
        trust_env: bool = True,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        options = resolve(
            address=address,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            verify=verify,
            retry_post=retry_post,
            trust_env=trust_env,
        )
        if http_client is not None and transport is not None:
            raise H2OGPTEError("pass http_client= (sent through as is) or transport= (used by ours), not both")
        inner: httpx.AsyncBaseTransport
        if http_client is not None:
            check_http_object("http_client", http_client, httpx.AsyncClient)  # now, not at the first call
            inner = AsyncClientTransport(http_client)
        elif transport is not None:
            check_http_object("transport", transport, httpx.AsyncBaseTransport)
            inner = transport  # e.g. httpx_aiohttp.AiohttpTransport(): aiohttp's I/O under our retries and errors
        else:
            # Proxies and CA bundles come from the environment as httpx's own clients take them (trust_env).
            inner = AsyncEnvironmentTransport(verify=options.verify, trust_env=options.trust_env)
        self._setup(options, inner, owns_inner=http_client is None)

    def _connect(self, options: ClientOptions, inner: Any, *, owns_inner: bool) -> None:
        transport = AsyncRetryTransport(
            inner, max_retries=options.max_retries, retry_post=options.retry_post, owns_inner=owns_inner
        )
        self._http = AsyncSafeClient(
            transport=transport,
            event_hooks={"request": [self._keep_key_home], "response": [raise_for_status]},
            **http_settings(options),
        )
        self.api.set_async_httpx_client(self._http)
        self._requester = AsyncRequester(self._http)

    async def _keep_key_home(self, request: httpx.Request) -> None:
        """The request hook, run for each request and each redirect followed: the API key goes only to the
        client's own origin."""
        keep_key_home(request, httpx.URL(self._options.address))

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
