"""Agent runs, decided without I/O: the settings (defaults in one place, unknown ones refused), the request
the vendor's guide sends, and what a finished run's metadata says."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any, Literal, Protocol, TypedDict

import httpx
from attrs import define
from h2ogpte_api.models import ChatCompletionRequest

from h2ogpte_ext._chat import completion_request, parse_usage
from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._options import check_options

Accuracy = Literal["quick", "basic", "standard", "maximum"]
AgentType = Literal["auto", "general", "task", "deep_research", "coder", "search"]
log = logging.getLogger("h2ogpte_ext")


class AgentOptions(TypedDict, total=False):
    """The keyword options of `run_agent` and `stream_agent`; any other is refused (pass it in `llm_args`)."""

    accuracy: Accuracy
    tools: str | list[str]
    max_turns: int | Literal["auto"]
    agent_type: AgentType
    # Seconds the agent may run in all (the server's agent_total_timeout).
    budget: float
    llm: str
    # Anything else the server's llm_args take, sent as given.
    llm_args: Mapping[str, Any]
    # The LLM's own arguments the vendor documents, sent in llm_args.
    temperature: float
    top_k: int
    top_p: float
    seed: int
    repetition_penalty: float
    max_new_tokens: int
    min_max_new_tokens: int
    reasoning_effort: int | str
    response_format: str
    enable_vision: str
    agent_timeout: float
    agent_stream_files: bool


# The agent's settings when not given: the one place they are defined.
AGENT_DEFAULTS: AgentOptions = {
    "accuracy": "standard",
    "tools": "auto",
    "max_turns": "auto",
    "agent_type": "auto",
    "budget": 3600,
    "llm": "auto",
}
_SETTINGS = frozenset(AGENT_DEFAULTS) | {"llm_args"}


@define(frozen=True)
class AgentFile:
    """A file the agent wrote: download it with `client.download_file(file.doc_id, file.name, dest)`."""

    doc_id: str
    name: str


class FinishedRun(Protocol):
    """Anything with the id of a finished answer (`AgentRun`, `Answer`, ...)."""

    @property
    def message_id(self) -> str: ...


def agent_options(options: Mapping[str, Any]) -> AgentOptions:
    """The settings of one run, defaults filled in; an unknown keyword is an error naming the known ones."""
    check_options(options, AgentOptions, what="agent", elsewhere=" (anything else goes in llm_args={...})")
    budget = options.get("budget", AGENT_DEFAULTS["budget"])
    if not 0 < budget < float("inf"):  # a number: checked above
        raise H2OGPTEError(f"budget must be a positive number of seconds, not {budget!r}")
    merged: AgentOptions = {**AGENT_DEFAULTS, **options}  # type: ignore[typeddict-item]  # keys checked above
    return merged


def agent_request(prompt: str, *, collection: bool, stream: bool, options: AgentOptions) -> ChatCompletionRequest:
    """The completion body of an agent run, with the guide's `llm_args`."""
    sampling = {key: value for key, value in options.items() if key not in _SETTINGS}
    args = {
        "use_agent": True,
        "agent_accuracy": options["accuracy"],
        "agent_max_turns": options["max_turns"],
        "agent_tools": options["tools"],
        "agent_type": options["agent_type"],
        "agent_total_timeout": int(options["budget"]),
        **sampling,
        **options.get("llm_args", {}),
    }
    body: dict[str, Any] = {"message": prompt, "llm": options["llm"], "llm_args": args}
    if not collection:
        body["rag_config"] = {"rag_type": "llm_only"}  # a pure agent task: no retrieval
    return completion_request(body, stream=stream)


def http_timeout(options: AgentOptions) -> httpx.Timeout:
    """Reading a non-streamed agent answer may take as long as the agent is allowed to run, and a bit."""
    return httpx.Timeout(options["budget"] + 60.0, connect=5.0)


def parse_agent_files(content: str | None) -> list[AgentFile]:
    """The `agent_files` metadata: a JSON string of `[{doc_id: filename}, ...]`."""
    if not content:
        return []
    try:
        entries = json.loads(content)
        return [AgentFile(str(doc_id), str(name)) for entry in entries for doc_id, name in entry.items()]
    except (ValueError, AttributeError, TypeError, RecursionError) as exc:
        raise H2OGPTEError(f"the server's agent_files metadata is not a list of {{doc_id: name}}: {exc}") from exc


def run_fields(
    message_id: str,
    files_text: str | None,
    usage_text: str | None,
    unfetched: Mapping[str, H2OGPTEError] | None = None,
) -> dict[str, Any]:
    """The files, usage, unparsed and unfetched metadata of a finished run. Metadata that does not parse, or
    could not be fetched (`unfetched`: by info type, the error), never loses the answer: it is logged at WARNING,
    kept as the server's text in `unparsed`, or marked in `unfetched`."""
    missing = dict(unfetched or {})
    for info_type, error in missing.items():
        log.warning("agent run %s: its %s metadata could not be fetched (%s)", message_id, info_type, error)
    unparsed: dict[str, str] = {}
    try:
        files = parse_agent_files(files_text)
    except H2OGPTEError as exc:
        log.warning("agent run %s: %s; returned without its files", message_id, exc)
        unparsed["agent_files"] = files_text or ""
        files = []
    usage: dict[str, Any] = {}
    if usage_text:
        try:
            usage = parse_usage(usage_text)
        except ValueError as exc:
            log.warning("agent run %s: its usage_stats metadata is not JSON (%s); kept as text", message_id, exc)
            unparsed["usage_stats"] = usage_text
    return {"files": files, "usage": usage, "unparsed": unparsed, "unfetched": missing}


def unfetched_warnings(unfetched: Mapping[str, H2OGPTEError]) -> list[str]:
    """One line for each piece of a run's metadata that could not be fetched."""
    return [f"its {info_type} could not be fetched: {error}" for info_type, error in unfetched.items()]
