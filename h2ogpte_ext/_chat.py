"""Chat, decided without I/O: completion requests from keyword options (checked before anything is sent),
streamed answers (JSONL lines become typed deltas), and agent runs (the settings, with defaults in one place
and unknown ones refused; the request the vendor's guide sends; what a finished run's metadata says). The
I/O is `h2ogpte_ext._async.chat`, `.streams` and `.agents` (and their sync twins)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal, Protocol, TypedDict

import httpx
from attrs import define, field
from h2ogpte_api.models import ChatCompletionRequest, ChatMessageReference
from h2ogpte_api.types import Unset

from h2ogpte_ext._errors import APIConnectionError, H2OGPTEError, StreamError
from h2ogpte_ext._needs import CompletionOptions, check_options, spec_options
from h2ogpte_ext._transport import ERROR_BODY_LIMIT


def completion_request(body: Mapping[str, Any], *, stream: bool) -> ChatCompletionRequest:
    """The one way a completion request is built (questions, streams and agent runs): a ChatCompletionRequest
    from its JSON fields, asking for the streamed (JSONL) answer or not. A value the model refuses is an
    error naming it (nothing is sent)."""
    try:
        request = ChatCompletionRequest.from_dict(dict(body))
    except (TypeError, ValueError, KeyError, AttributeError) as error:  # deeper than check_options looks
        raise H2OGPTEError(f"invalid completion options: {error or type(error).__name__}") from None
    # `stream` is not in the spec's ChatCompletionRequest: it travels as an additional property.
    request["stream"] = stream
    return request


def question_request(message: str, options: Mapping[str, Any], *, stream: bool) -> ChatCompletionRequest:
    """The completion request for `message` with keyword `options` (`CompletionOptions`); an unknown option or
    a value not of its type is an error naming it (nothing is sent)."""
    check_options(options, CompletionOptions, what="completion", also=spec_options("ask"))
    return completion_request({"message": message, **options}, stream=stream)


def parse_usage(text: str) -> dict[str, Any]:
    """A message's `usage_stats` metadata (JSON) as a dict, a value that is not an object under "usage";
    ValueError if it is not JSON."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    return value if isinstance(value, dict) else {"usage": value}


_PAGE_LIST = re.compile(r"\s*\d+(\s*,\s*\d+)*\s*")


def parse_pages(pages: object) -> list[int] | str:
    """The server's `pages` text ("[1, 2]", "3" or "1, 2") as a list of page numbers; any other text as is (a
    value that is not text, against the spec, is read as its text: null as "")."""
    if not isinstance(pages, str):
        pages = "" if pages is None else str(pages)
    text = pages.strip()
    if text.startswith("["):
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            return pages
        if isinstance(value, list) and all(isinstance(n, int) and not isinstance(n, bool) for n in value):
            return value
        return pages
    if _PAGE_LIST.fullmatch(text):
        return [int(n) for n in text.split(",")]
    return pages


def _optional(value: str | Unset) -> str | None:
    return None if isinstance(value, Unset) else value


@define(frozen=True)
class Reference:
    """A passage an answer cites: the document (`document_name`, `document_id`), the `pages` it is on (a list of
    page numbers, or the server's text when that is not a list of numbers), its retrieval `score` and its `text`.

    `content` is `text` under the server's name; `raw` is the server's `ChatMessageReference` as it came.
    """

    document_id: str
    document_name: str
    pages: list[int] | str
    score: float
    text: str
    chunk_id: int
    collection_id: str | None = None
    uri: str | None = None
    were_references_deleted: bool = False
    raw: ChatMessageReference | None = field(default=None, repr=False, eq=False)

    @property
    def content(self) -> str:
        """The cited passage (the same as `text`)."""
        return self.text

    @classmethod
    def from_model(cls, reference: ChatMessageReference) -> Reference:
        return cls(
            document_id=reference.document_id,
            document_name=reference.document_name,
            pages=parse_pages(reference.pages),
            score=reference.score,
            text=_optional(reference.content) or "",
            chunk_id=reference.chunk_id,
            collection_id=_optional(reference.collection_id),
            uri=_optional(reference.uri),
            were_references_deleted=reference.were_references_deleted,
            raw=reference,
        )


# --- streamed answers: JSONL lines as typed deltas -------------------------------------------------------


@define(frozen=True)
class CompletionDelta:
    """One line of a streamed answer: the next piece of `body`; the last has `finished` and `message_id`."""

    body: str
    finished: bool
    message_id: str | None = None


def _is_error(value: Any) -> bool:
    """Whether a line's `error` field reports one: null, false and empty text are the field left out."""
    if value is None or value is False:
        return False
    return not (isinstance(value, str) and not value.strip())


# A longer line is refused rather than buffered: a stream's memory stays bounded.
MAX_LINE_BYTES = 16 * 1024 * 1024


class JSONLDecoder:
    """Turns the bytes of a completion stream into deltas (sans-I/O: feed it bytes, however they arrive).

    Lines end at `\n` only: U+2028, U+0085 and a lone `\r` are valid inside a JSON string. A line longer than
    `max_line_bytes` is a `StreamError`, and no more than that is ever buffered. A field that is null is a field
    left out: `"error": null` (or false, or empty text) is no error, `"finished": null` not the final line.
    """

    def __init__(self, max_line_bytes: int = MAX_LINE_BYTES) -> None:
        if isinstance(max_line_bytes, bool) or not isinstance(max_line_bytes, int) or max_line_bytes < 1:
            raise StreamError(f"max_line_bytes must be a positive whole number, not {max_line_bytes!r}")
        self.max_line_bytes = max_line_bytes
        self.line_number = 0
        self.finished = False
        self._partial = bytearray()

    def feed_bytes(self, data: bytes) -> list[CompletionDelta]:
        """The deltas of the lines that `data` completes; the rest is kept for the next call."""
        deltas = []
        start = 0
        while (end := data.find(b"\n", start)) != -1:
            self._check_length(len(self._partial) + end - start)
            if self._partial:
                self._partial += data[start:end]
                line = bytes(self._partial)
                self._partial.clear()
            else:
                line = data[start:end]
            start = end + 1
            if (delta := self.feed(line)) is not None:
                deltas.append(delta)
        self._check_length(len(self._partial) + len(data) - start)
        self._partial += data[start:]
        return deltas

    def _check_length(self, size: int) -> None:
        if size > self.max_line_bytes:
            self._partial.clear()
            raise StreamError(
                f"line {self.line_number + 1} of the stream is longer than {self.max_line_bytes} bytes "
                "(raise max_line_bytes if the server's lines are that long)",
                line_number=self.line_number + 1,
            )

    def feed(self, line: str | bytes) -> CompletionDelta | None:
        """The delta of one whole line (without its `\n`), or None for a blank line."""
        self.line_number += 1
        if not line.strip():
            return None
        shown = line if isinstance(line, str) else line[:240].decode("utf-8", errors="replace")
        try:
            data = json.loads(line)
        except ValueError:
            raise StreamError(
                f"line {self.line_number} of the stream is not JSON: {shown[:60]!r}",
                line_number=self.line_number,
            ) from None
        except RecursionError:
            raise StreamError(
                f"line {self.line_number} of the stream nests JSON too deeply to parse: {shown[:60]!r}",
                line_number=self.line_number,
            ) from None
        if not isinstance(data, dict):
            raise StreamError(
                f"line {self.line_number} of the stream is not a JSON object: {shown[:60]!r}",
                line_number=self.line_number,
            )
        if _is_error(data.get("error")):
            error = str(data["error"])
            if len(error) > ERROR_BODY_LIMIT:  # as an HTTP error body: a huge message must not cost memory
                error = f"{error[:ERROR_BODY_LIMIT]}... ({len(error) - ERROR_BODY_LIMIT} more characters)"
            raise StreamError(f"the server ended the answer with an error: {error}", line_number=self.line_number)
        body, finished, message_id = data.get("body"), data.get("finished"), data.get("message_id")
        if finished is None:  # null is the field left out: not the final line
            finished = False
        if not isinstance(finished, bool):
            raise StreamError(
                f"line {self.line_number} of the stream has a non-boolean 'finished': {finished!r:.60}",
                line_number=self.line_number,
            )
        if body is not None and not isinstance(body, str):
            raise StreamError(
                f"line {self.line_number} of the stream has a 'body' that is not text: {body!r:.60}",
                line_number=self.line_number,
            )
        self.finished = self.finished or finished  # the final line came: it stays in
        return CompletionDelta(body or "", finished, str(message_id) if message_id else None)

    def end(self) -> list[CompletionDelta]:
        """The delta of a last line without a `\n`, if any; the stream must have sent its final line."""
        deltas = []
        if self._partial:
            line = bytes(self._partial)
            self._partial.clear()
            if (delta := self.feed(line)) is not None:
                deltas.append(delta)
        if not self.finished and not any(d.finished for d in deltas):
            raise APIConnectionError(f"the stream ended after {self.line_number} lines, before its final line")
        return deltas


class StreamState:
    """What a stream of either kind keeps: the decoder, the answer so far, its message id.

    The answer is kept as its pieces and joined when `text` is read, so taking each delta costs the same however
    long the answer has grown (adding each to one string copied the whole answer every time: quadratic).
    """

    def __init__(self, session_id: str, max_line_bytes: int) -> None:
        self.session_id = session_id
        self.message_id: str | None = None
        self._parts: list[str] = []
        self._decoder = JSONLDecoder(max_line_bytes)
        self._question_id: str | None = None
        self._closed = False  # iteration and the context manager both close; only the first one acts

    @property
    def text(self) -> str:
        """The answer so far."""
        if len(self._parts) > 1:
            self._parts[:] = ["".join(self._parts)]  # joined once; reading it again costs nothing
        return self._parts[0] if self._parts else ""

    @property
    def finished(self) -> bool:
        """Whether the stream's final line is in: the server holds the whole answer (and its message id)."""
        return self._decoder.finished

    def _take(self, deltas: list[CompletionDelta]) -> Iterator[CompletionDelta]:
        """The deltas of one read, each taken into `text` and `message_id` just before it is handed on: a read
        may hold several lines, and a reader looking at `text` at a delta sees the answer up to that delta."""
        for delta in deltas:
            if delta.body:
                self._parts.append(delta.body)
            self.message_id = delta.message_id or self.message_id
            yield delta


# --- agent runs ---------------------------------------------------------------------------------------------

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
