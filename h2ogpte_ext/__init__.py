"""h2ogpte-ext: a typed Python SDK for the h2oGPTe REST API.

    from h2ogpte_ext import H2OGPTE

    with H2OGPTE(address="https://h2ogpte.example.com", api_key="sk-...") as client:
        for collection in client.iter_collections():
            print(collection.name)

The generated, spec-complete client is `h2ogpte_api`; `client.api` is an instance of it.
"""

from h2ogpte_ext._agents import AgentFile, AgentRun, AsyncAgentRun
from h2ogpte_ext._async.chat import AsyncAnswer, AsyncConversation
from h2ogpte_ext._client import H2OGPTE, AgentStream, AsyncAgentStream, AsyncH2OGPTE
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
from h2ogpte_ext._ingest import IngestError, IngestResult, UploadError
from h2ogpte_ext._jobs import JobError
from h2ogpte_ext._jsonl import AsyncCompletionStream, CompletionDelta, CompletionStream
from h2ogpte_ext._sync.chat import Answer, Conversation
from h2ogpte_ext._version import __version__

__all__ = [
    "H2OGPTE",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AgentFile",
    "AgentRun",
    "AgentStream",
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
    "UnprocessableEntityError",
    "UploadError",
    "__version__",
]
