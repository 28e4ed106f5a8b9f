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

from h2ogpte_ext._agents import Accuracy, AgentFile, AgentOptions, AgentType, FinishedRun
from h2ogpte_ext._config import TimeoutLike, Verify
from h2ogpte_ext._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    H2OGPTEError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamError,
    UnprocessableEntityError,
)
from h2ogpte_ext._health import Health
from h2ogpte_ext._ingest import FileInput, Files, IngestError, IngestResult, UploadError
from h2ogpte_ext._jobs import JobError
from h2ogpte_ext._jsonl import CompletionDelta
from h2ogpte_ext._sync.agents import AgentRun, AgentStream
from h2ogpte_ext._sync.chat import Answer, Conversation
from h2ogpte_ext._sync.client import H2OGPTE
from h2ogpte_ext._sync.streams import CompletionStream
from h2ogpte_ext._version import __version__

if TYPE_CHECKING:
    from h2ogpte_ext._async.agents import AsyncAgentRun, AsyncAgentStream
    from h2ogpte_ext._async.chat import AsyncAnswer, AsyncConversation
    from h2ogpte_ext._async.client import AsyncH2OGPTE
    from h2ogpte_ext._async.streams import AsyncCompletionStream

# The async side loads on first use: sync users never import asyncio.
_ASYNC = {
    "AsyncAgentRun": "h2ogpte_ext._async.agents",
    "AsyncAgentStream": "h2ogpte_ext._async.agents",
    "AsyncAnswer": "h2ogpte_ext._async.chat",
    "AsyncConversation": "h2ogpte_ext._async.chat",
    "AsyncCompletionStream": "h2ogpte_ext._async.streams",
    "AsyncH2OGPTE": "h2ogpte_ext._async.client",
}


def __getattr__(name: str) -> Any:
    if name in _ASYNC:
        value = getattr(import_module(_ASYNC[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "H2OGPTE",
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
    "AsyncAgentRun",
    "AsyncAgentStream",
    "AsyncAnswer",
    "AsyncCompletionStream",
    "AsyncConversation",
    "AsyncH2OGPTE",
    "AuthenticationError",
    "BadRequestError",
    "CompletionDelta",
    "CompletionStream",
    "ConflictError",
    "Conversation",
    "FileInput",
    "Files",
    "FinishedRun",
    "H2OGPTEError",
    "Health",
    "IngestError",
    "IngestResult",
    "InternalServerError",
    "JobError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamError",
    "TimeoutLike",
    "UnprocessableEntityError",
    "UploadError",
    "Verify",
    "__version__",
]
