"""The retry policy: one object, its decision as a table, the README's sentence, and setting it end to end."""

from __future__ import annotations

import itertools
from pathlib import Path

import httpx
import pytest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, H2OGPTEError, InternalServerError, RetryPolicy
from h2ogpte_ext._retry import DEFAULT_RETRY, RetryState
from h2ogpte_ext.testing import FakeH2OGPTE, Fault

README = Path(__file__).resolve().parent.parent / "README.md"

STATUSES = [200, 400, 404, 408, 409, 423, 425, 429, 500, 501, 502, 503, 505]
METHODS = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "POST", "PATCH"]
RETRY_AFTER = [None, "0", "3", "61", "Wed, 21 Oct 2015 07:28:00 GMT"]


def _expected(status: int, method: str, retry_post: bool, retry_after: str | None) -> str:
    """The rule as the README states it, written out independently of the code: "wait", "backoff" or "final"."""
    retried_status = status in (408, 409, 429) or (status >= 500 and status not in (501, 505))
    resent = method in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS") or (method == "POST" and retry_post)
    if not (retried_status and resent):
        return "final"
    if retry_after == "61":
        return "final"  # longer than max_retry_after (60 s): the error carries the wait
    if retry_after in ("0", "3"):
        return "wait"
    return "backoff"  # no header, or a date in the past (0 s) counts as "wait 0": see below


@pytest.mark.parametrize(
    ("status", "method", "retry_post", "retry_after"),
    list(itertools.product(STATUSES, METHODS, [False, True], RETRY_AFTER)),
)
def test_the_retry_decision_table(status: int, method: str, retry_post: bool, retry_after: str | None) -> None:
    policy = RetryPolicy(methods=DEFAULT_RETRY.methods | ({"POST"} if retry_post else set()))
    headers = {} if retry_after is None else {"retry-after": retry_after}
    request = httpx.Request(method, "http://127.0.0.1/api/v1/x")
    state = RetryState(policy, method, budget=2)
    delay = state.after(response=httpx.Response(status, headers=headers, request=request))
    expected = _expected(status, method, retry_post, retry_after)
    if expected == "final":
        assert delay is None
        assert state.attempt == 0
        return
    assert delay is not None
    assert state.attempt == 1
    if expected == "wait":
        assert delay == float(retry_after or 0)
    elif retry_after is None:
        assert 0.375 <= delay <= 0.5  # 0.5 s less up to a quarter of jitter
    else:
        assert delay == 0.0  # a Retry-After date already past: send again at once


@pytest.mark.parametrize("method", METHODS)
def test_a_connection_never_made_is_retried_whatever_the_method(method: str) -> None:
    import httpcore

    error = httpx.ConnectError("refused")
    error.__cause__ = httpcore.ConnectError("refused")
    assert RetryState(DEFAULT_RETRY, method, budget=1).after(error=error) is not None
    dropped = httpx.ReadError("reset")
    retried = RetryState(DEFAULT_RETRY, method, budget=1).after(error=dropped)
    assert (retried is not None) == (method in DEFAULT_RETRY.methods)


def test_the_budget_and_the_backoff_follow_the_policy() -> None:
    policy = RetryPolicy(max_retries=3, initial_delay=1.0, max_delay=2.5)
    state = RetryState(policy, "GET", budget=policy.max_retries)
    response = httpx.Response(503, request=httpx.Request("GET", "http://127.0.0.1/"))
    delays = [state.after(response=response) for _ in range(4)]
    assert delays[3] is None
    bounds = [(0.75, 1.0), (1.5, 2.0), (1.875, 2.5)]  # 1 s doubling, capped at 2.5 s, less up to a quarter
    for delay, (low, high) in zip(delays[:3], bounds, strict=True):
        assert delay is not None and low <= delay <= high


def test_the_readme_states_the_default_policy_in_its_own_words() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert f"By default: {DEFAULT_RETRY.describe()}" in text
    assert "except 501" in DEFAULT_RETRY.describe()  # the sentence says what the code skips: 501 and 505
    assert "501 and 505" in DEFAULT_RETRY.describe()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"max_retries": True}, "max_retries must be a whole number >= 0, not True"),
        ({"max_retries": -1}, "max_retries must be a whole number >= 0, not -1"),
        ({"statuses": {600}}, "HTTP statuses are whole numbers from 100 to 599, not 600"),
        ({"methods": "GET"}, "not the string 'GET'"),
        ({"methods": {"get"}}, "upper-case words such as 'GET', not 'get'"),
        ({"initial_delay": float("nan")}, "initial_delay must be a finite number of seconds >= 0"),
        ({"max_retry_after": -1}, "max_retry_after must be a finite number of seconds >= 0, not -1"),
    ],
)
def test_a_bad_policy_is_refused_naming_the_field(changes: dict[str, object], message: str) -> None:
    with pytest.raises(H2OGPTEError, match=message.replace("(", r"\(").replace(")", r"\)")):
        RetryPolicy(**changes)  # type: ignore[arg-type]


def test_one_max_retries_rule_for_the_constructor_with_options_and_a_call(fake_h2ogpte: FakeH2OGPTE) -> None:
    for bad in (True, -1, 1.5):
        with pytest.raises(H2OGPTEError, match="max_retries must be a whole number >= 0"):
            H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key, max_retries=bad)  # type: ignore[arg-type]
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        with pytest.raises(H2OGPTEError, match="max_retries must be a whole number >= 0, not True"):
            client.with_options(max_retries=True)
        with pytest.raises(H2OGPTEError, match="max_retries must be a whole number >= 0, not True"):
            client.collections.list_collections(max_retries=True)
        with pytest.raises(H2OGPTEError, match=r"retry must be an h2ogpte_ext\.RetryPolicy, not dict"):
            client.with_options(retry={"max_retries": 1})  # type: ignore[arg-type]


def test_a_status_the_user_adds_is_retried_on_the_wire(fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]) -> None:
    """423 is not retried by default; a policy that lists it retries it, through the constructor and
    `with_options`, sync and async, as often as its budget says."""
    address, key = fake_h2ogpte.url, fake_h2ogpte.api_key
    fake_h2ogpte.faults.add(Fault(path="/api/v1/collections", status=423, times=1))
    with H2OGPTE(address=address, api_key=key) as client, pytest.raises(Exception) as refused:
        client.collections.list_collections()
    assert getattr(refused.value, "status_code", None) == 423
    assert sleeps == []

    locked = RetryPolicy(statuses=DEFAULT_RETRY.statuses | {423})
    fake_h2ogpte.faults.add(Fault(path="/api/v1/collections", status=423, times=2))
    with H2OGPTE(address=address, api_key=key, retry=locked) as client:
        assert client.retry is locked
        assert client.collections.list_collections() == []
    assert len(sleeps) == 2

    fake_h2ogpte.faults.add(Fault(path="/api/v1/collections", status=423, times=1))
    with H2OGPTE(address=address, api_key=key) as client:
        copy = client.with_options(retry=locked, max_retries=5)
        assert copy.retry.max_retries == 5 and 423 in copy.retry.statuses
        assert copy.collections.list_collections() == []
        assert client.retry is DEFAULT_RETRY  # the original keeps its own

    async def run() -> None:
        fake_h2ogpte.faults.add(Fault(path="/api/v1/collections", status=423, times=1))
        async with AsyncH2OGPTE(address=address, api_key=key, retry=locked) as client:
            assert await client.collections.list_collections() == []

    import asyncio

    asyncio.run(run())
    assert len(sleeps) == 4


def test_a_permanent_status_the_user_removes_is_retried(fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]) -> None:
    fake_h2ogpte.faults.add(Fault(path="/api/v1/collections", status=501, times=1))
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        with pytest.raises(InternalServerError):
            client.collections.list_collections()
        fake_h2ogpte.faults.add(Fault(path="/api/v1/collections", status=501, times=1))
        assert client.with_options(retry=RetryPolicy(permanent=set())).collections.list_collections() == []
    assert len(sleeps) == 1


def test_retry_post_is_the_policys_methods(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key, retry_post=True) as client:
        assert "POST" in client.retry.methods
        assert "POST" not in client.with_options(retry_post=False).retry.methods
        assert client.with_options(retry=RetryPolicy()).retry.methods == DEFAULT_RETRY.methods
