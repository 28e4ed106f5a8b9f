# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/agents.py: edit that file, not this one.
"""Agent runs: ask the agent, wait for (or stream) its answer, and collect what it left behind."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

if sys.version_info >= (3, 11):
    from typing import Unpack
else:
    from typing_extensions import Unpack

from attrs import define, field

from h2ogpte_ext import _chat
from h2ogpte_ext._chat import MAX_LINE_BYTES, AgentFile, AgentOptions, CompletionDelta, Reference
from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._needs import require
from h2ogpte_ext._sync._base import ClientBase
from h2ogpte_ext._sync._io import call_back
from h2ogpte_ext._sync.streams import CompletionStream, StreamsMixin


@define(frozen=True)
class AgentRun:
    """A finished agent run: its answer (`text`), files (`agent_files`) and usage (`usage_stats`).

    Once the answer exists it is never lost to what follows it. Metadata that could not be fetched (a 5xx, a
    timeout, a 404) is in `unfetched` (by info type, the error), with `files` or `usage` left empty, and each is
    a line of `warnings` (logged at WARNING too); `client.download_agent_files(run)` reads the files' list again.
    Metadata that does not parse is logged at WARNING and kept as the server's text in `unparsed` (by info type).
    The chat session holding the answer is kept. `trace()` (the Markdown reasoning trace) and `references()`
    (RAG citations) are fetched on demand.
    """

    message_id: str
    session_id: str
    text: str
    files: list[AgentFile] = field(factory=list)
    usage: dict[str, Any] = field(factory=dict)
    unparsed: dict[str, str] = field(factory=dict)
    unfetched: dict[str, H2OGPTEError] = field(factory=dict)
    _client: ClientBase | None = field(default=None, repr=False, eq=False, alias="client")

    @property
    def warnings(self) -> list[str]:
        """What of the run could not be fetched, one line each (empty when all of it came)."""
        return _chat.unfetched_warnings(self.unfetched)

    def _connected(self) -> ClientBase:
        if self._client is None:
            raise H2OGPTEError("this AgentRun was made without a client: trace() and references() need one")
        return self._client

    def trace(self) -> str:
        """The agent's reasoning trace as Markdown (`agent_chat_history_md`), empty if there is none."""
        require("AgentRun.trace")
        items = self._connected().chat.get_message_meta(self.message_id, info_type="agent_chat_history_md")
        return str(items[0].content) if items else ""

    def references(self) -> list[Reference]:
        """The RAG citations of the answer (empty for a run without a collection)."""
        require("AgentRun.references")
        found = self._connected().chat.get_message_references(self.message_id)
        return [Reference.from_model(reference) for reference in found]


def _meta(client: ClientBase, message_id: str, info_type: str, unfetched: dict[str, H2OGPTEError]) -> str | None:
    """One piece of the answer's metadata; a failure to fetch it is kept in `unfetched`, never raised."""
    try:
        items = client.chat.get_message_meta(message_id, info_type=info_type)
    except H2OGPTEError as error:
        unfetched[info_type] = error
        return None
    return str(items[0].content) if items else None


def finished_run(client: ClientBase, session_id: str, message_id: str, text: str) -> AgentRun:
    """The run, with its files and usage read from the answer's metadata; what could not be fetched is marked
    (`unfetched`), never raised: the answer is in hand."""
    unfetched: dict[str, H2OGPTEError] = {}
    files_text = _meta(client, message_id, "agent_files", unfetched)
    usage_text = _meta(client, message_id, "usage_stats", unfetched)
    fields = _chat.run_fields(message_id, files_text, usage_text, unfetched)
    return AgentRun(message_id, session_id, text, **fields, client=client)


class AgentStream(CompletionStream):
    """A streamed agent run: iterate it for deltas, then `result()` gives the `AgentRun` (files, usage)."""

    def result(self) -> AgentRun:
        """The finished run; its metadata that cannot be fetched is marked on it (`unfetched`), never raised."""
        require("AgentStream.result")
        if self.message_id is None and not self.finished:
            raise H2OGPTEError("the agent run has not finished: iterate the stream to its end first")
        return finished_run(self._client, self.session_id, self._answer_id(), self.text)


class AgentsMixin(StreamsMixin):
    """`H2OGPTE.run_agent` and `stream_agent`."""

    def run_agent(
        self,
        prompt: str,
        *,
        session_id: str | None = None,
        collection_id: str | None = None,
        stream: bool = False,
        on_delta: Callable[[CompletionDelta], object] | None = None,
        max_line_bytes: int = MAX_LINE_BYTES,
        **options: Unpack[AgentOptions],
    ) -> AgentRun:
        """Run the agent on `prompt` and return its answer, files and usage.

            run = client.run_agent("Save the totals as 'totals.csv'", accuracy="quick", budget=300)
            client.download_agent_files(run, "out/")

        A new chat session is made unless `session_id` is given (with `collection_id` for RAG), and deleted
        again if the run fails before its answer; once the answer exists the session is kept, and metadata
        that cannot be fetched after it is marked on the run (`unfetched`, `warnings`), never raised.
        Options: `accuracy` ("standard"), `tools` ("auto"), `max_turns` ("auto"), `agent_type` ("auto"),
        `budget` (seconds the agent may run in all: 3600), `llm` ("auto"), the LLM's own arguments
        (`temperature`, `max_new_tokens`, `seed`, ...) and `llm_args={...}` for anything else; an unknown option
        is refused before anything is sent. With `stream=True` or an `on_delta` callback the answer is streamed,
        `on_delta` called with each `CompletionDelta` (a streamed line longer than `max_line_bytes`, 16 MiB, is a
        `StreamError`).
        """
        require("run_agent")
        settings = _chat.agent_options(options)
        with self._session(session_id, collection_id, "agent run") as session:
            if stream or on_delta is not None:
                opened = self._agent_stream(prompt, session.id, collection_id, settings, max_line_bytes)
                session.watch(opened)  # once its final line is in, the session holds the answer: never deleted
                with opened as agent_stream:
                    for delta in agent_stream:
                        if on_delta is not None:
                            call_back(on_delta, delta)
                return agent_stream.result()
            request = _chat.agent_request(prompt, collection=collection_id is not None, stream=False, options=settings)
            timeout = _chat.http_timeout(settings)
            answer = self.chat.get_completion(session.id, body=request, request_timeout=timeout)
            session.answered()
            return finished_run(self, session.id, answer.message_id, answer.body)

    def stream_agent(
        self,
        prompt: str,
        *,
        session_id: str | None = None,
        collection_id: str | None = None,
        max_line_bytes: int = MAX_LINE_BYTES,
        **options: Unpack[AgentOptions],
    ) -> AgentStream:
        """Like `run_agent(stream=True)`, as an iterator of deltas; `stream.result()` then gives the `AgentRun`.

        with client.stream_agent("Save the totals as 'totals.csv'") as agent_stream:
            for delta in agent_stream:
                print(delta.body, end="")
        run = agent_stream.result()
        """
        require("stream_agent")
        settings = _chat.agent_options(options)
        with self._session(session_id, collection_id, "agent run") as session:  # deleted if it never opens
            return self._agent_stream(prompt, session.id, collection_id, settings, max_line_bytes)

    def _agent_stream(
        self, prompt: str, session: str, collection_id: str | None, settings: AgentOptions, max_line_bytes: int
    ) -> AgentStream:
        request = _chat.agent_request(prompt, collection=collection_id is not None, stream=True, options=settings)
        from h2ogpte_api.api.chat import get_completion  # its tag's module loads on first use

        opened = get_completion.stream(session, client=self.api, body=request)
        agent_stream = AgentStream(self, session, opened, max_line_bytes=max_line_bytes)
        agent_stream._open()
        return agent_stream
