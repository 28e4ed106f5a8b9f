"""State of one fake h2oGPTe, the per-request view handlers get, records, and the error handlers raise."""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from attrs import Attribute, define, field, fields, frozen
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._data import Variety, record
from h2ogpte_ext.testing._faults import MAX_LOGGED_REQUESTS, Faults, RequestLog
from h2ogpte_ext.testing._validation import is_json

Handler = Callable[["Call"], Awaitable[Response]]
CHUNK = 1 << 20
# The one user the fake knows: the caller, owner of every record (`/rpc/meta`, `/users`, records' `username`).
USER_ID = "fake-user-id"
USERNAME = "fake-user"
MIB = 1 << 20
GIB = 1 << 30


def now() -> str:
    return datetime.now(timezone.utc).isoformat()


def new_id() -> str:
    return str(uuid.uuid4())


class FakeError(Exception):
    """Raised by a handler; answered with the spec's EndpointError body `{"code": status, "message": ...}`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error(status: int, message: str) -> JSONResponse:
    """The spec's EndpointError body."""
    return JSONResponse({"code": status, "message": message}, status_code=status)


def unauthorized(request: Request, state: State) -> Response | None:
    """A 401 unless the request carries the fake's API key or a token it issued and still honours
    (`Authorization: Bearer ...`)."""
    if state.authorizes(request.headers.get("authorization")):
        return None
    return error(401, "a valid API key or token is required (Authorization: Bearer ...)")


@functools.cache
def model_class(schema_name: str) -> Any:
    """The generated attrs model of a named schema (None for a schema without one, e.g. a bare union)."""
    from h2ogpte_api import models

    return getattr(models, schema_name, None)


class Records:
    """Typed records of the spec's schemas: generated attrs models, filled to the spec by `Variety`."""

    def __init__(self, variety: Variety) -> None:
        self.variety = variety

    def data(self, schema_name: str, skip: tuple[str, ...] = (), **fields: Any) -> dict[str, Any]:
        """A JSON object of the schema: `fields` as given, every other property as the variety decides
        (never those in `skip`)."""
        reference = {"$ref": f"#/components/schemas/{schema_name}"}
        return {**record(reference, self.variety, frozenset((*skip, *fields))), **fields}

    def build(self, schema_name: str, skip: tuple[str, ...] = (), **fields: Any) -> Any:
        """A record of the schema (its attrs model where there is one)."""
        data = self.data(schema_name, skip, **fields)
        cls = model_class(schema_name)
        return cls.from_dict(data) if cls is not None else data

    @staticmethod
    def json(record: Any) -> Any:
        """A record (or a list of them) as the JSON the spec describes."""
        if isinstance(record, list):
            return [Records.json(r) for r in record]
        return record.to_dict() if hasattr(record, "to_dict") else record

    @staticmethod
    def replace(record: Any, **changes: Any) -> Any:
        """A copy of the record with some properties changed (JSON values), through the spec's shape."""
        data = {**Records.json(record), **changes}
        return type(record).from_dict(data) if hasattr(record, "from_dict") else data

    @staticmethod
    def without(record: Any, name: str) -> Any:
        """A copy of the record with one optional property cleared."""
        data = dict(Records.json(record))
        data.pop(name, None)
        return type(record).from_dict(data) if hasattr(record, "from_dict") else data


# A file's bytes up to this size are kept in memory: creating a file for each small upload cost more than
# the rest of the request, and 10 to 20 times more while the disk was writing back (e.g. after an install).
IN_MEMORY = 1 << 16


@define
class Blob:
    """A file's bytes: in memory while small (`data`), else in `file`, below the fake's workdir."""

    file: Path
    size: int = 0
    data: bytes | None = None

    @classmethod
    def of(cls, file: Path, content: bytes) -> Blob:
        """`content`, in memory when small, else written to `file`."""
        if len(content) <= IN_MEMORY:
            return cls(file, len(content), content)
        file.write_bytes(content)
        return cls(file, len(content))

    def read(self) -> bytes:
        return self.data if self.data is not None else self.file.read_bytes()

    def path(self) -> Path:
        """The bytes as a file (written on first need, e.g. for a download with ranges)."""
        if self.data is not None:
            self.file.write_bytes(self.data)
            self.data = None
        return self.file

    def discard(self) -> None:
        self.data = None
        self.file.unlink(missing_ok=True)


@define
class Upload:
    id: str
    filename: str
    blob: Blob
    # What the vendor's `upload` sends beside the file: its modification time (milliseconds since the epoch)
    # and a URI to remember it by; the document ingested from it shows both.
    mtime: str = ""
    uri: str = ""


@define
class Job:
    """A job of the job engine; `details` is the JobDetails JSON it answers with."""

    details: dict[str, Any]
    polls: int = 0
    upload_ids: list[str] = field(factory=list)
    collection_id: str = ""
    fail_reason: str | None = None
    # Run when the job completes (e.g. ingestion adds its documents).
    on_complete: Callable[[], None] | None = None


@define
class AgentFile:
    doc_id: str
    name: str
    path: Path
    created: float


@define
class Conversation:
    """What a chat session holds beyond its ChatSession record."""

    messages: list[dict[str, Any]] = field(factory=list)  # ChatMessage JSON, oldest first
    agent_files: dict[str, AgentFile] = field(factory=dict)


@define
class Generation:
    """Controls of one streamed answer, flipped by POST /messages/{question_id}/pause|resume|stop|finish."""

    paused: bool = False
    stopped: bool = False
    finishing: bool = False


@define
class Permissions:
    """Who a resource is shared with: one table for every resource kind."""

    users: dict[str, list[str]] = field(factory=dict)
    groups: dict[str, list[str]] = field(factory=dict)


def _positive(state: Any, attribute: Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{attribute.name} must be a whole number, 1 or more, not {value!r}")


def _count(state: Any, attribute: Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be a whole number, 0 or more, not {value!r}")


def _seconds(state: Any, attribute: Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
        raise ValueError(f"{attribute.name} must be a number of seconds, 0 or more, not {value!r}")


@frozen
class Settings:
    """Every setting of a fake, with its default: the one place a setting is declared. A `State` starts
    from its own (what the server was made with) and `State.reset()` restores every one of them, so a
    test's `fake_h2ogpte.state.strict = True` ends with the test. A setting is a field here and a field
    of `State` of the same name (the variety as its seed here, a `Variety` there)."""

    # Fill optional and nullable properties with absent, null and edge values, the same for a seed.
    variety: int | None = None
    # Reject what the spec does not allow even where the real server accepts it (see the README's table).
    strict: bool = False
    # Request bodies over this many bytes are answered 413: every body, uploads streamed to disk too.
    max_body_bytes: int = GIB
    # ... and bodies the fake reads whole into memory to parse them (JSON, text: all but multipart forms)
    # over this many (or over `max_body_bytes`, if smaller).
    max_json_body_bytes: int = 16 * MIB
    # How many requests `State.requests` keeps (the oldest are dropped first).
    max_logged_requests: int = MAX_LOGGED_REQUESTS
    # Seconds between two streamed tokens: long enough for a client to pause, stop or finish.
    token_delay: float = 0.002
    # How long a synchronous ingest takes (its `timeout` query parameter is honoured against it).
    ingest_seconds: float = 0.0


DEFAULTS = Settings()


@define
class State:
    """Everything one fake server holds, in memory (file bytes past `IN_MEMORY` in a private temporary folder)."""

    api_key: str
    workdir: Path
    # Settings (see `Settings`): as given here, and back to these on reset().
    variety: Variety = field(factory=Variety)
    strict: bool = DEFAULTS.strict
    max_body_bytes: int = field(default=DEFAULTS.max_body_bytes, validator=_positive)
    max_json_body_bytes: int = field(default=DEFAULTS.max_json_body_bytes, validator=_positive)
    max_logged_requests: int = field(default=DEFAULTS.max_logged_requests, validator=_count)
    token_delay: float = field(default=DEFAULTS.token_delay, validator=_seconds)
    ingest_seconds: float = field(default=DEFAULTS.ingest_seconds, validator=_seconds)
    # Every stateful resource's records by id, keyed by the resource's collection path ("/collections").
    tables: dict[str, dict[str, Any]] = field(factory=dict)
    document_files: dict[str, Blob] = field(factory=dict)
    # document id -> the ids of the collections holding it (one from ingestion, more by import), oldest first
    document_collections: dict[str, list[str]] = field(factory=dict)
    uploads: dict[str, Upload] = field(factory=dict)
    jobs: dict[str, Job] = field(factory=dict)
    conversations: dict[str, Conversation] = field(factory=dict)
    # (resource collection path, id) -> who it is shared with
    permissions: dict[tuple[str, str], Permissions] = field(factory=dict)
    # Records of single-valued settings under a resource ("/collections/{collection_id}/settings", id) -> JSON
    settings: dict[tuple[str, str], Any] = field(factory=dict)
    # Made-up listings (operation id, path, query but offset and limit) -> JSON, so that their pages agree
    made_up: dict[tuple[str, str, tuple[tuple[str, str], ...]], Any] = field(factory=dict)
    # message id -> session id, for every question and reply
    message_session: dict[str, str] = field(factory=dict)
    # reply message id -> info_type -> content
    meta: dict[str, dict[str, str]] = field(factory=dict)
    references: dict[str, list[dict[str, Any]]] = field(factory=dict)
    generations: dict[str, Generation] = field(factory=dict)
    tool_preference: list[str] = field(factory=list)
    # Every LLM call the fake answered (chats, answers, summaries, extractions): llm, tokens, cost, time; the
    # usage and performance statistics add these up.
    usage: list[dict[str, Any]] = field(factory=list)
    # Completions started while this holds reasons end with an `error` line, one each.
    completion_failures: list[str] = field(factory=list)
    faults: Faults = field(factory=Faults)
    # The last `max_logged_requests` requests received, in order (method, path, query, whether it carried
    # Authorization); read it as a list.
    requests: RequestLog = field(init=False)
    # Problems the fake found in its own responses; a test fixture fails on any.
    violations: list[str] = field(factory=list)
    # Ingest jobs created while this holds reasons fail with them, one each (fault injection).
    ingest_failures: list[str] = field(factory=list)
    # role id -> the system permissions (names) it grants
    role_permissions: dict[str, list[str]] = field(factory=dict)
    # user id -> role ids, and group id -> role ids (a user's permissions follow from its roles)
    user_roles: dict[str, list[str]] = field(factory=dict)
    group_roles: dict[str, list[str]] = field(factory=dict)
    # (scope "global" | "role" | "user", role or user id, key name) -> a configuration item's JSON
    configurations: dict[tuple[str, str, str], dict[str, Any]] = field(factory=dict)
    # document id -> ids of the tags on it
    document_tags: dict[str, list[str]] = field(factory=dict)
    # reply message id -> the feedback given on it (expected_answer, user_comment)
    feedbacks: dict[str, dict[str, str]] = field(factory=dict)
    # Bearer tokens accepted besides the API key (`FakeH2OGPTE.issue_token`): token -> requests it is still
    # good for (None: any number); a token at 0 is refused with a 401, as an expired one is.
    tokens: dict[str, int | None] = field(factory=dict)
    # The settings this state was made with, which reset() restores.
    defaults: Settings = field(init=False)

    def __attrs_post_init__(self) -> None:
        self.requests = RequestLog(lambda: self.max_logged_requests)
        given = {f.name: getattr(self, f.name) for f in fields(Settings)}
        self.defaults = Settings(**{**given, "variety": self.variety.seed})

    @property
    def records(self) -> Records:
        return Records(self.variety)

    def body_limit(self, content_type: str | None) -> int:
        """The most bytes a request body of this Content-Type may have: `max_body_bytes` for a multipart
        form (the fake streams it, to disk past a MiB), the smaller of it and `max_json_body_bytes` for any
        other (read whole into memory)."""
        if content_type is not None and content_type.lower().startswith("multipart/form-data"):
            return self.max_body_bytes
        return min(self.max_body_bytes, self.max_json_body_bytes)

    def table(self, resource: str) -> dict[str, Any]:
        """The records of one resource by id ("/collections", "/prompt_templates", ...)."""
        return self.tables.setdefault(resource, {})

    @property
    def collections(self) -> dict[str, Any]:
        """Collection records by id."""
        return self.table("/collections")

    @property
    def documents(self) -> dict[str, Any]:
        """Document records by id."""
        return self.table("/documents")

    @property
    def sessions(self) -> dict[str, Any]:
        """ChatSession records by id."""
        return self.table("/chats")

    def conversation(self, session_id: str) -> Conversation:
        return self.conversations.setdefault(session_id, Conversation())

    def authorizes(self, authorization: str | None) -> bool:
        """Whether a request with this Authorization header is let in: the API key, or a token issued and
        still good (each request it lets in uses it once)."""
        if authorization is None or not authorization.startswith("Bearer "):
            return False
        credential = authorization.removeprefix("Bearer ")
        if credential == self.api_key:
            return True
        if credential not in self.tokens:
            return False
        uses = self.tokens[credential]
        if uses is None:
            return True
        if uses <= 0:
            return False
        self.tokens[credential] = uses - 1
        return True

    def reset(self) -> None:
        """Forget everything: records, files, jobs, faults, requests seen, tokens issued; every setting back to what the
        state was made with (`defaults`). Everything but the key, the folder and the objects the middleware
        holds (emptied in place) is taken from a new State made from `defaults`: nothing is left behind."""
        kept = ("api_key", "workdir", "faults", "requests", "defaults")
        settings: dict[str, Any] = {f.name: getattr(self.defaults, f.name) for f in fields(Settings)}
        settings["variety"] = Variety(self.defaults.variety)
        fresh = State(api_key=self.api_key, workdir=self.workdir, **settings)
        for path in self.workdir.iterdir():
            _remove(path)
        self.faults.clear()
        self.requests.clear()
        for attribute in State.__attrs_attrs__:
            if attribute.name not in kept:
                setattr(self, attribute.name, getattr(fresh, attribute.name))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        for child in path.iterdir():
            _remove(child)
        path.rmdir()
    else:
        path.unlink(missing_ok=True)


@define
class Call:
    """One validated request, as a handler sees it."""

    request: Request
    state: State
    body: bytes | None
    operation_id: str = ""

    def path(self, name: str) -> str:
        """A path parameter; a slash sent encoded (`%2F`, as in a model name) is part of it."""
        return str(self.request.path_params[name]).replace("%2F", "/")

    def query(self, name: str, default: str | None = None) -> str | None:
        """A query parameter; an empty value counts as absent."""
        return self.request.query_params.get(name) or default

    def json(self) -> Any:
        """The JSON body; None when there is none (or the body is a form, or text)."""
        if not self.body or not is_json(self.request.headers.get("content-type")):
            return None
        return json.loads(self.body)

    def record(self, resource: str, param: str, what: str) -> Any:
        """The record a path parameter names, or a 404 naming it."""
        key = self.path(param)
        record = find(self.state.table(resource), key, by_name(param))
        if record is None:
            raise FakeError(404, f"{what} not found")
        return record


def by_name(param: str) -> bool:
    """Whether a path parameter names its record by name (`/tags/{tag_name}`), not by id."""
    return param.endswith(("_name", "_names"))


def find(table: dict[str, Any], key: str, named: bool = False) -> Any:
    """A record by id, or by name when the path parameter is a name (`/tags/{tag_name}`)."""
    if key in table:
        return table[key]
    for candidate in table.values() if named else ():
        if Records.json(candidate).get("name") == key:
            return candidate
    return None


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


def json_response(record: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(Records.json(record), status_code=status)
