"""Agent runs: the request the vendor's guide sends, and what a finished run left behind."""

from __future__ import annotations

import json
import logging
from typing import Any, Literal

from attrs import define, field
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api.chat import create_chat_session, get_message_meta, get_message_references
from h2ogpte_api.models import ChatCompletionRequest, ChatMessageReference

from h2ogpte_ext import _jsonl
from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._flow import Flow, arun, call, run

Accuracy = Literal["quick", "basic", "standard", "maximum"]
AgentType = Literal["auto", "general", "task", "deep_research", "coder", "search"]
log = logging.getLogger("h2ogpte_ext")


@define(frozen=True)
class AgentFile:
    """A file the agent wrote: download it with `client.download_file(file.doc_id, file.name, dest)`."""

    doc_id: str
    name: str


def completion_request(
    prompt: str,
    *,
    collection: bool,
    accuracy: Accuracy,
    tools: str | list[str],
    max_turns: int | Literal["auto"],
    agent_type: AgentType,
    timeout: float,
    llm: str,
    stream: bool,
    llm_args: dict[str, Any],
) -> ChatCompletionRequest:
    """The completion body of an agent run, with the guide's `llm_args` (unknown ones passed through)."""
    args = {
        "use_agent": True,
        "agent_accuracy": accuracy,
        "agent_max_turns": max_turns,
        "agent_tools": tools,
        "agent_type": agent_type,
        "agent_total_timeout": int(timeout),
        **llm_args,
    }
    body: dict[str, Any] = {"message": prompt, "llm": llm, "llm_args": args}
    if not collection:
        body["rag_config"] = {"rag_type": "llm_only"}  # a pure agent task: no retrieval
    return _jsonl.completion_request(body, stream=stream)


def session_for(session_id: str | None, collection_id: str | None) -> Flow[str]:
    """The given chat session, or a new one (with the collection, if any)."""
    if session_id is not None:
        return session_id
    kwargs = {"collection_id": collection_id} if collection_id is not None else {}
    session = yield call(create_chat_session, **kwargs)
    return str(session.id)


def meta(message_id: str, info_type: str) -> Flow[str | None]:
    """One metadata entry of a message (`agent_files`, `usage_stats`, `agent_chat_history_md`, ...), if any."""
    items = yield call(get_message_meta, message_id, info_type=info_type)
    return str(items[0].content) if items else None


def parse_agent_files(content: str | None) -> list[AgentFile]:
    """The `agent_files` metadata: a JSON string of `[{doc_id: filename}, ...]`."""
    if not content:
        return []
    try:
        entries = json.loads(content)
        return [AgentFile(str(doc_id), str(name)) for entry in entries for doc_id, name in entry.items()]
    except (ValueError, AttributeError, TypeError) as exc:
        raise H2OGPTEError(f"the server's agent_files metadata is not a list of {{doc_id: name}}: {exc}") from exc


@define(frozen=True)
class _Run:
    message_id: str
    session_id: str
    text: str
    files: list[AgentFile] = field(factory=list)
    usage: dict[str, Any] = field(factory=dict)
    unparsed: dict[str, str] = field(factory=dict)


@define(frozen=True)
class AgentRun(_Run):
    """A finished agent run: its answer, files (`agent_files`) and usage (`usage_stats`).

    Metadata that does not parse never loses the answer: it is logged at WARNING and kept as the server's
    text in `unparsed` (by info type), with `files` or `usage` left empty.

    `trace()` (the Markdown reasoning trace) and `references()` (RAG citations) are fetched on demand.
    """

    _api: AuthenticatedClient | None = field(default=None, repr=False, eq=False, alias="api")

    def trace(self) -> str:
        assert self._api is not None
        return run(trace(self.message_id), self._api)

    def references(self) -> list[ChatMessageReference]:
        assert self._api is not None
        return run(references(self.message_id), self._api)


@define(frozen=True)
class AsyncAgentRun(_Run):
    """`AgentRun` from `AsyncH2OGPTE`: `await run.trace()`, `await run.references()`."""

    _api: AuthenticatedClient | None = field(default=None, repr=False, eq=False, alias="api")

    async def trace(self) -> str:
        assert self._api is not None
        return await arun(trace(self.message_id), self._api)

    async def references(self) -> list[ChatMessageReference]:
        assert self._api is not None
        return await arun(references(self.message_id), self._api)


def finished_run(session_id: str, message_id: str, text: str) -> Flow[dict[str, Any]]:
    """The fields of a finished run: its files and usage come from the reply's metadata."""
    unparsed: dict[str, str] = {}
    files_text = yield from meta(message_id, "agent_files")
    try:
        files = parse_agent_files(files_text)
    except H2OGPTEError as exc:
        log.warning("agent run %s: %s; returned without its files", message_id, exc)
        unparsed["agent_files"] = files_text or ""
        files = []
    usage_text = yield from meta(message_id, "usage_stats")
    usage: dict[str, Any] = {}
    if usage_text:
        try:
            value = json.loads(usage_text)
            usage = value if isinstance(value, dict) else {"usage": value}
        except (ValueError, RecursionError) as exc:
            log.warning("agent run %s: its usage_stats metadata is not JSON (%s); kept as text", message_id, exc)
            unparsed["usage_stats"] = usage_text
    return {
        "message_id": message_id,
        "session_id": session_id,
        "text": text,
        "files": files,
        "usage": usage,
        "unparsed": unparsed,
    }


def trace(message_id: str) -> Flow[str]:
    """The agent's reasoning trace as Markdown (`agent_chat_history_md`), empty if there is none."""
    return (yield from meta(message_id, "agent_chat_history_md")) or ""


def references(message_id: str) -> Flow[list[ChatMessageReference]]:
    """The RAG citations of the answer (empty for a run without a collection)."""
    found = yield call(get_message_references, message_id)
    return list(found or [])


# Either kind of finished run: its message id is all a download needs.
AnyAgentRun = AgentRun | AsyncAgentRun
