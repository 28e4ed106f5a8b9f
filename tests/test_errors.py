"""The error tree (`h2ogpte_ext._errors`): every failure is one of ours (no library exception escapes), status
errors carry what the server said, connection failures and timeouts are told apart, error bodies are read
only up to a cap, and a redirect never takes the key to another origin."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from h2ogpte_api.api.collections import create_collection, get_collection, list_collections
from h2ogpte_api.api.models import list_models
from h2ogpte_api.models import CollectionCreateRequest

import h2ogpte_ext
from h2ogpte_ext import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncH2OGPTE,
    AuthenticationError,
    BadRequestError,
    H2OGPTEError,
    InternalServerError,
    NotFoundError,
    StreamError,
)
from h2ogpte_ext._health import Health
from h2ogpte_ext._transport import connection_error
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either, client_of
from tests.hostile import DEEP_JSON, MiB, _Chunks, _collection, _hostile_api, _mocked
from tests.raw import TRANSPORTS, Handler, _transport, answer, raw_server, serving

# --- status errors ------------------------------------------------------------------------------------------


@pytest.mark.e2e
def test_status_errors_carry_status_body_message_and_request_id(make: Callable[..., Either]) -> None:
    c = make()
    with pytest.raises(NotFoundError) as caught:
        c.call(get_collection, "missing-id")
    error = caught.value
    assert error.status_code == 404
    assert isinstance(error.body, dict) and error.body["message"] == "collection not found"
    assert "collection not found" in str(error)
    assert error.request_id

    with pytest.raises(BadRequestError, match="description"):
        c.call(create_collection, body=CollectionCreateRequest(name="x", description=5))  # type: ignore[arg-type]

    wrong = make(api_key="sk-wrong-key")
    with pytest.raises(AuthenticationError) as denied:
        wrong.call(get_collection, "x")
    assert denied.value.status_code == 401


@pytest.mark.e2e
def test_an_undocumented_status_is_an_error_too(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections/*", status=418)
    c = make()
    with pytest.raises(h2ogpte_ext.APIStatusError) as caught:
        c.call(get_collection, "x")
    assert caught.value.status_code == 418


@pytest.mark.e2e
def test_status_errors_carry_the_servers_delay(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=429, retry_after="7")
    with pytest.raises(APIStatusError) as caught:
        make(max_retries=0).call(list_collections)
    assert caught.value.retry_after == 7.0


# --- connection failures and timeouts -----------------------------------------------------------------------


def _closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.e2e
@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
def test_a_refused_connection_is_a_connection_error_whatever_the_transport(transport: str, sleeps: list[float]) -> None:
    # aiohttp's transport reports a refused connection as httpx.ConnectTimeout: still "connection failed"
    if transport == "aiohttp":
        pytest.importorskip("httpx_aiohttp")  # the [aiohttp] extra

    async def attempt(method: str) -> H2OGPTEError:
        inner = None
        if transport == "aiohttp":
            from httpx_aiohttp import AiohttpTransport

            inner = AiohttpTransport()
        async with AsyncH2OGPTE(address=f"http://127.0.0.1:{_closed_port()}", api_key="sk-x", transport=inner) as c:
            with pytest.raises(H2OGPTEError) as caught:
                if method == "GET":
                    await c.collections.list_collections()
                else:
                    await c.collections.create_collection(name="c", description="d")
            return caught.value

    for method in ("GET", "POST"):  # never sent: retried whatever the method, as with httpx's transport
        sleeps.clear()
        error = asyncio.run(attempt(method))
        assert type(error) is APIConnectionError, error
        assert str(error).startswith("connection failed: ") and "timed out" not in str(error)
        assert len(sleeps) == 2


def _raised(error: httpx.TransportError, cause: BaseException | None) -> httpx.TransportError:
    try:
        raise error from cause
    except httpx.TransportError as raised:
        return raised


@pytest.mark.e2e
def test_a_timeout_is_an_api_timeout_error_unless_a_connection_failure_is_behind_it() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/api/v1/collections")
    refused = ConnectionRefusedError(111, "Connect call failed")
    assert type(connection_error(_raised(httpx.ConnectTimeout("t"), None), request)) is APITimeoutError
    timed_out = _raised(httpx.ConnectTimeout("t"), TimeoutError("connect timed out"))
    assert type(connection_error(timed_out, request)) is APITimeoutError
    assert type(connection_error(_raised(httpx.ReadTimeout("t"), None), request)) is APITimeoutError
    error = connection_error(_raised(httpx.ConnectTimeout("t"), OSError("wrapped")), request)
    assert type(error) is APIConnectionError and "wrapped" in str(error)
    wrapped = OSError("Cannot connect to host 127.0.0.1:9")  # aiohttp's ClientConnectorError is an OSError
    wrapped.__cause__ = refused
    error = connection_error(_raised(httpx.ConnectTimeout("t"), wrapped), request)
    assert type(error) is APIConnectionError and str(error).startswith("connection failed: Cannot connect")


@pytest.mark.e2e
def test_a_tls_handshake_that_never_ends_is_a_timeout(make: Callable[..., Either]) -> None:
    # httpx's async transport times out while handling SSLWantReadError (an OSError): a timeout all the same
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts, never answers the TLS handshake
        c = make(address=f"https://127.0.0.1:{silent.getsockname()[1]}", timeout=0.3, max_retries=0)
        with pytest.raises(APITimeoutError, match="timed out"):
            c.collect(c.client.collections.iter_collections())


@pytest.mark.e2e
def test_a_timeout_is_an_api_timeout_error(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections", latency=1.0)
    c = make(timeout=0.2, max_retries=0)
    with pytest.raises(APITimeoutError):
        c.collect(c.client.collections.iter_collections())


def _malformed(conn: socket.socket, request: bytes) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\nBad Header Line\r\n\r\n{}")
    conn.shutdown(socket.SHUT_RDWR)
    raise OSError("done")


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_malformed_answer_is_a_connection_error(kind: str, sleeps: list[float]) -> None:
    with raw_server(_malformed) as server:

        async def calls() -> tuple[H2OGPTEError, Health]:
            async with AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=_transport(kind)) as client:  # type: ignore[arg-type]
                with pytest.raises(H2OGPTEError) as caught:
                    await client.models.list_models()
                return caught.value, await client.health()

        error, health = asyncio.run(calls())
    assert type(error) is APIConnectionError, repr(error)
    assert len(sleeps) == 2  # a GET: retried as after any connection error
    assert not health.ok and health.readiness is None and health.error


def test_an_upload_to_a_server_that_stops_reading_times_out_with_aiohttp(sleeps: list[float]) -> None:
    pytest.importorskip("httpx_aiohttp")
    held: list[socket.socket] = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(30)
    accepted = threading.Thread(target=lambda: held.append(listener.accept()[0]), daemon=True)
    accepted.start()
    address = f"http://127.0.0.1:{listener.getsockname()[1]}"

    async def upload() -> tuple[H2OGPTEError, float]:
        loop = asyncio.get_running_loop()
        timeout = httpx.Timeout(30.0, write=0.5)
        transport: Any = _transport("aiohttp")
        try:
            async with AsyncH2OGPTE(address=address, api_key="sk-x", transport=transport, timeout=timeout) as c:
                start = loop.time()
                with pytest.raises(H2OGPTEError) as caught:
                    await asyncio.wait_for(c._http.post("/collections", content=b"x" * (10 * 1024 * 1024)), 20)
                took = loop.time() - start
                # The server gives up on the connection too, as a real one's idle timeout would: until then
                # aiohttp's socket, closed with unsent bytes in its buffer, waits for them to drain.
                for conn in held:
                    conn.close()
                await asyncio.sleep(0.1)
                return caught.value, took
        finally:
            await transport.aclose()  # the caller's: the client leaves it open

    try:
        error, took = asyncio.run(upload())
    finally:
        accepted.join(10)
        for conn in held:
            conn.close()
        listener.close()
    assert type(error) is APITimeoutError, repr(error)
    assert took < 10 and sleeps == []  # a POST: not sent again


# --- no library exception escapes ---------------------------------------------------------------------------


@pytest.mark.e2e
def test_a_redirect_loop_is_our_error(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/models", status=307, location=f"{fake_h2ogpte.url}/api/v1/models", times=-1)
    with pytest.raises(APIConnectionError, match="too many redirects"):
        make().call(list_models)


@pytest.mark.e2e
def test_a_header_that_cannot_be_sent_is_our_error_without_its_value(make: Callable[..., Either]) -> None:
    c = make()
    http = c.client.api.get_httpx_client() if c.kind == "sync" else c.client.api.get_async_httpx_client()
    with pytest.raises(H2OGPTEError, match="must be ASCII") as caught:
        c.run(http.get("/models", headers={"X-Token": "secret-vàlue"}))
    assert "secret" not in str(caught.value) and caught.value.__cause__ is None
    with pytest.raises(H2OGPTEError, match="invalid URL"):
        c.run(http.get("http://[::1"))


@pytest.mark.e2e
def test_a_body_that_cannot_be_decoded_is_our_error(kind: str) -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"not gzip at all")

    with pytest.raises(APIConnectionError, match="could not be decoded"):
        _mocked(kind, server).call(list_models)


@pytest.mark.e2e
def test_deeply_nested_json_is_our_error_on_every_parse_path(kind: str) -> None:
    with serving(_hostile_api(DEEP_JSON)) as address, client_of(kind, address) as c:
        collections = c.client.collections
        parses: dict[str, Callable[[], Any]] = {
            "resource method": lambda: c.run(collections.get_collection("c1")),
            "listing": lambda: c.run(collections.list_collections()),
            "iterator": lambda: c.collect(collections.iter_collections()),
            "with_raw_response": lambda: c.run(collections.with_raw_response.get_collection("c1")),
            "client.api": lambda: c.call(get_collection, "c1"),
        }
        for path, parse in parses.items():
            with pytest.raises(APIResponseValidationError, match="RecursionError") as caught:
                parse()
            assert caught.value.status_code == 200, path
        with pytest.raises(StreamError, match="line 1 of the stream nests JSON too deeply"):
            c.stream("s1", "hi")
    with serving(_hostile_api(DEEP_JSON, status=400)) as address, client_of(kind, address) as c:
        with pytest.raises(BadRequestError) as refused:  # an error body too deep to parse is kept as text
            c.run(c.client.collections.get_collection("c1"))
        assert isinstance(refused.value.body, str) and refused.value.body.startswith("[[[")


@pytest.mark.e2e
def test_an_undocumented_odd_success_status_is_our_error_with_the_raw_response(kind: str) -> None:
    body = json.dumps(_collection("c1")).encode()
    with serving(_hostile_api(body, status=299)) as address, client_of(kind, address) as c:
        for call in (c.client.collections.with_raw_response.get_collection, c.client.collections.get_collection):
            with pytest.raises(APIResponseValidationError, match="HTTP 299 is not a status this operation documents"):
                c.run(call("c1"))


@pytest.mark.e2e
def test_an_error_body_is_read_only_up_to_a_cap(kind: str) -> None:
    page = _Chunks([b"<html>" + b"x" * (MiB - 6)] + [b"y" * MiB] * 199)  # a 200 MB error page

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, headers={"Content-Type": "text/html"}, stream=page)

    with pytest.raises(InternalServerError) as caught:
        _mocked(kind, server, max_retries=0).call(list_models)
    assert page.pulled == 1  # the rest of the page was never read
    assert isinstance(caught.value.body, str) and len(caught.value.body) == 64 * 1024
    assert caught.value.body.startswith("<html>xxx")


@pytest.mark.e2e
def test_a_lone_surrogate_in_a_value_is_our_error_and_nothing_is_sent(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    # e.g. a file name read with errors="surrogateescape": JSON cannot carry it as UTF-8
    c = make()
    before = len(fake_h2ogpte.state.requests)
    with pytest.raises(H2OGPTEError, match="cannot be sent as utf-8") as caught:
        c.run(c.client.collections.create_collection(name="report\udc80.pdf", description="d"))
    assert "report" not in str(caught.value)  # the value itself is never shown
    assert len(fake_h2ogpte.state.requests) == before


# --- redirects: the key stays home --------------------------------------------------------------------------


@pytest.mark.e2e
def test_authorization_is_dropped_on_a_cross_origin_redirect(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    with FakeH2OGPTE(api_key="sk-other") as other:
        fake_h2ogpte.faults.add(path="/api/v1/models", status=307, location=f"{other.url}/api/v1/models")
        c = make()
        with pytest.raises(AuthenticationError):
            c.call(list_models)
        (seen,) = other.state.requests
        assert seen.path == "/api/v1/models" and not seen.authorized
    assert fake_h2ogpte.state.requests[-1].authorized


def _redirecting(location: Callable[[], str]) -> Handler:
    def handler(conn: socket.socket, request: bytes) -> None:
        path = request.split(b" ", 2)[1].decode()
        conn.sendall(answer(307, b"", {"Location": location() + path}))

    return handler


def _answering(conn: socket.socket, request: bytes) -> None:
    if request.startswith(b"GET"):
        conn.sendall(answer(200, b'{"items": []}' if b"/collections" in request else b"[]"))
    else:
        conn.sendall(answer(200, b'{"id": "c1", "name": "c", "description": "d"}'))


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_post_redirected_to_another_origin_is_not_followed_and_the_key_stays_home(
    kind: str, sleeps: list[float]
) -> None:
    with raw_server(_answering) as other, raw_server(_redirecting(lambda: other.address)) as home:

        async def calls() -> APIStatusError:
            transport = _transport(kind)
            async with AsyncH2OGPTE(address=home.address, api_key="sk-secret", transport=transport) as client:  # type: ignore[arg-type]
                with pytest.raises(APIStatusError) as caught:
                    await client.collections.create_collection(name="c", description="d")
                await client.models.list_models()  # a GET is followed, without the key
                return caught.value

        error = asyncio.run(calls())
    assert error.status_code == 307
    assert other.address.removeprefix("http://") in str(error) and "another origin" in str(error)
    assert [r.split(b" ", 1)[0] for r in other.requests] == [b"GET"]  # the POST's body never went there
    assert all(b"sk-secret" not in request for request in other.requests)
    assert all(b"sk-secret" in request for request in home.requests)
