"""`auth=`: a token provider (sync, or async on AsyncH2OGPTE) or an `httpx.Auth`, end to end against the fake,
which accepts the tokens a test issues for N requests (`issue_token(uses=N)`): a token that expires mid-run is
replaced once and the run goes on; one that stays bad is asked for once more, then raised; a body that cannot
be sent again is never sent twice; no token is ever shown."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import sys
import threading
from collections.abc import Callable, Generator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from h2ogpte_api.api.document_ingestion import upload_file
from h2ogpte_api.models import UploadFileBody
from h2ogpte_api.types import File

from h2ogpte_ext import (
    H2OGPTE,
    AsyncH2OGPTE,
    AuthenticationError,
    H2OGPTEError,
    TokenCommand,
)
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either
from tests.tokens import AsyncTokens, Tokens

pytestmark = pytest.mark.e2e


def _authed(make: Callable[..., Either], auth: Any, **settings: Any) -> Either:
    return make(api_key=None, auth=auth, **settings)


def _sent(fake: FakeH2OGPTE, path: str) -> int:
    return sum(1 for seen in fake.state.requests if seen.path == path)


def test_a_token_that_expires_mid_run_is_replaced_and_the_run_goes_on(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    tokens = Tokens(fake_h2ogpte, uses=3)
    c = _authed(make, tokens)
    if c.kind == "async":  # the async client with an async provider (a sync one is taken too: see below)
        tokens = AsyncTokens(fake_h2ogpte, uses=3)
        c = _authed(make, tokens)
    collection = c.run(c.client.collections.create_collection(name="run", description="d"))
    for _ in range(4):
        assert [x.id for x in c.collect(c.client.collections.iter_collections())] == [collection.id]
    # An upload (a multipart body of a file: sent again as it was) and a download (GET /file) too.
    result = c.run(c.client.upload_and_ingest(collection.id, [("a.txt", b"alpha")], poll_interval=0.01))
    (document,) = result.documents
    path = c.run(c.client.download_document(document.id, tmp_path / "a.txt"))
    assert path.read_bytes() == b"alpha"
    assert c.run(c.client.health()).ok
    c.run(c.client.collections.delete_collection(collection.id))
    assert len(tokens.given) >= 5
    # Each token but the last served its 3 requests, then one more it was refused: that request alone was sent
    # again, once, with the next token. (The fake's health probes take no credentials: 2 requests more.)
    left = fake_h2ogpte.state.tokens[tokens.given[-1]]
    assert left is not None
    replaced = len(tokens.given) - 1
    assert len(fake_h2ogpte.state.requests) == 2 + replaced * (3 + 1) + (3 - left)


def _at_once(c: Either, count: int) -> None:
    """`count` calls at once: threads on the sync client, tasks on the async one."""
    if isinstance(c.client, H2OGPTE):
        client = c.client
        with ThreadPoolExecutor(count) as pool:
            assert all(pool.map(lambda _: client.models.list_models(), range(count)))
        return
    client_ = c.client

    async def gathered() -> None:
        assert all(await asyncio.gather(*(client_.models.list_models() for _ in range(count))))

    c.run(gathered())


def test_requests_at_once_ask_the_provider_once(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    tokens = Tokens(fake_h2ogpte, delay=0.05)
    c = _authed(make, tokens)
    if c.kind == "async":  # tasks awaiting an async provider share its one call
        tokens = AsyncTokens(fake_h2ogpte, delay=0.05)
        c = _authed(make, tokens)
    _at_once(c, 8)
    assert len(tokens.given) == 1
    fake_h2ogpte.state.tokens.clear()  # the token kept is refused now: 8 requests at once meet a 401
    _at_once(c, 8)
    assert len(tokens.given) == 2
    # Each request met by the 401 was sent once more; those sent after the new token came needed none.
    assert 8 + 8 <= len(fake_h2ogpte.state.requests) <= 8 + 8 * 2


def test_a_provider_that_keeps_giving_a_bad_token_is_asked_once_more_then_raised(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    tokens = Tokens(fake_h2ogpte, bad=True)
    c = _authed(make, tokens)
    with pytest.raises(AuthenticationError, match="refused again after a new token") as caught:
        c.run(c.client.collections.list_collections())
    assert len(tokens.given) == 2  # one refresh, not a loop
    assert _sent(fake_h2ogpte, "/api/v1/collections") == 2
    assert caught.value.status_code == 401 and tokens.given[0] not in str(caught.value)
    # The next call asks again (the token kept was refused): once, and once more after its 401.
    with pytest.raises(AuthenticationError):
        c.run(c.client.models.list_models())
    assert len(tokens.given) == 4


class _Unseekable(io.RawIOBase):
    """A file that can only be read forward, as a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_a_streamed_upload_met_by_a_401_is_not_sent_again(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    tokens = Tokens(fake_h2ogpte, uses=0)  # refused at once
    c = _authed(make, tokens)
    piped = _Unseekable(os.urandom(256 * 1024))
    body = UploadFileBody(file=File(payload=piped, file_name="piped.bin"))  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError, match=r"not sent again with a new token: its body \(a stream\)") as caught:
        c.call(upload_file, body=body)
    assert caught.value.status_code == 401
    assert len(tokens.given) == 1 and _sent(fake_h2ogpte, "/api/v1/uploads") == 1
    assert fake_h2ogpte.state.uploads == {}
    # The token kept was refused: the next request asks for a new one.
    tokens.uses = None
    uploaded = c.call(upload_file, body=UploadFileBody(file=File(payload=io.BytesIO(b"x"), file_name="x.bin")))
    assert uploaded is not None and len(tokens.given) == 2


class CountingAuth(httpx.Auth):
    """An httpx.Auth of the caller's: the n-th run of its flow sends `tokens[n]` (the last one from then on), and
    `paths` records each run."""

    def __init__(self, *tokens: str) -> None:
        self.tokens = tokens
        self.paths: list[str] = []

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.tokens[min(len(self.paths), len(self.tokens) - 1)]
        self.paths.append(request.url.path)
        request.headers["Authorization"] = f"Bearer {token}"
        yield request


def test_an_httpx_auth_flow_is_run_again_once_after_a_401(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    auth = CountingAuth("tok-refused", fake_h2ogpte.api_key)
    c = _authed(make, auth)
    assert c.run(c.client.collections.list_collections()) == []
    assert auth.paths == ["/api/v1/collections", "/api/v1/collections"]
    always_bad = CountingAuth("tok-refused")
    c = _authed(make, always_bad)
    with pytest.raises(AuthenticationError, match="refused again after its auth flow run again"):
        c.run(c.client.models.list_models())
    assert always_bad.paths == ["/api/v1/models"] * 2


def test_health_sends_the_token_and_a_refused_probe_is_reported(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    auth = CountingAuth(fake_h2ogpte.api_key)
    c = _authed(make, auth)
    ready, live = "/rpc/health/readiness", "/rpc/health/liveness"
    assert c.run(c.client.health()).ok
    assert sorted(auth.paths) == [live, ready]
    assert all(seen.authorized for seen in fake_h2ogpte.state.requests)
    # A probe refused (401) is sent once more, with the auth flow run again, and reported (not raised) when
    # refused again.
    auth.paths.clear()
    fake_h2ogpte.faults.add(path=ready, status=401, times=2)
    health = c.run(c.client.health())
    assert (health.ok, health.authorized, health.readiness, health.liveness) == (False, False, 401, 200)
    assert sorted(auth.paths) == [live, ready, ready]
    auth.paths.clear()
    fake_h2ogpte.faults.add(path=ready, status=401, times=1)
    assert c.run(c.client.health()).ok  # refused once, then answered
    assert sorted(auth.paths) == [live, ready, ready]


def test_the_async_client_takes_a_sync_provider(fake_h2ogpte: FakeH2OGPTE) -> None:
    tokens = Tokens(fake_h2ogpte, uses=1)

    async def run() -> None:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, auth=tokens) as client:
            for _ in range(3):
                assert await client.collections.list_collections() == []

    asyncio.run(run())
    assert len(tokens.given) == 3


def test_the_async_clients_sync_provider_runs_off_the_event_loop(fake_h2ogpte: FakeH2OGPTE) -> None:
    """A sync provider may block (a TokenCommand runs a program; an OIDC library makes a request): the async
    client calls it in a thread, and the event loop goes on meanwhile. This provider returns only once a task
    of the loop has run while it waited."""
    tokens = Tokens(fake_h2ogpte, uses=1)
    loop_ran = threading.Event()
    threads: list[threading.Thread] = []

    def provider() -> str:
        threads.append(threading.current_thread())
        assert loop_ran.wait(timeout=10), "the event loop stood still while the token was asked for"
        return tokens()

    async def run() -> None:
        async def meanwhile() -> None:
            await asyncio.sleep(0)
            loop_ran.set()

        async with AsyncH2OGPTE(address=fake_h2ogpte.url, auth=provider) as client:
            ticking = asyncio.ensure_future(meanwhile())
            assert await client.collections.list_collections() == []
            await ticking

    asyncio.run(run())
    assert threads and threads[0] is not threading.main_thread()


def test_a_failing_provider_is_an_error_naming_it_never_showing_a_token(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    def broken() -> str:
        raise RuntimeError("identity provider unreachable")

    c = _authed(make, broken)
    with pytest.raises(H2OGPTEError, match=r"the token provider .*broken failed: RuntimeError: identity provider"):
        c.run(c.client.models.list_models())
    secret = "tok-line\nbreak-secret"
    c = _authed(make, lambda: secret)
    with pytest.raises(H2OGPTEError, match="holds a line break at position 8") as caught:
        c.run(c.client.models.list_models())
    assert "secret" not in str(caught.value)
    c = _authed(make, lambda: 42)
    with pytest.raises(H2OGPTEError, match="must be a string, not int"):
        c.run(c.client.models.list_models())
    assert fake_h2ogpte.state.requests == []  # nothing was sent without a usable token


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        ({"auth": "tok-fixed"}, "not a fixed token: pass that as api_key="),
        ({"auth": 42}, "auth= takes an httpx.Auth or a callable that returns a token, not an int"),
        ({"auth": lambda: "t", "api_key": "sk-x"}, "pass api_key= or auth=, not both"),
    ],
)
def test_bad_auth_settings_are_refused(settings: dict[str, Any], problem: str) -> None:
    for cls in (H2OGPTE, AsyncH2OGPTE):
        with pytest.raises(H2OGPTEError, match=problem):
            cls(address="https://h2ogpte.invalid", **settings)


def test_an_async_provider_is_refused_by_the_sync_client() -> None:
    async def token() -> str:
        return "t"

    with pytest.raises(H2OGPTEError, match=r"auth=.*token is async, but H2OGPTE is sync"):
        H2OGPTE(address="https://h2ogpte.invalid", auth=token)  # type: ignore[arg-type]
    AsyncH2OGPTE(address="https://h2ogpte.invalid", auth=token)  # taken


def test_tokens_never_show_in_repr_errors_or_debug_logs(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, caplog: pytest.LogCaptureFixture
) -> None:
    tokens = Tokens(fake_h2ogpte, uses=1)
    with caplog.at_level(logging.DEBUG):
        c = _authed(make, tokens)
        c.run(c.client.models.list_models())
        c.run(c.client.models.list_models())  # 401, then a new token
        bad = _authed(make, Tokens(fake_h2ogpte, bad=True))
        with pytest.raises(AuthenticationError) as caught:
            bad.run(bad.client.models.list_models())
    assert len(tokens.given) == 2
    assert "sent again with new credentials" in caplog.text
    shown = [repr(c.client), repr(c.client._options), repr(c.client._http.auth), str(caught.value), caplog.text]
    assert not [token for token in tokens.given if any(token in text for text in shown)]


def test_a_copy_shares_the_token_and_api_key_replaces_auth(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    tokens = Tokens(fake_h2ogpte)
    c = _authed(make, tokens)
    c.run(c.client.models.list_models())
    patient = c.with_options(timeout=30)
    patient.run(patient.client.models.list_models())
    assert len(tokens.given) == 1  # the copy sent the token the original was given
    keyed = c.with_options(api_key=fake_h2ogpte.api_key)
    keyed.run(keyed.client.models.list_models())
    assert keyed.client._options.auth is None and len(tokens.given) == 1
    other = Tokens(fake_h2ogpte)
    switched = keyed.with_options(auth=other)
    switched.run(switched.client.models.list_models())
    assert len(other.given) == 1 and switched.client._options.api_key is None


# --- the token command, and the environment ---------------------------------------------------------------


def _command(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_a_token_command_prints_the_token(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    command = TokenCommand(_command(f"print('  {fake_h2ogpte.api_key}  ')"))
    c = _authed(make, command)
    assert c.run(c.client.collections.list_collections()) == []
    assert repr(command) == f"TokenCommand({sys.executable!r}, ...)"  # never its arguments: they may hold a secret


@pytest.mark.parametrize(
    ("command", "problem"),
    [
        (["h2ogpte-ext-no-such-program"], "the token command 'h2ogpte-ext-no-such-program' was not found"),
        (
            _command("import sys; print('denied: log in first', file=sys.stderr); sys.exit(3)"),
            "failed \\(exit code 3\\): denied: log in first",
        ),
        (_command("pass"), "printed nothing"),
        (_command("print('two words')"), "holds a space at position 3"),
    ],
)
def test_a_token_command_that_fails_says_why(command: list[str], problem: str) -> None:
    with pytest.raises(H2OGPTEError, match=problem):
        TokenCommand(command)()


def test_a_token_command_that_hangs_is_stopped() -> None:
    with pytest.raises(H2OGPTEError, match=r"did not finish within 0\.5 s"):
        TokenCommand(_command("import time; time.sleep(30)"), timeout=0.5)()


def test_the_token_command_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, fake_h2ogpte: FakeH2OGPTE
) -> None:
    monkeypatch.setenv("H2OGPTE_ADDRESS", fake_h2ogpte.url)
    monkeypatch.delenv("H2OGPTE_API_KEY", raising=False)
    monkeypatch.setenv("H2OGPTE_TOKEN_COMMAND", f"{sys.executable} -c \"print('{fake_h2ogpte.api_key}')\"")
    with H2OGPTE() as client:
        assert client.collections.list_collections() == []
        assert client._options.api_key is None
    with H2OGPTE(api_key=fake_h2ogpte.api_key) as client:  # an explicit setting wins over the environment
        assert client._options.auth is None
    monkeypatch.setenv("H2OGPTE_API_KEY", fake_h2ogpte.api_key)
    with pytest.raises(H2OGPTEError, match="both H2OGPTE_API_KEY and H2OGPTE_TOKEN_COMMAND are set"):
        H2OGPTE()
    monkeypatch.delenv("H2OGPTE_API_KEY")
    monkeypatch.delenv("H2OGPTE_TOKEN_COMMAND")
    with pytest.raises(H2OGPTEError, match="set H2OGPTE_API_KEY \\(or H2OGPTE_TOKEN_COMMAND\\)"):
        H2OGPTE()
