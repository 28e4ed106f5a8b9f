"""Retries (`h2ogpte_ext._retry`): the one `RetryPolicy` (its decision as a table, the README's sentence, set
through the constructor and `with_options`), which requests are sent again, when and with which bytes, and the
server's `Retry-After` honoured within a cap. Sync and async against the fake, and against raw loopback servers that
hang up mid-request (with httpx's transport and httpx-aiohttp's)."""

from __future__ import annotations

import asyncio
import io
import itertools
import logging
import os
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from h2ogpte_api.api.collections import get_collection, list_collections
from h2ogpte_api.api.document_ingestion import upload_file
from h2ogpte_api.models import UploadedFile, UploadFileBody
from h2ogpte_api.types import File

from h2ogpte_ext import (
    H2OGPTE,
    APIConnectionError,
    APITimeoutError,
    AsyncH2OGPTE,
    H2OGPTEError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    _retry,
)
from h2ogpte_ext._retry import DEFAULT_RETRY, RetryState
from h2ogpte_ext.testing import FakeH2OGPTE, Fault
from tests.common import _new_collection
from tests.either import Either
from tests.hostile import MiB
from tests.raw import TRANSPORTS, _transport, answer, raw_server

# --- what is retried, how often, and how long it waits ------------------------------------------------------


@pytest.mark.e2e
def test_a_503_burst_is_retried_then_succeeds(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    c = make()
    created = _new_collection(c)
    fake_h2ogpte.faults.add(path=f"/api/v1/collections/{created.id}", status=503, times=2)
    with caplog.at_level(logging.DEBUG, logger="h2ogpte_ext"):
        assert c.call(get_collection, created.id).id == created.id
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0  # 0.5 s doubling, minus up to 25 % jitter
    retries = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert len(retries) == 2 and "after HTTP 503" in retries[0] and f"in {sleeps[0]:.2f} s" in retries[0]


@pytest.mark.e2e
def test_retries_give_up_after_max_retries(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]
) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=502, times=-1)
    c = make(max_retries=1)
    with pytest.raises(InternalServerError):
        c.collect(c.client.collections.iter_collections())
    assert len(sleeps) == 1
    assert sum(r.path == "/api/v1/collections" for r in fake_h2ogpte.state.requests) == 2


@pytest.mark.e2e
def test_429_retry_after_is_honoured(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]
) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=429, retry_after="1")
    c = make()
    assert c.collect(c.client.collections.iter_collections()) == []
    assert sleeps == [1.0]
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=429, retry_after="3600", times=-1)
    with pytest.raises(RateLimitError) as caught:
        once = c.with_options(max_retries=1)
        once.collect(once.client.collections.iter_collections())
    assert sleeps == [1.0]  # a wait beyond the cap is not answered by asking sooner: the caller gets it
    assert caught.value.retry_after == 3600.0 and "wait 3600 s" in str(caught.value)


@pytest.mark.e2e
def test_retry_after_as_an_http_date() -> None:
    headers = httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:10 GMT"})
    assert _retry.retry_after(headers, now=1445412480.0) == 10.0
    assert _retry.retry_after(httpx.Headers({"retry-after-ms": "250"})) == 0.25


@pytest.mark.e2e
def test_post_is_not_retried_unless_marked_safe(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]
) -> None:
    c = make()
    fake_h2ogpte.faults.add(path="/api/v1/collections", method="POST", status=503)
    with pytest.raises(InternalServerError):
        _new_collection(c)
    assert sleeps == []
    assert fake_h2ogpte.state.collections == {}

    fake_h2ogpte.faults.add(path="/api/v1/collections", method="POST", status=503)
    _new_collection(c.with_options(retry_post=True))
    assert len(sleeps) == 1 and len(fake_h2ogpte.state.collections) == 1


@pytest.mark.e2e
def test_connection_errors_are_retried_then_raised(make: Callable[..., Either], sleeps: list[float]) -> None:
    c = make(address="http://127.0.0.1:9")  # the discard port: nothing listens
    with pytest.raises(APIConnectionError) as caught:
        c.collect(c.client.collections.iter_collections())
    assert not isinstance(caught.value, APITimeoutError)
    assert len(sleeps) == 2


@pytest.mark.e2e
def test_501_is_permanent(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=501, times=-1)
    c = make()
    with pytest.raises(InternalServerError) as caught:
        c.call(list_collections)
    assert caught.value.status_code == 501 and sleeps == []
    assert sum(r.path == "/api/v1/collections" for r in fake_h2ogpte.state.requests) == 1


@pytest.mark.e2e
def test_a_retry_after_beyond_the_cap_is_raised_at_once_with_the_delay(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]
) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=503, retry_after="120", times=-1)
    with pytest.raises(InternalServerError) as caught:
        make().call(list_collections)
    assert sleeps == [] and caught.value.retry_after == 120.0
    assert "wait 120 s" in str(caught.value)
    fake_h2ogpte.faults.clear()
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=503, retry_after="30")
    assert make().call(list_collections) is not None
    assert sleeps == [30.0]  # within the cap the server's delay is honoured


# --- the policy: one object, its decision as a table, the README's sentence, and setting it end to end ------

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


# --- a retry never sends different bytes --------------------------------------------------------------------


def _upload(c: Either, payload: Any) -> UploadedFile:
    body = UploadFileBody(file=File(payload=payload, file_name="data.bin"))
    uploaded = c.call(upload_file, body=body)
    assert isinstance(uploaded, UploadedFile)
    return uploaded


@pytest.mark.e2e
def test_a_retried_upload_sends_exactly_the_same_bytes(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]
) -> None:
    data = os.urandom(MiB)
    fake_h2ogpte.faults.add(path="/api/v1/uploads", status=502, times=1)
    uploaded = _upload(make(), io.BytesIO(data))
    assert len(sleeps) == 1  # it was retried
    assert fake_h2ogpte.state.uploads[uploaded.id].blob.read() == data


class _Unseekable(io.RawIOBase):
    """A file that can only be read forward, as a pipe or a socket."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.mark.e2e
def test_a_body_that_cannot_be_replayed_is_not_retried(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]
) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/uploads", status=502, times=1)
    with pytest.raises(InternalServerError):
        _upload(make(), _Unseekable(os.urandom(MiB)))
    assert sleeps == []
    assert fake_h2ogpte.state.uploads == {}  # nothing half-sent was stored
    # Without a failure the same kind of body goes through whole.
    data = os.urandom(MiB)
    uploaded = _upload(make(), _Unseekable(data))
    assert fake_h2ogpte.state.uploads[uploaded.id].blob.read() == data


class _File:
    def __init__(self, file: io.BytesIO) -> None:
        self.file = file

    def read(self, size: int = -1) -> bytes:
        return self.file.read(size)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence != io.SEEK_SET:  # no length known up front: httpx sends it chunked
            raise io.UnsupportedOperation("seek to absolute positions only")
        return self.file.seek(offset)

    def tell(self) -> int:
        return self.file.tell()


class _Iterable(_File):
    """A file handed to httpx as an iterable body (`content=`)."""

    def __iter__(self) -> Iterator[bytes]:
        return iter(lambda: self.file.read(65536), b"")


class _AsyncIterable(_File):
    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks()

    async def _chunks(self) -> AsyncIterator[bytes]:
        while chunk := self.file.read(65536):
            yield chunk


@pytest.mark.e2e
def test_a_streamed_file_body_is_rewound_to_where_it_started(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]
) -> None:
    data = os.urandom(300_000)
    form = b'--b0und\r\nContent-Disposition: form-data; name="file"; filename="d.bin"\r\n\r\n%s\r\n--b0und--\r\n'
    body = io.BytesIO(b"skip:" + form % data)
    body.seek(5)  # the body starts where the file stands, not at its beginning
    fake_h2ogpte.faults.add(path="/api/v1/uploads", status=502, times=1)
    c = make()
    headers = {"Content-Type": "multipart/form-data; boundary=b0und"}
    if isinstance(c.client, H2OGPTE):
        response = c.client.api.get_httpx_client().put("/uploads", content=_Iterable(body), headers=headers)
    else:
        http = c.client.api.get_async_httpx_client()
        response = c.run(http.put("/uploads", content=_AsyncIterable(body), headers=headers))
    assert len(sleeps) == 1
    assert fake_h2ogpte.state.uploads[response.json()["id"]].blob.read() == data


# --- on the wire: a request the server may have read is not sent again --------------------------------------


def hang_up(conn: socket.socket, request: bytes) -> None:
    conn.shutdown(socket.SHUT_RDWR)
    raise OSError("closed without answering")


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_post_the_server_read_is_never_sent_again(kind: str, sleeps: list[float]) -> None:
    # httpx-aiohttp reports a server that hung up after reading the request as httpx.ConnectTimeout; it was sent
    with raw_server(hang_up) as server:

        async def post() -> H2OGPTEError:
            transport = _transport(kind)
            async with AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=transport) as client:  # type: ignore[arg-type]
                with pytest.raises(H2OGPTEError) as caught:
                    await client.collections.create_collection(name="c", description="d")
                return caught.value

        error = asyncio.run(post())
    assert type(error) is APIConnectionError, repr(error)
    assert len(server.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_get_cut_off_mid_body_is_retried(kind: str, sleeps: list[float]) -> None:
    body = b"[" + b" " * 4000 + b"]"  # no collections, at length

    def cut_twice(conn: socket.socket, request: bytes) -> None:
        whole = answer(200, body)
        if len(server.requests) <= 2:
            conn.sendall(whole[: len(whole) - len(body) // 2])  # headers and half the body, then hang up
            conn.shutdown(socket.SHUT_RDWR)
            raise OSError("hung up mid-body")
        conn.sendall(whole)

    with raw_server(cut_twice) as server:

        async def get() -> object:
            async with AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=_transport(kind)) as client:  # type: ignore[arg-type]
                return await client.collections.list_collections()

        assert asyncio.run(get()) == []
    assert len(server.requests) == 3 and len(sleeps) == 2


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_post_cut_off_mid_body_is_not_sent_again(kind: str, sleeps: list[float]) -> None:
    def cut(conn: socket.socket, request: bytes) -> None:
        whole = answer(200, b'{"id": "c1", "name": "c", "description": "d", "padding": "' + b"x" * 4000 + b'"}')
        conn.sendall(whole[:-2000])
        conn.shutdown(socket.SHUT_RDWR)
        raise OSError("hung up mid-body")

    with raw_server(cut) as server:

        async def post() -> None:
            async with AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=_transport(kind)) as client:  # type: ignore[arg-type]
                await client.collections.create_collection(name="c", description="d")

        with pytest.raises(APIConnectionError):
            asyncio.run(post())
    assert len(server.requests) == 1 and sleeps == []
