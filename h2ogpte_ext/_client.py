"""`H2OGPTE` and `AsyncH2OGPTE`: one pooled httpx client each, shared with the generated layer as `.api`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import evolve
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api.chat import get_chat_session_messages, get_completion, list_chat_sessions
from h2ogpte_api.api.collections import list_collections, list_documents_for_collection
from h2ogpte_api.models import ChatCompletionRequest, ChatMessage, ChatSession, Collection, Document

from h2ogpte_ext._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    TimeoutLike,
    Verify,
    resolve,
)
from h2ogpte_ext._errors import status_error
from h2ogpte_ext._flow import aiterate, iterate, paginate
from h2ogpte_ext._jsonl import AsyncCompletionStream, CompletionStream
from h2ogpte_ext._retry import AsyncClientTransport, AsyncRetryTransport, ClientTransport, RetryTransport
from h2ogpte_ext._version import __version__

_UNCHANGED: Any = object()


def _raise_for_status(response: httpx.Response) -> None:
    if response.status_code >= 400:
        response.read()
        raise status_error(response)


async def _araise_for_status(response: httpx.Response) -> None:
    if response.status_code >= 400:
        await response.aread()
        raise status_error(response)


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
        base_url=options.api_url, token=options.api_key, timeout=options.timeout, verify_ssl=options.verify
    )


def _completion_request(message: str, options: dict[str, Any]) -> ChatCompletionRequest:
    request = ChatCompletionRequest.from_dict({"message": message, **options})
    # `stream` is not in the spec's ChatCompletionRequest; it travels as an additional property.
    request["stream"] = True
    return request


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
        )


class H2OGPTE(_Common):
    """A synchronous h2oGPTe client.

        with H2OGPTE() as client:        # H2OGPTE_ADDRESS and H2OGPTE_API_KEY from the environment
            for collection in client.iter_collections():
                print(collection.name)

    `client.api` is the generated client (every operation of the spec) on the same connection pool,
    with the same retries, timeouts and errors.
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
        http_client: httpx.Client | None = None,
    ) -> None:
        options = resolve(
            address=address,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            verify=verify,
            retry_post=retry_post,
        )
        if http_client is not None:
            inner: httpx.BaseTransport = ClientTransport(http_client)
        else:
            inner = httpx.HTTPTransport(verify=options.verify)
        self._setup(options, inner, owns_inner=http_client is None)

    def _setup(self, options: ClientOptions, inner: httpx.BaseTransport, *, owns_inner: bool) -> None:
        self._options, self._inner = options, inner
        transport = RetryTransport(
            inner, max_retries=options.max_retries, retry_post=options.retry_post, owns_inner=owns_inner
        )
        self._http = httpx.Client(
            transport=transport, event_hooks={"response": [_raise_for_status]}, **_http_settings(options)
        )
        self.api = _generated_client(options)
        self.api.set_httpx_client(self._http)

    def with_options(
        self,
        *,
        timeout: TimeoutLike = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        retry_post: bool = _UNCHANGED,
    ) -> H2OGPTE:
        """A copy with other settings, sharing this client's connection pool (close the original only)."""
        copy = object.__new__(H2OGPTE)
        copy._setup(self._evolved(timeout, max_retries, retry_post), self._inner, owns_inner=False)
        return copy

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def stream_completion(self, session_id: str, message: str, **options: Any) -> CompletionStream:
        """Ask `message` in a chat session and stream the answer (keyword options as in ChatCompletionRequest).

        with client.stream_completion(session_id, "Summarise the report") as stream:
            for delta in stream:
                print(delta.body, end="")
        """
        request = _completion_request(message, options)
        return CompletionStream(self, session_id, get_completion.stream(session_id, client=self.api, body=request))

    def iter_collections(self, *, page_size: int = 100, **filters: Any) -> Iterator[Collection]:
        """Every collection, fetched a page at a time (filters as in list_collections)."""
        return iterate(paginate(list_collections, page_size=page_size, **filters), self.api)

    def iter_chat_sessions(self, *, page_size: int = 100) -> Iterator[ChatSession]:
        return iterate(paginate(list_chat_sessions, page_size=page_size), self.api)

    def iter_documents(self, collection_id: str, *, page_size: int = 100, **filters: Any) -> Iterator[Document]:
        return iterate(paginate(list_documents_for_collection, collection_id, page_size=page_size, **filters), self.api)

    def iter_messages(self, session_id: str, *, page_size: int = 100) -> Iterator[ChatMessage]:
        """The messages of a chat session, oldest first (replies have `reply_to`)."""
        return iterate(paginate(get_chat_session_messages, session_id, page_size=page_size), self.api)


class AsyncH2OGPTE(_Common):
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
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        options = resolve(
            address=address,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            verify=verify,
            retry_post=retry_post,
        )
        if http_client is not None:
            inner: httpx.AsyncBaseTransport = AsyncClientTransport(http_client)
        else:
            inner = httpx.AsyncHTTPTransport(verify=options.verify)
        self._setup(options, inner, owns_inner=http_client is None)

    def _setup(self, options: ClientOptions, inner: httpx.AsyncBaseTransport, *, owns_inner: bool) -> None:
        self._options, self._inner = options, inner
        transport = AsyncRetryTransport(
            inner, max_retries=options.max_retries, retry_post=options.retry_post, owns_inner=owns_inner
        )
        self._http = httpx.AsyncClient(
            transport=transport, event_hooks={"response": [_araise_for_status]}, **_http_settings(options)
        )
        self.api = _generated_client(options)
        self.api.set_async_httpx_client(self._http)

    def with_options(
        self,
        *,
        timeout: TimeoutLike = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        retry_post: bool = _UNCHANGED,
    ) -> AsyncH2OGPTE:
        """A copy with other settings, sharing this client's connection pool (close the original only)."""
        copy = object.__new__(AsyncH2OGPTE)
        copy._setup(self._evolved(timeout, max_retries, retry_post), self._inner, owns_inner=False)
        return copy

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def stream_completion(self, session_id: str, message: str, **options: Any) -> AsyncCompletionStream:
        """Ask `message` and stream the answer: `async with await client.stream_completion(...) as stream`."""
        request = _completion_request(message, options)
        stream = AsyncCompletionStream(
            self, session_id, get_completion.astream(session_id, client=self.api, body=request)
        )
        await stream.__aenter__()
        return stream

    def iter_collections(self, *, page_size: int = 100, **filters: Any) -> AsyncIterator[Collection]:
        return aiterate(paginate(list_collections, page_size=page_size, **filters), self.api)

    def iter_chat_sessions(self, *, page_size: int = 100) -> AsyncIterator[ChatSession]:
        return aiterate(paginate(list_chat_sessions, page_size=page_size), self.api)

    def iter_documents(self, collection_id: str, *, page_size: int = 100, **filters: Any) -> AsyncIterator[Document]:
        return aiterate(
            paginate(list_documents_for_collection, collection_id, page_size=page_size, **filters), self.api
        )

    def iter_messages(self, session_id: str, *, page_size: int = 100) -> AsyncIterator[ChatMessage]:
        return aiterate(paginate(get_chat_session_messages, session_id, page_size=page_size), self.api)
