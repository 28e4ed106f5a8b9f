"""The client itself (`h2ogpte_ext._async.client` and its sync twin): the generated layer through `client.api`,
the caller's own HTTP client or transport, event loops, a closed client, and proxies and CA bundles from the
environment. Sync and async by the same cases, against the fake server on loopback."""

from __future__ import annotations

import asyncio
import gc
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from h2ogpte_api.api.collections import get_collection, list_collections
from h2ogpte_api.api.models import list_models
from h2ogpte_api.models import Collection
from starlette.applications import Starlette
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from h2ogpte_ext import H2OGPTE, APIConnectionError, AsyncH2OGPTE, H2OGPTEError
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _new_collection
from tests.either import Either
from tests.raw import TRANSPORTS, _transport, answer, raw_server, serving

# --- the generated layer through client.api -----------------------------------------------------------------


@pytest.mark.e2e
def test_client_api_calls_every_operation_typed(make: Callable[..., Either]) -> None:
    c = make()
    created = _new_collection(c, "typed")
    fetched = c.call(get_collection, created.id)
    assert isinstance(fetched, Collection) and fetched.name == "typed"
    assert [col.id for col in c.collect(c.client.collections.iter_collections())] == [created.id]


# --- the caller's own HTTP client ---------------------------------------------------------------------------


@pytest.mark.e2e
def test_a_callers_own_http_client_is_used(fake_h2ogpte: FakeH2OGPTE) -> None:
    seen: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key, http_client=own) as client:
        assert list(client.collections.iter_collections()) == []
    assert seen == ["/api/v1/collections"]
    assert not own.is_closed  # the caller's client is the caller's to close
    own.close()


# --- event loops, and a closed client -----------------------------------------------------------------------


def _models(conn: socket.socket, request: bytes) -> None:
    conn.sendall(answer(200, b"[]"))


@pytest.mark.e2e
def test_a_client_used_in_a_second_event_loop_gets_pools_for_it() -> None:
    # Our pools (aiohttp's or httpx's): the connection kept alive from the first loop is not reused by the next,
    # and each loop's pool is closed as the loop ends (left open, its sockets would warn when collected, which
    # the end-to-end legs' -W error turns into a failure)
    with raw_server(_models) as server:
        client = AsyncH2OGPTE(address=server.address, api_key="sk-x")
        for _ in range(3):
            assert asyncio.run(client.models.list_models()) == []
        gc.collect()
        asyncio.run(client.close())
    assert len(server.requests) == 3


def test_a_callers_transport_used_in_a_second_event_loop_says_so() -> None:
    # aiohttp's session belongs to the loop it was made in, and it is the caller's: not ours to rebuild
    with raw_server(_models) as server:
        transport: Any = _transport("aiohttp")
        first = asyncio.new_event_loop()  # the transport's loop: the caller closes the transport there
        try:
            client = AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=transport)
            assert first.run_until_complete(client.models.list_models()) == []
            for _ in range(2):  # every later loop, not only the first
                with pytest.raises(H2OGPTEError, match="used in another event loop") as caught:
                    asyncio.run(client.models.list_models())
                assert "async with" in str(caught.value)
        finally:
            first.run_until_complete(transport.aclose())
            first.close()

        async def fresh() -> object:  # the advice works: a client made in the loop
            made: Any = _transport("aiohttp")
            try:
                async with AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=made) as c:
                    return await c.models.list_models()
            finally:
                await made.aclose()

        assert asyncio.run(fresh()) == []


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_call_on_a_closed_client_says_so(kind: str) -> None:
    with raw_server(_models) as server:

        async def after_close() -> None:
            transport: Any = _transport(kind)
            try:
                async with AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=transport) as client:
                    await client.models.list_models()
                with pytest.raises(H2OGPTEError, match="the client is closed"):
                    await client.models.list_models()
                health = await client.health()
                assert not health.ok and "the client is closed" in str(health)
            finally:
                if transport is not None:  # the caller's: the caller closes it
                    await transport.aclose()

        asyncio.run(after_close())


# --- proxies and TLS settings from the environment ----------------------------------------------------------


PROXY_VARIABLES = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"]


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


class ForwardProxy:
    """proxy.py, a forward proxy, in a child process on 127.0.0.1; `log` holds its access log."""

    def __init__(self, workdir: Path) -> None:
        self.log, port_file = workdir / "proxy.log", workdir / "proxy.port"
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "proxy", "--hostname", "127.0.0.1", "--port", "0"),
                *("--port-file", str(port_file), "--num-acceptors", "1", "--threaded"),
                *("--log-file", str(self.log), "--log-level", "INFO"),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self._wait_for(lambda: port_file.read_text().strip())}"

    def _wait_for(self, read: Callable[[], str]) -> str:
        for _ in range(300):
            try:
                if found := read():
                    return found
            except FileNotFoundError:
                pass
            time.sleep(0.05)
        raise AssertionError("the proxy did not start")

    def forwarded(self, path: str) -> bool:
        """Whether the access log lists a request for `path` (the log is written just after the answer)."""
        try:
            self._wait_for(lambda: "yes" if self.logged(path) else "")
        except AssertionError:
            return False
        return True

    def logged(self, path: str) -> bool:
        return f"{path} - " in self.log.read_text()

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def forward_proxy(tmp_path: Path) -> Iterator[ForwardProxy]:
    proxy = ForwardProxy(tmp_path)
    yield proxy
    proxy.close()


@pytest.mark.e2e
def test_proxies_from_the_environment_are_used(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, forward_proxy: ForwardProxy, clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("HTTP_PROXY", forward_proxy.url)
    make().call(list_models)
    assert forward_proxy.forwarded(f"{fake_h2ogpte.url.removeprefix('http://')}/api/v1/models")

    clean_env.setenv("NO_PROXY", "127.0.0.1")
    make().call(list_collections)
    make(trust_env=False).call(list_collections)
    clean_env.delenv("NO_PROXY")
    make(trust_env=False).call(list_collections)
    assert forward_proxy.forwarded("/api/v1/models")  # the log is complete up to here
    assert not forward_proxy.logged("/api/v1/collections")
    assert len(fake_h2ogpte.state.requests) == 4


@pytest.mark.e2e
def test_an_https_address_goes_through_the_https_proxy(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, forward_proxy: ForwardProxy, clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("HTTPS_PROXY", forward_proxy.url)
    clean_env.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # the proxy for http:// only: nothing listens there
    origin = fake_h2ogpte.url.removeprefix("http://")
    c = make(address=f"https://{origin}", max_retries=0)
    with pytest.raises(APIConnectionError):  # the fake speaks no TLS: what matters is the tunnel asked for
        c.call(list_models)
    assert forward_proxy.forwarded(f"CONNECT {origin}")


@pytest.mark.e2e
def test_a_ca_bundle_from_the_environment_is_used(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    for cls in (H2OGPTE, AsyncH2OGPTE):
        with pytest.raises(H2OGPTEError, match="cannot load the TLS certificates"):
            cls(address="https://h2ogpte.invalid", api_key="sk-x")
    H2OGPTE(address="https://h2ogpte.invalid", api_key="sk-x", trust_env=False).close()
    asyncio.run(AsyncH2OGPTE(address="https://h2ogpte.invalid", api_key="sk-x", trust_env=False).close())


# --- a compressed answer ------------------------------------------------------------------------------------


CSV = b"item,value\n" + b"widget,100\n" * 1000


@pytest.fixture
def gzip_server() -> Iterator[str]:
    """A server whose /file answers gzip-compressed, as a server behind a compressing proxy does."""

    async def file(request: Request) -> Response:
        return Response(CSV, media_type="text/csv")

    with serving(GZipMiddleware(Starlette(routes=[Route("/file", file)]), minimum_size=1)) as address:
        yield address


@pytest.mark.e2e
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_compressed_download_arrives_whole(kind: str, gzip_server: str, tmp_path: Path) -> None:
    c = Either(kind, address=gzip_server, api_key="sk-test")
    try:
        path = c.run(c.client.download_file("doc", "totals.csv", tmp_path, progress=True))
    finally:
        c.close()
    assert path.read_bytes() == CSV
    assert [p.name for p in tmp_path.iterdir()] == ["totals.csv"]


@pytest.mark.e2e
def test_the_async_client_sends_through_aiohttps_pools_where_the_extra_is_installed(
    fake_h2ogpte: FakeH2OGPTE, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default pools: aiohttp's (httpx-aiohttp's transport) with the [aiohttp] extra, httpx's without it
    (an import that fails, as where the extra is not installed); the same answers through either."""
    pytest.importorskip("httpx_aiohttp")  # the [aiohttp] extra
    from httpx_aiohttp import AiohttpTransport

    async def made_and_used() -> tuple[object, list[str]]:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            created = await client.collections.create_collection(name="pools", description="")
            listed = [c.id async for c in client.collections.iter_collections()]
            assert created.id in listed
            await client.collections.delete_collection(created.id)
            return client._connections.default.pool, listed

    pool, _ = asyncio.run(made_and_used())
    assert isinstance(pool, AiohttpTransport)
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # `import httpx_aiohttp` raises ImportError
    pool, _ = asyncio.run(made_and_used())
    assert type(pool) is httpx.AsyncHTTPTransport


@pytest.mark.e2e
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_header_line_of_20_kib_is_read_by_the_default_pools(kind: str) -> None:
    """A session cookie of an authenticating proxy can run to kilobytes: httpx's pools read a header line of up
    to 100 KiB, and so must aiohttp's (its own default stops at 8 KiB), so that the default transport changes
    nothing a server can send."""
    cookie = "session=" + "x" * 20_000

    def models(conn: socket.socket, request: bytes) -> None:
        conn.sendall(answer(200, b"[]", headers={"Set-Cookie": cookie, "X-Long": "y" * 20_000}))

    with raw_server(models) as server:
        if kind == "sync":
            with H2OGPTE(address=server.address, api_key="sk-x", max_retries=0) as client:
                assert client.models.list_models() == []
        else:

            async def listed() -> object:
                async with AsyncH2OGPTE(address=server.address, api_key="sk-x", max_retries=0) as client:
                    return await client.models.list_models()

            assert asyncio.run(listed()) == []


@pytest.mark.e2e
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_cookie_the_server_sets_is_sent_back(kind: str) -> None:
    """A load balancer's sticky-session cookie: set by one answer, sent with the next request; an answer that
    sets none leaves it as it is."""

    def models(conn: socket.socket, request: bytes) -> None:
        sets = {"Set-Cookie": "route=b2; Path=/"} if len(server.requests) == 1 else {}
        conn.sendall(answer(200, b"[]", headers=sets))

    with raw_server(models) as server:
        if kind == "sync":
            with H2OGPTE(address=server.address, api_key="sk-x") as client:
                for _ in range(3):
                    client.models.list_models()
        else:

            async def three() -> None:
                async with AsyncH2OGPTE(address=server.address, api_key="sk-x") as client:
                    for _ in range(3):
                        await client.models.list_models()

            asyncio.run(three())
    cookies = [
        next((line.lower() for line in r.split(b"\r\n") if line.lower().startswith(b"cookie:")), None)
        for r in server.requests
    ]
    assert cookies == [None, b"cookie: route=b2", b"cookie: route=b2"]
