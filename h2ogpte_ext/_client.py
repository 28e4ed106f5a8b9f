"""`H2OGPTE` and `AsyncH2OGPTE`: one pooled httpx client each, shared with the generated layer as `.api`."""

from __future__ import annotations

import inspect
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any, Literal

if sys.version_info >= (3, 11):
    from typing import Self
else:
    from typing_extensions import Self

import httpx
from attrs import evolve
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api.chat import (
    get_chat_session_messages,
    get_completion,
    list_chat_sessions,
)
from h2ogpte_api.api.collections import (
    list_collections,
    list_documents_for_collection,
)
from h2ogpte_api.models import (
    ChatCompletion,
    ChatCompletionRequest,
    ChatMessage,
    ChatSession,
    Collection,
    Document,
)

from h2ogpte_ext import _agents
from h2ogpte_ext._agents import Accuracy, AgentRun, AgentType, AsyncAgentRun
from h2ogpte_ext._async.chat import AsyncChatMixin
from h2ogpte_ext._async.documents import AsyncDocumentsMixin
from h2ogpte_ext._async.ingest import AsyncIngestMixin
from h2ogpte_ext._async.temporary import AsyncTemporaryMixin
from h2ogpte_ext._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    TimeoutLike,
    Verify,
    resolve,
    to_timeout,
)
from h2ogpte_ext._errors import (
    APIConnectionError,
    H2OGPTEError,
    aread_error_body,
    read_error_body,
    status_error,
)
from h2ogpte_ext._flow import aiterate, arun, iterate, paginate, run
from h2ogpte_ext._health import DEFAULT_PROBE_TIMEOUT, PROBE_EXTENSIONS, RAW_EXTENSION, Health, probe_urls
from h2ogpte_ext._jsonl import (
    MAX_LINE_BYTES,
    AsyncCompletionStream,
    CompletionDelta,
    CompletionStream,
    completion_request,
)
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
from h2ogpte_ext._sync.chat import ChatMixin
from h2ogpte_ext._sync.documents import DocumentsMixin
from h2ogpte_ext._sync.ingest import IngestMixin
from h2ogpte_ext._sync.temporary import TemporaryMixin
from h2ogpte_ext._version import __version__

_UNCHANGED: Any = object()


def _raise_for_status(response: httpx.Response) -> None:
    if response.status_code >= 400 and not response.request.extensions.get(RAW_EXTENSION):
        raise status_error(response, read_error_body(response))


async def _araise_for_status(response: httpx.Response) -> None:
    if response.status_code >= 400 and not response.request.extensions.get(RAW_EXTENSION):
        raise status_error(response, await aread_error_body(response))


def _agent_timeout(timeout: float) -> httpx.Timeout:
    """Reading a non-streamed agent answer may take as long as the agent is allowed to run, and a bit."""
    return httpx.Timeout(timeout + 60.0, connect=5.0)


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


AgentOptions = dict[str, Any]
AGENT_DEFAULTS: AgentOptions = {
    "accuracy": "standard",
    "tools": "auto",
    "max_turns": "auto",
    "agent_type": "auto",
    "timeout": 3600,
    "llm": "auto",
}


def _agent_options(options: dict[str, Any]) -> AgentOptions:
    """The agent settings, defaults filled in; anything else is an `llm_args` entry, passed through."""
    return {
        **AGENT_DEFAULTS,
        **{k: v for k, v in options.items() if k in AGENT_DEFAULTS},
        "llm_args": {k: v for k, v in options.items() if k not in AGENT_DEFAULTS},
    }


def _agent_request(
    prompt: str, collection_id: str | None, stream: bool, options: AgentOptions
) -> ChatCompletionRequest:
    return _agents.completion_request(prompt, collection=collection_id is not None, stream=stream, **options)


class AgentStream(CompletionStream):
    """A streamed agent run: iterate it for deltas, then `result()` gives the `AgentRun` (files, usage)."""

    def result(self) -> AgentRun:
        if self.message_id is None:
            raise H2OGPTEError("the agent run has not finished: iterate the stream to its end first")
        fields = run(_agents.finished_run(self.session_id, self.message_id, self.text), self._client.api)
        return AgentRun(**fields, api=self._client.api)


class AsyncAgentStream(AsyncCompletionStream):
    """The async twin of `AgentStream`: `async for delta in stream`, then `await stream.result()`."""

    async def result(self) -> AsyncAgentRun:
        if self.message_id is None:
            raise H2OGPTEError("the agent run has not finished: iterate the stream to its end first")
        fields = await arun(_agents.finished_run(self.session_id, self.message_id, self.text), self._client.api)
        return AsyncAgentRun(**fields, api=self._client.api)


class H2OGPTE(ChatMixin, DocumentsMixin, IngestMixin, TemporaryMixin, _Common):
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

    def stream_completion(
        self, session_id: str, message: str, *, max_line_bytes: int = MAX_LINE_BYTES, **options: Any
    ) -> CompletionStream:
        """Ask `message` in a chat session and stream the answer (keyword options as in ChatCompletionRequest).

        with client.stream_completion(session_id, "Summarise the report") as stream:
            for delta in stream:
                print(delta.body, end="")

        A line of the stream longer than `max_line_bytes` (16 MiB) is a `StreamError`.
        """
        request = completion_request({"message": message, **options}, stream=True)
        opened = get_completion.stream(session_id, client=self.api, body=request)
        return CompletionStream(self, session_id, opened, max_line_bytes=max_line_bytes)

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

    # --- workflows ---------------------------------------------------------------------------------------

    def health(self, *, timeout: float = DEFAULT_PROBE_TIMEOUT) -> Health:
        """Readiness and liveness (`/rpc/health/*`), each answered within `timeout` seconds.

        A 503, a refused API key (a probe answering 401/403: `authorized` is False) or no answer at all
        (`error`) is reported in the result, never raised; `health().ok` means both probes answered 200.
        """
        probe = to_timeout(timeout)
        codes: list[int] = []
        for url in probe_urls(self.address):
            try:
                response = self._http.get(url, extensions=PROBE_EXTENSIONS, timeout=probe)
            except APIConnectionError as error:
                return Health(None, None, str(error))
            response.close()
            codes.append(response.status_code)
        return Health(codes[0], codes[1])

    def run_agent(
        self,
        prompt: str,
        *,
        session_id: str | None = None,
        collection_id: str | None = None,
        accuracy: Accuracy = "standard",
        tools: str | list[str] = "auto",
        max_turns: int | Literal["auto"] = "auto",
        agent_type: AgentType = "auto",
        timeout: float = 3600,
        llm: str = "auto",
        stream: bool = False,
        on_delta: Callable[[CompletionDelta], object] | None = None,
        **llm_args: Any,
    ) -> AgentRun:
        """Run the agent on `prompt` and return its answer, files and usage.

            run = client.run_agent("Save the totals as 'totals.csv'", accuracy="quick")
            client.download_agent_files(run, "out/")

        A new chat session is made unless `session_id` is given (with `collection_id` for RAG).
        `timeout` is the agent's total budget in seconds (`agent_total_timeout`); other `llm_args`
        (`temperature`, `max_new_tokens`, `agent_stream_files`, ...) pass through. With `stream=True` or
        an `on_delta` callback the answer is streamed, `on_delta` called with each `CompletionDelta`.
        """
        options = _agent_options(
            {"accuracy": accuracy, "tools": tools, "max_turns": max_turns, "agent_type": agent_type}
            | {"timeout": timeout, "llm": llm, **llm_args}
        )
        session = run(_agents.session_for(session_id, collection_id), self.api)
        if stream or on_delta is not None:
            with self._agent_stream(prompt, session, collection_id, options) as agent_stream:
                for delta in agent_stream:
                    if on_delta is not None:
                        on_delta(delta)
            return agent_stream.result()
        request = _agent_request(prompt, collection_id, False, options)
        patient = self.with_options(timeout=_agent_timeout(timeout))
        answer = get_completion.sync(session, client=patient.api, body=request)
        assert isinstance(answer, ChatCompletion)
        fields = run(_agents.finished_run(session, answer.message_id, answer.body), self.api)
        return AgentRun(**fields, api=self.api)

    def stream_agent(
        self, prompt: str, *, session_id: str | None = None, collection_id: str | None = None, **options: Any
    ) -> AgentStream:
        """Like `run_agent(stream=True)`, as an iterator of deltas; `stream.result()` then gives the `AgentRun`."""
        session = run(_agents.session_for(session_id, collection_id), self.api)
        return self._agent_stream(prompt, session, collection_id, _agent_options(options))

    def _agent_stream(self, prompt: str, session: str, collection_id: str | None, options: AgentOptions) -> AgentStream:
        request = _agent_request(prompt, collection_id, True, options)
        return AgentStream(self, session, get_completion.stream(session, client=self.api, body=request))


class AsyncH2OGPTE(AsyncChatMixin, AsyncDocumentsMixin, AsyncIngestMixin, AsyncTemporaryMixin, _Common):
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

    async def stream_completion(
        self, session_id: str, message: str, *, max_line_bytes: int = MAX_LINE_BYTES, **options: Any
    ) -> AsyncCompletionStream:
        """Ask `message` and stream the answer: `async with await client.stream_completion(...) as stream`."""
        request = completion_request({"message": message, **options}, stream=True)
        opened = get_completion.astream(session_id, client=self.api, body=request)
        stream = AsyncCompletionStream(self, session_id, opened, max_line_bytes=max_line_bytes)
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

    # --- workflows ---------------------------------------------------------------------------------------

    async def health(self, *, timeout: float = DEFAULT_PROBE_TIMEOUT) -> Health:
        """See `H2OGPTE.health`."""
        probe = to_timeout(timeout)
        codes: list[int] = []
        for url in probe_urls(self.address):
            try:
                response = await self._http.get(url, extensions=PROBE_EXTENSIONS, timeout=probe)
            except APIConnectionError as error:
                return Health(None, None, str(error))
            await response.aclose()
            codes.append(response.status_code)
        return Health(codes[0], codes[1])

    async def run_agent(
        self,
        prompt: str,
        *,
        session_id: str | None = None,
        collection_id: str | None = None,
        accuracy: Accuracy = "standard",
        tools: str | list[str] = "auto",
        max_turns: int | Literal["auto"] = "auto",
        agent_type: AgentType = "auto",
        timeout: float = 3600,
        llm: str = "auto",
        stream: bool = False,
        on_delta: Callable[[CompletionDelta], object] | None = None,
        **llm_args: Any,
    ) -> AsyncAgentRun:
        """See `H2OGPTE.run_agent`; `on_delta` may be a plain function or return an awaitable."""
        options = _agent_options(
            {"accuracy": accuracy, "tools": tools, "max_turns": max_turns, "agent_type": agent_type}
            | {"timeout": timeout, "llm": llm, **llm_args}
        )
        session = await arun(_agents.session_for(session_id, collection_id), self.api)
        if stream or on_delta is not None:
            agent_stream = await self._agent_stream(prompt, session, collection_id, options)
            async with agent_stream:
                async for delta in agent_stream:
                    if on_delta is not None and inspect.isawaitable(outcome := on_delta(delta)):
                        await outcome
            return await agent_stream.result()
        request = _agent_request(prompt, collection_id, False, options)
        patient = self.with_options(timeout=_agent_timeout(timeout))
        answer = await get_completion.asyncio(session, client=patient.api, body=request)
        assert isinstance(answer, ChatCompletion)
        fields = await arun(_agents.finished_run(session, answer.message_id, answer.body), self.api)
        return AsyncAgentRun(**fields, api=self.api)

    async def stream_agent(
        self, prompt: str, *, session_id: str | None = None, collection_id: str | None = None, **options: Any
    ) -> AsyncAgentStream:
        """See `H2OGPTE.stream_agent`: `async with await client.stream_agent(...) as stream`."""
        session = await arun(_agents.session_for(session_id, collection_id), self.api)
        return await self._agent_stream(prompt, session, collection_id, _agent_options(options))

    async def _agent_stream(
        self, prompt: str, session: str, collection_id: str | None, options: AgentOptions
    ) -> AsyncAgentStream:
        request = _agent_request(prompt, collection_id, True, options)
        agent_stream = AsyncAgentStream(self, session, get_completion.astream(session, client=self.api, body=request))
        await agent_stream.__aenter__()
        return agent_stream
