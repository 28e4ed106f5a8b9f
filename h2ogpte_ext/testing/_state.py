"""State of one fake h2oGPTe, the per-request view handlers get, and the handler registry."""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from attrs import define, field
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._faults import Faults, Seen

Handler = Callable[["Call"], Awaitable[Response]]
CHUNK = 1 << 20


def now() -> str:
    return datetime.now(timezone.utc).isoformat()


def new_id() -> str:
    return str(uuid.uuid4())


def error(status: int, message: str) -> JSONResponse:
    """The spec's EndpointError body."""
    return JSONResponse({"code": status, "message": message}, status_code=status)


@define
class Upload:
    id: str
    filename: str
    path: Path
    size: int


@define
class Job:
    details: dict[str, Any]
    polls: int = 0
    upload_ids: list[str] = field(factory=list)
    collection_id: str = ""
    fail_reason: str | None = None


@define
class AgentFile:
    doc_id: str
    name: str
    path: Path
    created: float


@define
class Session:
    data: dict[str, Any]  # the ChatSession JSON
    messages: list[dict[str, Any]] = field(factory=list)  # ChatMessage JSON, oldest first
    agent_files: dict[str, AgentFile] = field(factory=dict)


@define
class Generation:
    """Controls of one streamed answer, flipped by POST /messages/{question_id}/pause|resume|stop|finish."""

    paused: bool = False
    stopped: bool = False
    finishing: bool = False


@define
class State:
    """Everything one fake server holds, in memory (file bytes in a private temporary folder)."""

    api_key: str
    workdir: Path
    collections: dict[str, dict[str, Any]] = field(factory=dict)
    documents: dict[str, dict[str, Any]] = field(factory=dict)
    document_files: dict[str, Path] = field(factory=dict)
    document_collection: dict[str, str] = field(factory=dict)
    uploads: dict[str, Upload] = field(factory=dict)
    jobs: dict[str, Job] = field(factory=dict)
    sessions: dict[str, Session] = field(factory=dict)
    # message id -> session id, for every question and reply
    message_session: dict[str, str] = field(factory=dict)
    # reply message id -> info_type -> content
    meta: dict[str, dict[str, str]] = field(factory=dict)
    references: dict[str, list[dict[str, Any]]] = field(factory=dict)
    generations: dict[str, Generation] = field(factory=dict)
    tool_preference: list[str] = field(factory=list)
    # Seconds between two streamed tokens: long enough for a client to pause, stop or finish.
    token_delay: float = 0.002
    # Completions started while this holds reasons end with an `error` line, one each.
    completion_failures: list[str] = field(factory=list)
    faults: Faults = field(factory=Faults)
    # Every request received, in order (method, path, query, whether it carried Authorization).
    requests: list[Seen] = field(factory=list)
    # Problems the fake found in its own responses; a test fixture fails on any.
    violations: list[str] = field(factory=list)
    # How long a synchronous ingest takes (its `timeout` query parameter is honoured against it).
    ingest_seconds: float = 0.0
    # Ingest jobs created while this holds reasons fail with them, one each (fault injection).
    ingest_failures: list[str] = field(factory=list)


@define
class Call:
    """One validated request, as a handler sees it."""

    request: Request
    state: State
    body: bytes | None

    def path(self, name: str) -> str:
        return str(self.request.path_params[name])

    def query(self, name: str, default: str | None = None) -> str | None:
        """A query parameter; an empty value counts as absent."""
        return self.request.query_params.get(name) or default

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the handler simulating one operation of the spec."""

    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def page(items: list[Any], call: Call) -> list[Any]:
    """The offset/limit window of `items` that the request asks for."""
    offset = int(call.query("offset") or 0)
    limit = call.query("limit")
    return items[offset : offset + int(limit)] if limit is not None else items[offset:]
