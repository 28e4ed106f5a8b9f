"""The agent's options are checked where they enter and arrive on the wire as documented, sync and async.

The fake's request log has no bodies: a recording transport (under the client's own retries and errors, as
`transport=` takes it) keeps the body of each completion request.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from h2ogpte_ext import AgentOptions, H2OGPTEError
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either

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


def _only_completion(recording: Recording) -> dict[str, Any]:
    assert len(recording.completions) == 1, recording.completions
    return recording.completions[0]


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
