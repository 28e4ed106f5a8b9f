"""`client.openai()` / `client.async_openai()`: the real `openai` package (1.x and 2.x on httpx, 3.x on httpx2),
against the fake's OpenAI-compatible API (`/openai_api/v1`), JSON and streamed (server-sent events), with this
client's timeout, TLS verification, proxies from the environment (or not) and retry rules."""

from __future__ import annotations

import asyncio
import inspect
import socket
import ssl
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, H2OGPTEError
from h2ogpte_ext import _openai as openai_door
from h2ogpte_ext.testing import FakeH2OGPTE
from h2ogpte_ext.testing import _openai as fake_openai
from tests.hostile import DEEP_JSON
from tests.raw import tls_serving
from tests.tokens import Tokens

pytestmark = pytest.mark.e2e

KINDS = ["sync", "async"]
MODELS, COMPLETIONS = "/openai_api/v1/models", "/openai_api/v1/chat/completions"
ENVIRONMENT = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"]


def list_models(door: Any) -> Any:
    return door.models.list()


def complete(door: Any) -> Any:
    return door.chat.completions.create(model="auto", messages=[{"role": "user", "content": "Hi"}])


# httpx and httpx2 deprecate `verify="path"`: the door passes an SSLContext.
VERIFY_PATH_DEPRECATED = r"`verify=<str>` is deprecated"


def through_door(
    kind: str,
    fake: FakeH2OGPTE,
    action: Callable[[Any], Any],
    door: dict[str, Any] | None = None,
    **client: Any,
) -> Any:
    """`action(door)` on a door of a sync or async client of the fake (`client` settings, `door` settings).
    Making the door with `verify="path"` must not warn; making the client (not under test here) may."""
    settings = {"address": fake.url, "api_key": fake.api_key, **client}

    def made(cls: Any) -> Any:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", VERIFY_PATH_DEPRECATED, DeprecationWarning)
            return cls(**settings)

    def opened(make_door: Callable[..., Any]) -> Any:
        with warnings.catch_warnings():
            warnings.filterwarnings("error", VERIFY_PATH_DEPRECATED, DeprecationWarning)
            return make_door(**(door or {}))

    if kind == "sync":
        with made(H2OGPTE) as sync_client, opened(sync_client.openai) as sync_door:
            return action(sync_door)

    async def run() -> Any:
        async with made(AsyncH2OGPTE) as async_client, opened(async_client.async_openai) as async_door:
            result = action(async_door)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(run())


def seen(fake: FakeH2OGPTE, path: str) -> int:
    """How many requests for `path` reached the fake."""
    return sum(1 for request in fake.state.requests if request.path == path)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy or CA bundle from the environment the tests run in."""
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def test_models_and_a_chat_completion(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        door = client.openai()
        assert str(door.base_url) == f"{fake_h2ogpte.url}/openai_api/v1/"
        assert "auto" in [model.id for model in door.models.list()]
        reply = door.chat.completions.create(model="auto", messages=[{"role": "user", "content": "Hello there"}])
        assert reply.choices[0].message.content is not None
        assert "Hello there" in reply.choices[0].message.content
        assert reply.usage is not None and reply.usage.completion_tokens > 0


def test_a_streamed_chat_completion(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        stream = client.openai().chat.completions.create(
            model="auto", messages=[{"role": "user", "content": "Stream it"}], stream=True
        )
        pieces = [chunk.choices[0].delta.content or "" for chunk in stream]
    assert len(pieces) > 3 and "Stream it" in "".join(pieces)


def test_the_async_door(fake_h2ogpte: FakeH2OGPTE) -> None:
    async def ask() -> str:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            door = client.async_openai()
            reply = await door.chat.completions.create(model="auto", messages=[{"role": "user", "content": "Hi"}])
            await door.close()
            return reply.choices[0].message.content or ""

    assert "Hi" in asyncio.run(ask())


def test_a_wrong_key_is_openais_authentication_error(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key="sk-wrong") as client, pytest.raises(openai.AuthenticationError):
        client.openai(max_retries=0).models.list()


def test_without_openai_the_error_says_what_to_install(
    fake_h2ogpte: FakeH2OGPTE, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "openai", None)  # `import openai` raises ImportError
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        for door in (client.openai, client.async_openai):
            with pytest.raises(H2OGPTEError, match=r"needs the openai package: pip install 'h2ogpte-ext\[openai\]'"):
                door()


# --- timeout ----------------------------------------------------------------------------------------------


def openais_timeout_class() -> Any:
    """The Timeout class of the HTTP library this openai is built on: httpx2 from openai 3 on, httpx before."""
    major = int(openai.__version__.split(".")[0])
    return sys.modules["httpx2" if major >= 3 else "httpx"].Timeout


@pytest.mark.parametrize("kind", KINDS)
def test_the_clients_timeout_reaches_the_door_as_openais_timeout(kind: str, fake_h2ogpte: FakeH2OGPTE) -> None:
    ours = httpx.Timeout(connect=1.5, read=20.0, write=30.0, pool=4.0)

    def timeouts(door: Any) -> list[Any]:
        return [door.timeout, door._client.timeout, door.with_options(max_retries=1).timeout]

    for timeout in timeouts(through_door(kind, fake_h2ogpte, lambda door: door, timeout=ours)):
        assert type(timeout) is openais_timeout_class()
        assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (1.5, 20.0, 30.0, 4.0)
    # A caller's own timeout wins, as an httpx.Timeout or in seconds.
    door = through_door(kind, fake_h2ogpte, lambda door: door, door={"timeout": httpx.Timeout(7.0)}, timeout=ours)
    assert type(door.timeout) is openais_timeout_class() and door.timeout.read == 7.0
    assert through_door(kind, fake_h2ogpte, lambda door: door.timeout, door={"timeout": 9.0}) == 9.0


@pytest.mark.parametrize("kind", KINDS)
def test_a_slow_answer_times_out_at_the_clients_timeout(kind: str, fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path=MODELS, latency=1.5)
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        through_door(kind, fake_h2ogpte, list_models, door={"max_retries": 0}, timeout=0.3)
    assert time.monotonic() - started < 1.2


# --- TLS --------------------------------------------------------------------------------------------------


class RecordingContext(ssl.SSLContext):
    """An SSLContext that counts the TLS connections it sets up (sync httpcore wraps a socket, anyio a BIO)."""

    wrapped = 0

    def wrap_socket(self, *args: Any, **kwargs: Any) -> Any:
        self.wrapped += 1
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> Any:
        self.wrapped += 1
        return super().wrap_bio(*args, **kwargs)


@pytest.mark.parametrize("kind", KINDS)
def test_the_door_makes_its_tls_connections_with_the_clients_ssl_context(
    kind: str, fake_h2ogpte: FakeH2OGPTE, clean_env: pytest.MonkeyPatch
) -> None:
    context = RecordingContext(ssl.PROTOCOL_TLS_CLIENT)
    address = fake_h2ogpte.url.replace("http://", "https://")  # the fake speaks no TLS: the handshake fails
    with pytest.raises(openai.APIConnectionError):
        through_door(kind, fake_h2ogpte, list_models, door={"max_retries": 0}, address=address, verify=context)
    assert context.wrapped == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_ca_bundle_path_reaches_the_door_as_an_ssl_context(kind: str, fake_h2ogpte: FakeH2OGPTE) -> None:
    bundle = ssl.get_default_verify_paths().openssl_cafile
    if not Path(bundle).is_file():
        bundle = str(Path(httpx.__file__).parent.parent / "certifi" / "cacert.pem")
    if not Path(bundle).is_file():
        pytest.skip("no CA bundle file on this machine")
    context = through_door(kind, fake_h2ogpte, lambda door: door._client._transport._pool._ssl_context, verify=bundle)
    assert isinstance(context, ssl.SSLContext)
    assert context.cert_store_stats() == ssl.create_default_context(cafile=bundle).cert_store_stats()


@pytest.fixture
def tls_fake(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The fake's app also served over TLS (`tls_serving`): its https address and the CA's certificate."""
    with tls_serving(fake_h2ogpte.app, tmp_path) as served:
        yield served


@pytest.mark.parametrize("kind", KINDS)
def test_tls_verification_reaches_the_door(
    kind: str, fake_h2ogpte: FakeH2OGPTE, tls_fake: tuple[str, Path], clean_env: pytest.MonkeyPatch
) -> None:
    address, ca_pem = tls_fake

    def models(**settings: Any) -> list[str]:
        page = through_door(kind, fake_h2ogpte, list_models, door={"max_retries": 0}, address=address, **settings)
        return [model.id for model in page.data]

    assert "auto" in models(verify=str(ca_pem))  # a path: made an SSLContext, no deprecation warning
    assert "auto" in models(verify=ssl.create_default_context(cafile=str(ca_pem)))
    assert "auto" in models(verify=False)
    with pytest.raises(openai.APIConnectionError):
        models()  # the CA is in no default trust store
    clean_env.setenv("SSL_CERT_FILE", str(ca_pem))
    assert "auto" in models()  # trust_env: the CA bundle from the environment
    with pytest.raises(openai.APIConnectionError):
        models(trust_env=False)


# --- proxies from the environment -------------------------------------------------------------------------


class DeadEndProxy:
    """A forward proxy on 127.0.0.1 that forwards nothing: it notes each request line and answers 502."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._stop = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                head = b""
                while b"\r\n\r\n" not in head and (chunk := conn.recv(65536)):
                    head += chunk
                self.lines.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
                conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()


@pytest.fixture
def proxy_env(clean_env: pytest.MonkeyPatch) -> Iterator[DeadEndProxy]:
    """Every proxy variable pointing at a `DeadEndProxy`."""
    proxy = DeadEndProxy()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        clean_env.setenv(name, proxy.url)
    yield proxy
    proxy.close()


@pytest.mark.parametrize("kind", KINDS)
def test_proxies_from_the_environment_reach_the_door(
    kind: str, fake_h2ogpte: FakeH2OGPTE, proxy_env: DeadEndProxy
) -> None:
    with pytest.raises(openai.InternalServerError, match="502"):
        through_door(kind, fake_h2ogpte, list_models, door={"max_retries": 0})
    assert proxy_env.lines == [f"GET {fake_h2ogpte.url}{MODELS} HTTP/1.1"]
    assert seen(fake_h2ogpte, MODELS) == 0


@pytest.mark.parametrize("kind", KINDS)
def test_trust_env_false_keeps_the_environments_proxies_out_of_the_door(
    kind: str, fake_h2ogpte: FakeH2OGPTE, proxy_env: DeadEndProxy
) -> None:
    page = through_door(kind, fake_h2ogpte, list_models, door={"max_retries": 0}, trust_env=False)
    assert "auto" in [model.id for model in page.data]
    reply = through_door(kind, fake_h2ogpte, complete, trust_env=False)
    assert "Hi" in (reply.choices[0].message.content or "")
    assert proxy_env.lines == []
    assert seen(fake_h2ogpte, MODELS) == seen(fake_h2ogpte, COMPLETIONS) == 1


def test_a_callers_own_http_client_is_used_as_it_is(fake_h2ogpte: FakeH2OGPTE, proxy_env: DeadEndProxy) -> None:
    with openai.DefaultHttpxClient(trust_env=False) as own:
        door = through_door("sync", fake_h2ogpte, lambda door: door, door={"http_client": own})
        assert door._client is own
    async_own = openai.DefaultAsyncHttpxClient()
    door = through_door("async", fake_h2ogpte, lambda door: door, door={"http_client": async_own})
    assert door._client is async_own


# --- retries ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_completion_is_sent_once_on_a_5xx(kind: str, fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path=COMPLETIONS, status=503, retry_after="0.01")
    with pytest.raises(openai.InternalServerError):
        through_door(kind, fake_h2ogpte, complete, max_retries=3)
    assert seen(fake_h2ogpte, COMPLETIONS) == 1
    # Neither a budget of the caller's nor openai's own copies of the door change that.
    fake_h2ogpte.faults.add(path=COMPLETIONS, status=503, retry_after="0.01")
    with pytest.raises(openai.InternalServerError):
        through_door(
            kind, fake_h2ogpte, lambda door: complete(door.with_options(max_retries=3)), door={"max_retries": 3}
        )
    assert seen(fake_h2ogpte, COMPLETIONS) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_completion_that_timed_out_is_not_sent_again(kind: str, fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path=COMPLETIONS, latency=1.0)  # only the first: a second attempt would succeed
    with pytest.raises(openai.APITimeoutError):
        through_door(kind, fake_h2ogpte, complete, timeout=0.3, max_retries=2)
    assert seen(fake_h2ogpte, COMPLETIONS) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_retry_post_lets_the_door_send_a_completion_again(kind: str, fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path=COMPLETIONS, status=503, retry_after="0.01")
    reply = through_door(kind, fake_h2ogpte, complete, retry_post=True)
    assert "Hi" in (reply.choices[0].message.content or "")
    assert seen(fake_h2ogpte, COMPLETIONS) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_listing_models_is_retried_up_to_max_retries(kind: str, fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path=MODELS, status=503, retry_after="0.01", times=2)
    page = through_door(kind, fake_h2ogpte, list_models, max_retries=2)
    assert "auto" in [model.id for model in page.data]
    assert seen(fake_h2ogpte, MODELS) == 3
    fake_h2ogpte.faults.add(path=MODELS, status=503, retry_after="0.01", times=2)
    with pytest.raises(openai.InternalServerError):
        through_door(kind, fake_h2ogpte, list_models, door={"max_retries": 1})  # the caller's budget wins
    assert seen(fake_h2ogpte, MODELS) == 5


def test_a_release_of_openai_without_the_retry_hook_is_refused_not_retried() -> None:
    class Changed:
        def request(self, options: Any, cast_to: Any) -> None: ...

    with pytest.raises(H2OGPTEError, match=r"changed Changed.request.*retry_post=True"):
        openai_door._check_hook(Changed)
    with pytest.raises(H2OGPTEError, match=r"\(method, max_retries\).*retry_post=True"):
        openai_door._once(object())


# --- the fake's door ----------------------------------------------------------------------------------------


def test_the_fakes_openai_door_refuses_deeply_nested_json_with_a_400(fake_h2ogpte: FakeH2OGPTE) -> None:
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}", "Content-Type": "application/json"}
    body = b'{"model": "auto", "messages": [{"role": "user", "content": ' + DEEP_JSON + b"}]}"
    response = httpx.post(f"{fake_h2ogpte.url}/openai_api/v1/chat/completions", content=body, headers=headers)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "the body nests JSON deeper than 64 levels"
    assert fake_h2ogpte.state.violations == []


def test_a_failure_of_the_fakes_openai_door_is_recorded(
    fake_h2ogpte: FakeH2OGPTE, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(body: Any) -> str:
        raise RuntimeError("a bug in the fake")

    monkeypatch.setattr(fake_openai, "_question", broken)
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}"}
    body = {"model": "auto", "messages": [{"role": "user", "content": "hi"}]}
    response = httpx.post(f"{fake_h2ogpte.url}/openai_api/v1/chat/completions", json=body, headers=headers)
    assert response.status_code == 500 and response.json()["error"]["type"] == "server_error"
    assert fake_h2ogpte.state.violations == [
        "POST /openai_api/v1/chat/completions: the fake raised RuntimeError('a bug in the fake')"
    ]
    fake_h2ogpte.state.violations.clear()  # recorded as it should be: not a failure of this test


# --- auth= ------------------------------------------------------------------------------------------------


def _each_twice(action: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`action` twice on a door, sync or async."""

    def twice(door: Any) -> Any:
        if isinstance(door, openai.AsyncOpenAI):

            async def run() -> list[Any]:
                return [await action(door), await action(door)]

            return run()
        return [action(door), action(door)]

    return twice


@pytest.mark.parametrize("kind", KINDS)
def test_the_door_sends_the_token_and_replaces_one_that_expired(kind: str, fake_h2ogpte: FakeH2OGPTE) -> None:
    tokens = Tokens(fake_h2ogpte, uses=1)
    pages = through_door(kind, fake_h2ogpte, _each_twice(list_models), api_key=None, auth=tokens)
    assert all("auto" in [model.id for model in page.data] for page in pages)
    assert len(tokens.given) == 2 and seen(fake_h2ogpte, MODELS) == 3  # the second listing: 401, then again
    # A completion (a POST with a body) is sent again after its 401 too, with the same body.
    replies = through_door(kind, fake_h2ogpte, _each_twice(complete), api_key=None, auth=tokens)
    assert all("Hi" in (reply.choices[0].message.content or "") for reply in replies)
    assert seen(fake_h2ogpte, COMPLETIONS) == 3


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_refused_again_is_openais_authentication_error(kind: str, fake_h2ogpte: FakeH2OGPTE) -> None:
    tokens = Tokens(fake_h2ogpte, bad=True)
    with pytest.raises(openai.AuthenticationError):
        through_door(kind, fake_h2ogpte, list_models, api_key=None, auth=tokens)
    assert len(tokens.given) == 2 and seen(fake_h2ogpte, MODELS) == 2  # one refresh, never a loop


def test_with_auth_a_callers_own_http_client_must_authenticate_itself(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, auth=Tokens(fake_h2ogpte)) as client:
        with openai.DefaultHttpxClient() as own, pytest.raises(H2OGPTEError, match="give that client auth= itself"):
            client.openai(http_client=own)
        with openai.DefaultHttpxClient() as own:  # with a key of the caller's, the door is theirs
            assert client.openai(http_client=own, api_key=fake_h2ogpte.api_key).models.list().data
