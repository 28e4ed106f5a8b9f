"""`H2OGPTE` and `AsyncH2OGPTE`: settings and transport.

Each client is one pooled httpx client (retries as a transport, errors from one response hook), shared by
the generated resource layer (`client.<tag>.<operation>()`) and the low-level `client.api`. The workflow
helpers are mixins, one per concern, written once in `h2ogpte_ext._async` with sync twins in `_sync`.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING, Any

if sys.version_info >= (3, 11):
    from typing import Self
else:
    from typing_extensions import Self

import httpx
from attrs import evolve
from h2ogpte_api import AuthenticatedClient

from h2ogpte_ext._async.agents import AsyncAgentsMixin
from h2ogpte_ext._async.chat import AsyncChatMixin
from h2ogpte_ext._async.documents import AsyncDocumentsMixin
from h2ogpte_ext._async.health import AsyncHealthMixin
from h2ogpte_ext._async.ingest import AsyncIngestMixin
from h2ogpte_ext._async.temporary import AsyncTemporaryMixin
from h2ogpte_ext._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    TimeoutLike,
    Verify,
    resolve,
)
from h2ogpte_ext._errors import aread_error_body, read_error_body, status_error
from h2ogpte_ext._health import RAW_EXTENSION
from h2ogpte_ext._openai import async_client as _async_openai
from h2ogpte_ext._openai import sync_client as _sync_openai
from h2ogpte_ext._requester import AsyncRequester, Requester, validation_error
from h2ogpte_ext._retry import (
    AsyncClientTransport,
    AsyncEnvironmentTransport,
    AsyncRetryTransport,
    AsyncSafeClient,
    ClientTransport,
    EnvironmentTransport,
    RetryTransport,
    SafeClient,
)
from h2ogpte_ext._sync.agents import AgentsMixin
from h2ogpte_ext._sync.chat import ChatMixin
from h2ogpte_ext._sync.documents import DocumentsMixin
from h2ogpte_ext._sync.health import HealthMixin
from h2ogpte_ext._sync.ingest import IngestMixin
from h2ogpte_ext._sync.temporary import TemporaryMixin
from h2ogpte_ext._version import __version__

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI

_UNCHANGED: Any = object()


def _raise_for_status(response: httpx.Response) -> None:
    if response.status_code >= 400 and not response.request.extensions.get(RAW_EXTENSION):
        raise status_error(response, read_error_body(response))


async def _araise_for_status(response: httpx.Response) -> None:
    if response.status_code >= 400 and not response.request.extensions.get(RAW_EXTENSION):
        raise status_error(response, await aread_error_body(response))


def _http_settings(options: ClientOptions) -> dict[str, Any]:
    return {
        "base_url": options.api_url,
        "headers": {"Authorization": f"Bearer {options.api_key}", "User-Agent": f"h2ogpte-ext/{__version__}"},
        "timeout": options.timeout,
        # httpx drops Authorization when a redirect leaves the origin.
        "follow_redirects": True,
    }


def _generated_client(options: ClientOptions) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=options.api_url,
        token=options.api_key,
        timeout=options.timeout,
        verify_ssl=options.verify,
        # A success answer that does not parse, or an undocumented status, raises APIResponseValidationError.
        raise_on_unexpected_status=True,
        response_error=validation_error,
    )


class _Common:
    _options: ClientOptions
    api: AuthenticatedClient

    @property
    def address(self) -> str:
        return self._options.address

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(address={self._options.address!r}, max_retries={self._options.max_retries})"

    def _evolved(self, timeout: Any, max_retries: Any, retry_post: Any) -> ClientOptions:
        changes: dict[str, Any] = {}
        if timeout is not _UNCHANGED:
            changes["timeout"] = timeout
        if max_retries is not _UNCHANGED:
            changes["max_retries"] = max_retries
        if retry_post is not _UNCHANGED:
            changes["retry_post"] = retry_post
        current = self._options
        merged = evolve(current, **changes)
        # Validate the changed values exactly as the constructor does.
        return resolve(
            address=merged.address,
            api_key=merged.api_key,
            timeout=merged.timeout,
            max_retries=merged.max_retries,
            verify=merged.verify,
            retry_post=merged.retry_post,
            trust_env=merged.trust_env,
        )

    # The transport-specific part: the sync and async clients each wire httpx their own way.
    def _connect(self, options: ClientOptions, inner: Any, *, owns_inner: bool) -> None:
        raise NotImplementedError

    def _setup(self, options: ClientOptions, inner: Any, *, owns_inner: bool) -> None:
        self._options, self._inner = options, inner
        self.api = _generated_client(options)
        self._connect(options, inner, owns_inner=owns_inner)

    def openai(self, **settings: Any) -> OpenAI:
        """An `openai.OpenAI` client for h2oGPTe's OpenAI-compatible API (`/openai_api/v1`), with this client's
        address, key, timeout and retries; keyword `settings` override them (needs the `openai` extra).

            completion = client.openai().chat.completions.create(model="auto", messages=[...])
        """
        return _sync_openai(self._options, settings)

    def async_openai(self, **settings: Any) -> AsyncOpenAI:
        """Like `openai()`, an `openai.AsyncOpenAI` client."""
        return _async_openai(self._options, settings)

    def with_options(
        self,
        *,
        timeout: TimeoutLike = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        retry_post: bool = _UNCHANGED,
    ) -> Self:
        """A copy with other settings, sharing this client's connection pool (close the original only)."""
        copy = object.__new__(type(self))
        copy._setup(self._evolved(timeout, max_retries, retry_post), self._inner, owns_inner=False)
        return copy


class H2OGPTE(AgentsMixin, ChatMixin, DocumentsMixin, HealthMixin, IngestMixin, TemporaryMixin, _Common):
    """A synchronous h2oGPTe client: every operation of the spec as `client.<tag>.<operation_id>(...)`.

        with H2OGPTE() as client:        # H2OGPTE_ADDRESS and H2OGPTE_API_KEY from the environment
            collection = client.collections.create_collection(name="reports", description="Q3")
            for collection in client.collections.iter_collections():
                print(collection.name)

    The workflow helpers (`upload_and_ingest`, `run_agent`, ...) are methods of the client itself;
    `client.api` is the generated low-level client on the same connection pool, retries and errors.
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
        http_client: httpx.Client | None = None,
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
        # Proxies and CA bundles come from the environment as httpx's own clients take them (trust_env).
        inner = (
            ClientTransport(http_client)
            if http_client is not None
            else EnvironmentTransport(verify=options.verify, trust_env=options.trust_env)
        )
        self._setup(options, inner, owns_inner=http_client is None)

    def _connect(self, options: ClientOptions, inner: httpx.BaseTransport, *, owns_inner: bool) -> None:
        transport = RetryTransport(
            inner, max_retries=options.max_retries, retry_post=options.retry_post, owns_inner=owns_inner
        )
        self._http = SafeClient(
            transport=transport, event_hooks={"response": [_raise_for_status]}, **_http_settings(options)
        )
        self.api.set_httpx_client(self._http)
        self._requester = Requester(self._http)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncH2OGPTE(
    AsyncAgentsMixin,
    AsyncChatMixin,
    AsyncDocumentsMixin,
    AsyncHealthMixin,
    AsyncIngestMixin,
    AsyncTemporaryMixin,
    _Common,
):
    """The asynchronous twin of `H2OGPTE`: the same settings and behaviour, with `await` and `async for`."""

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
        inner = (
            AsyncClientTransport(http_client)
            if http_client is not None
            else AsyncEnvironmentTransport(verify=options.verify, trust_env=options.trust_env)
        )
        self._setup(options, inner, owns_inner=http_client is None)

    def _connect(self, options: ClientOptions, inner: httpx.AsyncBaseTransport, *, owns_inner: bool) -> None:
        transport = AsyncRetryTransport(
            inner, max_retries=options.max_retries, retry_post=options.retry_post, owns_inner=owns_inner
        )
        self._http = AsyncSafeClient(
            transport=transport, event_hooks={"response": [_araise_for_status]}, **_http_settings(options)
        )
        self.api.set_async_httpx_client(self._http)
        self._requester = AsyncRequester(self._http)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
