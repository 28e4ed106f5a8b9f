"""h2ogpte-ext: a typed Python SDK for the h2oGPTe REST API.

    from h2ogpte_ext import H2OGPTE

    with H2OGPTE(address="https://h2ogpte.example.com", api_key="sk-...") as client:
        collection = client.collections.create_collection(name="reports", description="Q3")
        for collection in client.collections.iter_collections():
            print(collection.name)

Every operation of the spec is `client.<tag>.<operation_id>(...)` (see api.md); the workflow helpers
(`upload_and_ingest`, `ask`, `run_agent`, `wait_for_job`, ...) are methods of the client. The generated
package is `h2ogpte_api` (its models are in `h2ogpte_api.models`); `client.api` is its low-level client.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from h2ogpte_ext import _httpx_private
from h2ogpte_ext._version import __version__

if TYPE_CHECKING:
    from h2ogpte_api import AuthenticatedClient
    from h2ogpte_api.models import (
        ChatMessageReference,
        ChatSession,
        Collection,
        Document,
        DocumentExtractionResult,
        DocumentSummary,
        JobDetails,
        ModelAnswer,
        ModelExtractionAnswer,
    )
    from h2ogpte_api.types import UNSET, UnknownEnumValue, Unset

    from h2ogpte_ext._async._io import AsyncTokenProvider
    from h2ogpte_ext._async.agents import AsyncAgentRun, AsyncAgentStream
    from h2ogpte_ext._async.chat import AsyncAnswer, AsyncConversation
    from h2ogpte_ext._async.client import AsyncH2OGPTE
    from h2ogpte_ext._async.jobs import AsyncJobRunner
    from h2ogpte_ext._async.streams import AsyncCompletionStream
    from h2ogpte_ext._chat import Accuracy, AgentFile, AgentOptions, AgentType, CompletionDelta, FinishedRun, Reference
    from h2ogpte_ext._config import TimeoutLike, TokenCommand, Verify
    from h2ogpte_ext._errors import (
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        DownloadError,
        H2OGPTEError,
        IngestError,
        InternalServerError,
        JobError,
        NotFoundError,
        NotInSpecError,
        PermissionDeniedError,
        RateLimitError,
        StreamError,
        UnprocessableEntityError,
        UploadError,
    )
    from h2ogpte_ext._files import FileInput, Files, IngestResult, Metadata
    from h2ogpte_ext._health import Health, ServerMeta
    from h2ogpte_ext._jobs import JobResult
    from h2ogpte_ext._needs import (
        AnswerQuestionOptions,
        AzureBlobIngestOptions,
        CompletionOptions,
        ExtractOptions,
        GCSIngestOptions,
        IngestOptions,
        ProcessDocumentOptions,
        S3IngestOptions,
        SummarizeOptions,
        TextIngestOptions,
        WebsiteIngestOptions,
    )
    from h2ogpte_ext._retry import RetryPolicy
    from h2ogpte_ext._sync._io import TokenProvider
    from h2ogpte_ext._sync.agents import AgentRun, AgentStream
    from h2ogpte_ext._sync.chat import Answer, Conversation
    from h2ogpte_ext._sync.client import H2OGPTE
    from h2ogpte_ext._sync.jobs import JobRunner
    from h2ogpte_ext._sync.streams import CompletionStream

# Every public name loads on first use (PEP 562), from the module named here: `import h2ogpte_ext` (and so
# the pytest plugin, which pytest loads in every run) imports neither httpx nor the generated package, and
# sync users never import asyncio. The imports above tell type checkers and IDEs the same names.
_EXPORTS = {
    **dict.fromkeys(["Accuracy", "AgentFile", "AgentOptions", "AgentType", "FinishedRun"], "h2ogpte_ext._chat"),
    **dict.fromkeys(["AsyncAgentRun", "AsyncAgentStream"], "h2ogpte_ext._async.agents"),
    **dict.fromkeys(["AsyncAnswer", "AsyncConversation"], "h2ogpte_ext._async.chat"),
    "AsyncH2OGPTE": "h2ogpte_ext._async.client",
    "AsyncCompletionStream": "h2ogpte_ext._async.streams",
    "AsyncTokenProvider": "h2ogpte_ext._async._io",
    "TokenCommand": "h2ogpte_ext._config",
    "Reference": "h2ogpte_ext._chat",
    **dict.fromkeys(["TimeoutLike", "Verify"], "h2ogpte_ext._config"),
    **dict.fromkeys(
        [
            "APIConnectionError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "DownloadError",
            "H2OGPTEError",
            "IngestError",
            "InternalServerError",
            "JobError",
            "NotFoundError",
            "NotInSpecError",
            "PermissionDeniedError",
            "RateLimitError",
            "StreamError",
            "UnprocessableEntityError",
            "UploadError",
        ],
        "h2ogpte_ext._errors",
    ),
    "Health": "h2ogpte_ext._health",
    **dict.fromkeys(["FileInput", "Files", "IngestResult", "Metadata"], "h2ogpte_ext._files"),
    "JobResult": "h2ogpte_ext._jobs",
    "AsyncJobRunner": "h2ogpte_ext._async.jobs",
    "JobRunner": "h2ogpte_ext._sync.jobs",
    "RetryPolicy": "h2ogpte_ext._retry",
    "CompletionDelta": "h2ogpte_ext._chat",
    "ServerMeta": "h2ogpte_ext._health",
    **dict.fromkeys(
        [
            "AnswerQuestionOptions",
            "AzureBlobIngestOptions",
            "CompletionOptions",
            "ExtractOptions",
            "GCSIngestOptions",
            "IngestOptions",
            "ProcessDocumentOptions",
            "S3IngestOptions",
            "SummarizeOptions",
            "TextIngestOptions",
            "WebsiteIngestOptions",
        ],
        "h2ogpte_ext._needs",
    ),
    "TokenProvider": "h2ogpte_ext._sync._io",
    **dict.fromkeys(["AgentRun", "AgentStream"], "h2ogpte_ext._sync.agents"),
    **dict.fromkeys(["Answer", "Conversation"], "h2ogpte_ext._sync.chat"),
    "H2OGPTE": "h2ogpte_ext._sync.client",
    "CompletionStream": "h2ogpte_ext._sync.streams",
    # The generated package's types that the helpers' signatures name (the rest are in h2ogpte_api.models).
    "AuthenticatedClient": "h2ogpte_api",
    **dict.fromkeys(
        [
            "ChatMessageReference",
            "ChatSession",
            "Collection",
            "Document",
            "DocumentExtractionResult",
            "DocumentSummary",
            "JobDetails",
            "ModelAnswer",
            "ModelExtractionAnswer",
        ],
        "h2ogpte_api.models",
    ),
    **dict.fromkeys(["UNSET", "UnknownEnumValue", "Unset"], "h2ogpte_api.types"),
}


def _log_from_environment() -> None:
    """`H2OGPTE_LOG=debug|info`: the library's log on stderr (`h2ogpte_ext._logs`, loaded only when it is set)."""
    import os

    value = os.environ.get("H2OGPTE_LOG")
    if value:
        from h2ogpte_ext._logs import log_from_environment

        log_from_environment(value)


_log_from_environment()


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _httpx_private.defer()  # httpx, if this imports it, comes without its command line (click, rich, pygments)
    try:
        value = getattr(import_module(module), name)
    except AttributeError:
        if module != "h2ogpte_api.models":
            raise
        # A model that the spec generated from lacks (an older release's): a stand-in that says so when used,
        # so that `from h2ogpte_ext import *` and `isinstance` still work.
        from h2ogpte_ext._needs import absent_model

        value = absent_model(name)
    _httpx_private.bind()
    globals()[name] = value  # found at once next time
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "H2OGPTE",
    "UNSET",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Accuracy",
    "AgentFile",
    "AgentOptions",
    "AgentRun",
    "AgentStream",
    "AgentType",
    "Answer",
    "AnswerQuestionOptions",
    "AsyncAgentRun",
    "AsyncAgentStream",
    "AsyncAnswer",
    "AsyncCompletionStream",
    "AsyncConversation",
    "AsyncH2OGPTE",
    "AsyncJobRunner",
    "AsyncTokenProvider",
    "AuthenticatedClient",
    "AuthenticationError",
    "AzureBlobIngestOptions",
    "BadRequestError",
    "ChatMessageReference",
    "ChatSession",
    "Collection",
    "CompletionDelta",
    "CompletionOptions",
    "CompletionStream",
    "ConflictError",
    "Conversation",
    "Document",
    "DocumentExtractionResult",
    "DocumentSummary",
    "DownloadError",
    "ExtractOptions",
    "FileInput",
    "Files",
    "FinishedRun",
    "GCSIngestOptions",
    "H2OGPTEError",
    "Health",
    "IngestError",
    "IngestOptions",
    "IngestResult",
    "InternalServerError",
    "JobDetails",
    "JobError",
    "JobResult",
    "JobRunner",
    "Metadata",
    "ModelAnswer",
    "ModelExtractionAnswer",
    "NotFoundError",
    "NotInSpecError",
    "PermissionDeniedError",
    "ProcessDocumentOptions",
    "RateLimitError",
    "Reference",
    "RetryPolicy",
    "S3IngestOptions",
    "ServerMeta",
    "StreamError",
    "SummarizeOptions",
    "TextIngestOptions",
    "TimeoutLike",
    "TokenCommand",
    "TokenProvider",
    "UnknownEnumValue",
    "UnprocessableEntityError",
    "Unset",
    "UploadError",
    "Verify",
    "WebsiteIngestOptions",
    "__version__",
]
