"""Agent runs (`h2ogpte_ext._chat`, `h2ogpte_ext._async.agents`): options checked where they enter and sent
as documented, plain and streamed runs, and a finished answer never lost to metadata that fails or does not
parse. Sync and async against the fake.

The fake's request log has no bodies: a recording transport (under the client's own retries and errors, as
`transport=` takes it) keeps the body of each completion request.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from h2ogpte_ext import (
    H2OGPTE,
    AgentOptions,
    APITimeoutError,
    AsyncH2OGPTE,
    CompletionDelta,
    H2OGPTEError,
    InternalServerError,
    NotFoundError,
)
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import PROMPT
from tests.either import Either
from tests.tampering import Tampering

# --- runs: plain, streamed, with a callback -----------------------------------------------------------------


@pytest.mark.e2e
def test_run_agent_sends_the_guides_llm_args(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    run = c.run(c.client.run_agent("Write 'a.csv'", accuracy="maximum", tools=["python"], max_turns=3, temperature=0.2))
    (question, _) = c.collect(c.client.chat.iter_chat_session_messages(run.session_id))
    assert question.content == "Write 'a.csv'"
    prompt_raw = fake_h2ogpte.state.meta[run.message_id]["prompt_raw"]
    assert prompt_raw == "Write 'a.csv'"


@pytest.mark.e2e
def test_stream_agent_is_an_iterator_with_a_result(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        with pytest.raises(H2OGPTEError, match="not finished"):
            client.stream_agent("Save 'x.json'").result()
        with client.stream_agent("Save 'x.json'", accuracy="quick") as stream:
            text = "".join(delta.body for delta in stream)
        run = stream.result()
        assert run.text == text and [f.name for f in run.files] == ["x.json"]


@pytest.mark.e2e
def test_async_stream_agent_and_run_agent_with_an_async_callback(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    async def scenario() -> tuple[str, list[str], int]:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            stream = await client.stream_agent("Save 'y.csv'", accuracy="quick")
            async with stream:
                text = "".join([delta.body async for delta in stream])
            run = await stream.result()
            assert run.text == text
            seen: list[str] = []

            async def on_delta(delta: CompletionDelta) -> None:
                seen.append(delta.body)

            second = await client.run_agent("Save 'z.csv'", on_delta=on_delta)
            paths = await client.download_agent_files(second, tmp_path)
            return "".join(seen), [f.name for f in run.files], len(paths)

    streamed, names, downloaded = asyncio.run(scenario())
    assert "z.csv" in streamed and names == ["y.csv"] and downloaded == 1


def test_a_non_streamed_run_builds_no_http_client(make: Callable[..., Either], monkeypatch: pytest.MonkeyPatch) -> None:
    # Every call goes through the client's one pool: a client built per call would leak its connections.
    c = make()
    built: list[type[Any]] = []
    for cls in (httpx.Client, httpx.AsyncClient):
        original = cls.__init__

        def counting(self: Any, *args: Any, __original: Any = original, **kwargs: Any) -> None:
            built.append(type(self))
            __original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", counting)
    run = c.run(c.client.run_agent("Write 'a.csv'", budget=60))
    assert run.text and built == []


# --- options: checked where they enter, on the wire as documented -------------------------------------------


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport for either client that keeps the JSON body of every completion request it sends."""

    def __init__(self) -> None:
        self.sync = httpx.HTTPTransport()
        self.async_ = httpx.AsyncHTTPTransport()
        self.completions: list[dict[str, Any]] = []

    def _keep(self, request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith("/completions"):
            self.completions.append(json.loads(request.content))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self._keep(request)
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self._keep(request)
        return await self.async_.handle_async_request(request)

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self.async_.aclose()


@pytest.fixture
def recorded(make: Callable[..., Either]) -> tuple[Either, Recording]:
    recording = Recording()
    return make(transport=recording), recording


def test_an_unknown_option_is_refused_naming_the_known_ones_and_nothing_is_sent(
    recorded: tuple[Either, Recording], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c, recording = recorded
    before = len(fake_h2ogpte.state.requests)
    options: dict[str, Any] = {"lmm": "auto"}  # a typo of llm
    with pytest.raises(H2OGPTEError) as caught:
        c.run(c.client.run_agent("Write 'a.csv'", **options))
    message = str(caught.value)
    assert message.startswith("unknown agent option(s) lmm; known: ")
    assert "known: " + ", ".join(sorted(AgentOptions.__optional_keys__)) in message
    assert "llm_args={...}" in message  # where anything else goes
    assert len(fake_h2ogpte.state.requests) == before and recording.completions == []
    with pytest.raises(H2OGPTEError, match="unknown agent option"):
        c.run(c.client.stream_agent("Write 'a.csv'", **options))
    assert len(fake_h2ogpte.state.requests) == before


# The defaults `run_agent`'s docstring (and the README) promise, written out here on purpose: a change to
# `AGENT_DEFAULTS` that breaks the promise fails this test.
DOCUMENTED_LLM_ARGS = {
    "use_agent": True,
    "agent_accuracy": "standard",
    "agent_tools": "auto",
    "agent_max_turns": "auto",
    "agent_type": "auto",
    "agent_total_timeout": 3600,
}


def _only_completion(recording: Recording) -> dict[str, Any]:
    assert len(recording.completions) == 1, recording.completions
    return recording.completions[0]


@pytest.mark.parametrize("stream", [False, True])
def test_the_documented_defaults_are_sent_when_no_option_is_given(
    recorded: tuple[Either, Recording], stream: bool
) -> None:
    c, recording = recorded
    c.run(c.client.run_agent("Write 'a.csv'", stream=stream))
    body = _only_completion(recording)
    assert body["message"] == "Write 'a.csv'"
    assert body["llm"] == "auto"
    assert body["llm_args"] == DOCUMENTED_LLM_ARGS  # and no sampling argument of its own
    assert body["rag_config"] == {"rag_type": "llm_only"}  # no collection: a pure agent task


@pytest.mark.parametrize("stream", [False, True])
def test_accuracy_budget_llm_and_sampling_arrive_on_the_wire(recorded: tuple[Either, Recording], stream: bool) -> None:
    c, recording = recorded
    c.run(
        c.client.run_agent(
            "Write 'a.csv'",
            stream=stream,
            accuracy="quick",
            tools=["python"],
            max_turns=3,
            agent_type="coder",
            budget=120,
            llm="gpt-x",
            temperature=0.25,
            top_k=5,
            top_p=0.9,
            seed=7,
            max_new_tokens=256,
            reasoning_effort=10000,
        )
    )
    body = _only_completion(recording)
    assert body["llm"] == "gpt-x"
    assert body["llm_args"] == {
        "use_agent": True,
        "agent_accuracy": "quick",
        "agent_tools": ["python"],
        "agent_max_turns": 3,
        "agent_type": "coder",
        "agent_total_timeout": 120,
        "temperature": 0.25,
        "top_k": 5,
        "top_p": 0.9,
        "seed": 7,
        "max_new_tokens": 256,
        "reasoning_effort": 10000,
    }


def test_llm_args_pass_unknown_keys_through_and_win(recorded: tuple[Either, Recording]) -> None:
    c, recording = recorded
    extra = {"cost_controls": {"max_cost": 0.05}, "a_key_of_a_newer_server": [1, 2], "temperature": 0.5}
    c.run(c.client.run_agent("Write 'a.csv'", temperature=0.1, llm_args=extra))
    llm_args = _only_completion(recording)["llm_args"]
    assert llm_args["cost_controls"] == {"max_cost": 0.05}
    assert llm_args["a_key_of_a_newer_server"] == [1, 2]
    assert llm_args["temperature"] == 0.5  # llm_args, the more specific, over the keyword
    assert llm_args["agent_accuracy"] == "standard"  # the defaults are still there


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"budget": 0}, "budget must be a positive number of seconds"),
        ({"budget": float("inf")}, "budget must be a positive number of seconds"),
        ({"accuracy": "extreme"}, "agent option accuracy must be one of 'quick'"),
        ({"temperature": "hot"}, r"agent option temperature must be float, not str 'hot'"),
        ({"llm_args": ["temperature", 0]}, "agent option llm_args must be a mapping"),
        ({"llm": 123}, r"agent option llm must be str, not int 123"),
        ({"llm": None}, r"agent option llm must be str, not None"),
        ({"tools": 3}, r"agent option tools must be str or a list of str, not int 3"),
        ({"max_turns": "many"}, r"agent option max_turns must be int or one of 'auto', not str 'many'"),
    ],
)
def test_bad_option_values_are_refused_before_anything_is_sent(
    recorded: tuple[Either, Recording], fake_h2ogpte: FakeH2OGPTE, options: dict[str, Any], expected: str
) -> None:
    c, recording = recorded
    before = len(fake_h2ogpte.state.requests)
    with pytest.raises(H2OGPTEError, match=expected):
        c.run(c.client.run_agent("Write 'a.csv'", **options))
    assert len(fake_h2ogpte.state.requests) == before and recording.completions == []


# --- a finished answer is never lost to its metadata --------------------------------------------------------


META = "/api/v1/messages/*/meta"


def _run(c: Either, how: str) -> Any:
    """An agent run, three ways: run_agent, run_agent streamed, and stream_agent then result()."""
    if how != "stream_agent":
        return c.run(c.client.run_agent("Save the totals as 'totals.csv'", stream=how == "streamed"))
    if c.kind == "sync":
        with c.client.stream_agent("Save the totals as 'totals.csv'") as agent_stream:  # type: ignore[union-attr]
            for _ in agent_stream:
                pass
        return agent_stream.result()

    async def read() -> Any:
        agent_stream = await c.client.stream_agent("Save the totals as 'totals.csv'")  # type: ignore[misc]
        async with agent_stream:
            async for _ in agent_stream:
                pass
        return await agent_stream.result()

    return c.run(read())


FAILURES = {
    "503": {"status": 503},
    "404": {"status": 404},
    "timeout": {"latency": 4},
}


@pytest.mark.parametrize("how", ["plain", "streamed", "stream_agent"])
@pytest.mark.parametrize("failure", list(FAILURES))
def test_metadata_that_fails_after_the_agent_answered_keeps_the_answer_files_and_session(
    make: Callable[..., Either],
    fake_h2ogpte: FakeH2OGPTE,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    how: str,
    failure: str,
) -> None:
    c = make(timeout=1.5, max_retries=0)
    fake_h2ogpte.faults.add(path=META, method="GET", times=-1, **FAILURES[failure])
    run = _run(c, how)
    assert "saved" in run.text and run.message_id and run.files == [] and run.usage == {}
    assert set(run.unfetched) == {"agent_files", "usage_stats"}
    expected = APITimeoutError if failure == "timeout" else NotFoundError if failure == "404" else InternalServerError
    assert all(isinstance(error, expected) for error in run.unfetched.values())
    assert len(run.warnings) == 2 and run.warnings[0].startswith("its agent_files could not be fetched: ")
    assert "agent_files metadata could not be fetched" in caplog.text
    # The session that holds the answer is kept, and the agent's files can still be had.
    assert run.session_id in fake_h2ogpte.state.sessions
    fake_h2ogpte.faults.clear()
    paths = c.run(c.client.download_agent_files(run, tmp_path))
    assert paths and all(path.exists() for path in paths)


def test_a_run_whose_metadata_all_came_has_nothing_unfetched(make: Callable[..., Either]) -> None:
    c = make()
    run = c.run(c.client.run_agent("Save the totals as 'totals.csv'"))
    assert run.files and run.usage and run.unfetched == {} and run.warnings == []


def _garbled(kinds: set[str]) -> Callable[[str, str], str]:
    return lambda kind, content: "<html>502 Bad Gateway</html>" if kind in kinds else content


@pytest.mark.e2e
@pytest.mark.parametrize("stream", [False, True])
def test_a_usage_stats_that_is_not_json_keeps_the_answer(
    tampered: Callable[[Tampering], Either], caplog: pytest.LogCaptureFixture, stream: bool
) -> None:
    c = tampered(Tampering(meta=_garbled({"usage_stats"})))
    with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
        run = c.run(c.client.run_agent(PROMPT, stream=stream))
    assert "a.csv" in run.text and sorted(f.name for f in run.files) == ["a.csv", "b.json"]
    assert run.usage == {} and run.unparsed == {"usage_stats": "<html>502 Bad Gateway</html>"}
    (record,) = caplog.records
    assert record.levelname == "WARNING" and "usage_stats" in record.getMessage()


@pytest.mark.e2e
def test_agent_files_metadata_that_does_not_parse_keeps_the_answer(
    tampered: Callable[[Tampering], Either], caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    c = tampered(Tampering(meta=_garbled({"agent_files"})))
    with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
        run = c.run(c.client.run_agent(PROMPT))
    assert "a.csv" in run.text and run.files == [] and run.usage["output_tokens"] > 0
    assert run.unparsed == {"agent_files": "<html>502 Bad Gateway</html>"}
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    with pytest.raises(H2OGPTEError, match="agent_files metadata is not a list"):
        c.run(c.client.download_agent_files(run, tmp_path))
