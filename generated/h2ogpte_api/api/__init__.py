"""The resource layer: `client.<tag>.<operation_id>(...)`, one class per tag, sync and async.

Each tag's package (`h2ogpte_api.api.<tag>`) holds its resource classes (e.g. `Collections` and
`AsyncCollections`, and their `with_raw_response` forms), loaded on first use. A resource sends through a
`Requester` (or `AsyncRequester`): the object that owns the HTTP client, its retries and its errors.
`Resources` and `AsyncResources` give a client one lazily built attribute per tag.

Every method is the same few lines: it calls its operation's module (`h2ogpte_api.api.<tag>.<operation_id>`),
whose `build_request(...)` gives the httpx arguments of the call (a JSON object body given as keyword
arguments is built by its `build_body`) and whose `parse(response)` reads the documented success answer;
the requester's `send` does the rest. A resource's `with_raw_response` form runs the same methods through a
requester whose `send` is `send_raw` (`raw_response`).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Iterator,
    Mapping,
)
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar, cast

import attrs
import httpx

from ..types import UNSET, Response, Unset, strict_enums

if TYPE_CHECKING:
    from .admin_sessions import AdminSessions, AsyncAdminSessions
    from .agents import Agents, AsyncAgents
    from .api_keys import ApiKeys, AsyncApiKeys
    from .chat import AsyncChat, Chat
    from .collections import AsyncCollections, Collections
    from .configurations import AsyncConfigurations, Configurations
    from .document_ingestion import AsyncDocumentIngestion, DocumentIngestion
    from .documents import AsyncDocuments, Documents
    from .extractors import AsyncExtractors, Extractors
    from .graph_rag import AsyncGraphRag, GraphRag
    from .guardrails import AsyncGuardrails, Guardrails
    from .jobs import AsyncJobs, Jobs
    from .llm_registry import AsyncLlmRegistry, LlmRegistry
    from .memory_blocks import AsyncMemoryBlocks, MemoryBlocks
    from .models import AsyncModels, Models
    from .permissions import AsyncPermissions, Permissions
    from .prompt_templates import AsyncPromptTemplates, PromptTemplates
    from .secrets import AsyncSecrets, Secrets
    from .shared_chats import AsyncSharedChats, SharedChats
    from .showcase import AsyncShowcase, Showcase
    from .system import AsyncSystem, System
    from .tags import AsyncTags, Tags

T = TypeVar("T")
P = ParamSpec("P")
M = TypeVar("M", bound="Model")


class Model(Protocol):
    """A generated attrs model."""

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...


class Requester(Protocol):
    """Sends a request built by an operation module (`build_request`) and reads the answer with its `parse`."""

    def send(
        self,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        timeout: float | httpx.Timeout | Unset,
        max_retries: int | Unset,
    ) -> T: ...

    def send_raw(
        self,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        timeout: float | httpx.Timeout | Unset,
        max_retries: int | Unset,
    ) -> Response[T]: ...

    def paginate(
        self, fetch: Callable[[int, int], list[T]], page_size: int
    ) -> Iterator[T]: ...


class AsyncRequester(Protocol):
    """The async twin of `Requester`."""

    async def send(
        self,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        timeout: float | httpx.Timeout | Unset,
        max_retries: int | Unset,
    ) -> T: ...

    async def send_raw(
        self,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        timeout: float | httpx.Timeout | Unset,
        max_retries: int | Unset,
    ) -> Response[T]: ...

    def paginate(
        self, fetch: Callable[[int, int], Awaitable[list[T]]], page_size: int
    ) -> AsyncIterator[T]: ...


class SyncResource:
    """The operations of one tag, sent through a `Requester`."""

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = requester


class AsyncResource:
    """The operations of one tag, sent through an `AsyncRequester`."""

    __slots__ = ("_requester",)

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester


class RawRequester:
    """What a `with_raw_response` form sends through: a requester whose `send` is another's `send_raw`."""

    __slots__ = ("send",)

    def __init__(self, requester: Requester | AsyncRequester) -> None:
        self.send = requester.send_raw


class SyncRawResource:
    """A resource's `with_raw_response` form: its methods (see `raw_response`), each answering the whole
    `Response` (status_code, headers, parsed)."""

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = RawRequester(requester)


class AsyncRawResource:
    """The async twin of `SyncRawResource`."""

    __slots__ = ("_requester",)

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = RawRequester(requester)


def raw_response(
    method: Callable[Concatenate[Any, P], T],
) -> Callable[Concatenate[Any, P], Response[T]]:
    """A resource's `method` as a method of its `with_raw_response` form (a `SyncRawResource`).

    The function itself: the same request and the same `parse`, sent through the raw form's `_requester`, whose
    `send` is `send_raw`, so it answers the whole `Response`. Only its type changes: a type checker sees the
    parameters of `method`, overloads included, and `Response[...]` as what it returns (at run time its
    annotations and docstring stay the resource's). A resource method uses nothing of `self` but `_requester`.
    """
    return cast("Callable[Concatenate[Any, P], Response[T]]", method)


def async_raw_response(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, T]],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, Response[T]]]:
    """The async twin of `raw_response`, for an `AsyncRawResource`."""
    return cast(
        "Callable[Concatenate[Any, P], Coroutine[Any, Any, Response[T]]]", method
    )


@functools.cache
def _required_fields(model: type[Any]) -> tuple[str, ...]:
    return tuple(
        a.name for a in attrs.fields(model) if a.init and a.default is attrs.NOTHING
    )


def _as_json(value: Any) -> Any:
    """A keyword argument's value as JSON: models, timestamps and their lists and mappings converted."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_as_json(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _as_json(item) for key, item in value.items()}
    return value


def make_body(
    model: type[M],
    given: M | Mapping[str, Any] | Unset,
    fields: dict[str, Any],
    operation: str,
    *,
    as_json: bool,
) -> M:
    """The request body: `given` (a model or a JSON object), or a model built from the keyword arguments.

    With `as_json`, `fields` is keyed by the JSON names and goes through `model.from_dict` (so a nested
    object may be a model or a mapping, and enum values are checked); else by attribute names, as is.
    """
    built = make_optional_body(model, given, fields, operation, as_json=as_json)
    if isinstance(built, Unset):
        required = _required_fields(model)
        if required:
            raise TypeError(
                f"{operation}() missing required argument(s): {', '.join(required)} (or pass body=)"
            )
        return model()
    return built


def make_optional_body(
    model: type[M],
    given: M | Mapping[str, Any] | Unset,
    fields: dict[str, Any],
    operation: str,
    *,
    as_json: bool,
) -> M | Unset:
    """Like `make_body`, for an operation whose body may be left out (UNSET when nothing was given)."""
    values = {name: value for name, value in fields.items() if value is not UNSET}
    if not isinstance(given, Unset):
        if values:
            raise TypeError(
                f"{operation}(): pass body= or the body's fields ({', '.join(values)}), not both"
            )
        if isinstance(given, model):
            return given
        if not isinstance(given, Mapping):
            raise TypeError(
                f"{operation}(): body must be a {model.__name__} or a mapping, not {type(given).__name__}"
            )
        values, as_json = dict(given), True
    elif not values:
        return UNSET
    if not as_json:
        missing = [name for name in _required_fields(model) if name not in values]
        if missing:
            raise TypeError(
                f"{operation}() missing required argument(s): {', '.join(missing)} (or pass body=)"
            )
        return model(**values)
    try:
        # What the caller gives: a plain string an enum does not list is a mistake, refused before sending (an
        # UnknownEnumValue is sent as it is: a value the server knows and the spec does not).
        with strict_enums():
            return model.from_dict(_as_json(values))
    except KeyError as error:
        raise TypeError(
            f"{operation}() missing required argument: {error.args[0]} (or pass body=)"
        ) from None
    except (TypeError, ValueError, AttributeError) as error:
        raise TypeError(f"{operation}(): {error}") from None


class Resources:
    """One attribute per tag of the spec, each built on first use: `client.collections.get_collection(...)`."""

    _requester: Requester

    @functools.cached_property
    def admin_sessions(self) -> AdminSessions:
        """The operations tagged admin_sessions (see api.md)."""
        from .admin_sessions import AdminSessions

        return AdminSessions(self._requester)

    @functools.cached_property
    def agents(self) -> Agents:
        """The operations tagged agents (see api.md)."""
        from .agents import Agents

        return Agents(self._requester)

    @functools.cached_property
    def api_keys(self) -> ApiKeys:
        """The operations tagged api_keys (see api.md)."""
        from .api_keys import ApiKeys

        return ApiKeys(self._requester)

    @functools.cached_property
    def chat(self) -> Chat:
        """The operations tagged chat (see api.md)."""
        from .chat import Chat

        return Chat(self._requester)

    @functools.cached_property
    def collections(self) -> Collections:
        """The operations tagged collections (see api.md)."""
        from .collections import Collections

        return Collections(self._requester)

    @functools.cached_property
    def configurations(self) -> Configurations:
        """The operations tagged configurations (see api.md)."""
        from .configurations import Configurations

        return Configurations(self._requester)

    @functools.cached_property
    def document_ingestion(self) -> DocumentIngestion:
        """The operations tagged document_ingestion (see api.md)."""
        from .document_ingestion import DocumentIngestion

        return DocumentIngestion(self._requester)

    @functools.cached_property
    def documents(self) -> Documents:
        """The operations tagged documents (see api.md)."""
        from .documents import Documents

        return Documents(self._requester)

    @functools.cached_property
    def extractors(self) -> Extractors:
        """The operations tagged extractors (see api.md)."""
        from .extractors import Extractors

        return Extractors(self._requester)

    @functools.cached_property
    def graph_rag(self) -> GraphRag:
        """The operations tagged graph_rag (see api.md)."""
        from .graph_rag import GraphRag

        return GraphRag(self._requester)

    @functools.cached_property
    def guardrails(self) -> Guardrails:
        """The operations tagged guardrails (see api.md)."""
        from .guardrails import Guardrails

        return Guardrails(self._requester)

    @functools.cached_property
    def jobs(self) -> Jobs:
        """The operations tagged jobs (see api.md)."""
        from .jobs import Jobs

        return Jobs(self._requester)

    @functools.cached_property
    def llm_registry(self) -> LlmRegistry:
        """The operations tagged llm_registry (see api.md)."""
        from .llm_registry import LlmRegistry

        return LlmRegistry(self._requester)

    @functools.cached_property
    def memory_blocks(self) -> MemoryBlocks:
        """The operations tagged memory_blocks (see api.md)."""
        from .memory_blocks import MemoryBlocks

        return MemoryBlocks(self._requester)

    @functools.cached_property
    def models(self) -> Models:
        """The operations tagged models (see api.md)."""
        from .models import Models

        return Models(self._requester)

    @functools.cached_property
    def permissions(self) -> Permissions:
        """The operations tagged permissions (see api.md)."""
        from .permissions import Permissions

        return Permissions(self._requester)

    @functools.cached_property
    def prompt_templates(self) -> PromptTemplates:
        """The operations tagged prompt_templates (see api.md)."""
        from .prompt_templates import PromptTemplates

        return PromptTemplates(self._requester)

    @functools.cached_property
    def secrets(self) -> Secrets:
        """The operations tagged secrets (see api.md)."""
        from .secrets import Secrets

        return Secrets(self._requester)

    @functools.cached_property
    def shared_chats(self) -> SharedChats:
        """The operations tagged shared_chats (see api.md)."""
        from .shared_chats import SharedChats

        return SharedChats(self._requester)

    @functools.cached_property
    def showcase(self) -> Showcase:
        """The operations tagged showcase (see api.md)."""
        from .showcase import Showcase

        return Showcase(self._requester)

    @functools.cached_property
    def system(self) -> System:
        """The operations tagged system (see api.md)."""
        from .system import System

        return System(self._requester)

    @functools.cached_property
    def tags(self) -> Tags:
        """The operations tagged tags (see api.md)."""
        from .tags import Tags

        return Tags(self._requester)


class AsyncResources:
    """The async twin of `Resources`: `await client.collections.get_collection(...)`."""

    _requester: AsyncRequester

    @functools.cached_property
    def admin_sessions(self) -> AsyncAdminSessions:
        """The operations tagged admin_sessions (see api.md)."""
        from .admin_sessions import AsyncAdminSessions

        return AsyncAdminSessions(self._requester)

    @functools.cached_property
    def agents(self) -> AsyncAgents:
        """The operations tagged agents (see api.md)."""
        from .agents import AsyncAgents

        return AsyncAgents(self._requester)

    @functools.cached_property
    def api_keys(self) -> AsyncApiKeys:
        """The operations tagged api_keys (see api.md)."""
        from .api_keys import AsyncApiKeys

        return AsyncApiKeys(self._requester)

    @functools.cached_property
    def chat(self) -> AsyncChat:
        """The operations tagged chat (see api.md)."""
        from .chat import AsyncChat

        return AsyncChat(self._requester)

    @functools.cached_property
    def collections(self) -> AsyncCollections:
        """The operations tagged collections (see api.md)."""
        from .collections import AsyncCollections

        return AsyncCollections(self._requester)

    @functools.cached_property
    def configurations(self) -> AsyncConfigurations:
        """The operations tagged configurations (see api.md)."""
        from .configurations import AsyncConfigurations

        return AsyncConfigurations(self._requester)

    @functools.cached_property
    def document_ingestion(self) -> AsyncDocumentIngestion:
        """The operations tagged document_ingestion (see api.md)."""
        from .document_ingestion import AsyncDocumentIngestion

        return AsyncDocumentIngestion(self._requester)

    @functools.cached_property
    def documents(self) -> AsyncDocuments:
        """The operations tagged documents (see api.md)."""
        from .documents import AsyncDocuments

        return AsyncDocuments(self._requester)

    @functools.cached_property
    def extractors(self) -> AsyncExtractors:
        """The operations tagged extractors (see api.md)."""
        from .extractors import AsyncExtractors

        return AsyncExtractors(self._requester)

    @functools.cached_property
    def graph_rag(self) -> AsyncGraphRag:
        """The operations tagged graph_rag (see api.md)."""
        from .graph_rag import AsyncGraphRag

        return AsyncGraphRag(self._requester)

    @functools.cached_property
    def guardrails(self) -> AsyncGuardrails:
        """The operations tagged guardrails (see api.md)."""
        from .guardrails import AsyncGuardrails

        return AsyncGuardrails(self._requester)

    @functools.cached_property
    def jobs(self) -> AsyncJobs:
        """The operations tagged jobs (see api.md)."""
        from .jobs import AsyncJobs

        return AsyncJobs(self._requester)

    @functools.cached_property
    def llm_registry(self) -> AsyncLlmRegistry:
        """The operations tagged llm_registry (see api.md)."""
        from .llm_registry import AsyncLlmRegistry

        return AsyncLlmRegistry(self._requester)

    @functools.cached_property
    def memory_blocks(self) -> AsyncMemoryBlocks:
        """The operations tagged memory_blocks (see api.md)."""
        from .memory_blocks import AsyncMemoryBlocks

        return AsyncMemoryBlocks(self._requester)

    @functools.cached_property
    def models(self) -> AsyncModels:
        """The operations tagged models (see api.md)."""
        from .models import AsyncModels

        return AsyncModels(self._requester)

    @functools.cached_property
    def permissions(self) -> AsyncPermissions:
        """The operations tagged permissions (see api.md)."""
        from .permissions import AsyncPermissions

        return AsyncPermissions(self._requester)

    @functools.cached_property
    def prompt_templates(self) -> AsyncPromptTemplates:
        """The operations tagged prompt_templates (see api.md)."""
        from .prompt_templates import AsyncPromptTemplates

        return AsyncPromptTemplates(self._requester)

    @functools.cached_property
    def secrets(self) -> AsyncSecrets:
        """The operations tagged secrets (see api.md)."""
        from .secrets import AsyncSecrets

        return AsyncSecrets(self._requester)

    @functools.cached_property
    def shared_chats(self) -> AsyncSharedChats:
        """The operations tagged shared_chats (see api.md)."""
        from .shared_chats import AsyncSharedChats

        return AsyncSharedChats(self._requester)

    @functools.cached_property
    def showcase(self) -> AsyncShowcase:
        """The operations tagged showcase (see api.md)."""
        from .showcase import AsyncShowcase

        return AsyncShowcase(self._requester)

    @functools.cached_property
    def system(self) -> AsyncSystem:
        """The operations tagged system (see api.md)."""
        from .system import AsyncSystem

        return AsyncSystem(self._requester)

    @functools.cached_property
    def tags(self) -> AsyncTags:
        """The operations tagged tags (see api.md)."""
        from .tags import AsyncTags

        return AsyncTags(self._requester)
