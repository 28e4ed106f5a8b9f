"""The sync client's own connection pool (`h2ogpte_ext._http11`), against servers at the socket level: each
answer, well-formed or not, gives what httpx's pool gives (the same body, or the same error of ours, retried
alike), connections are kept and dropped as httpx keeps and drops them, and a request httpx would refuse to
write is refused before a byte is sent."""

from __future__ import annotations

import asyncio
import io
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from h2ogpte_ext import H2OGPTE, APIConnectionError, APIStatusError, APITimeoutError, AsyncH2OGPTE, H2OGPTEError
from h2ogpte_ext._http11 import MAX_IDLE, Http11Pool
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.raw import answer, raw_server, tls_serving

pytestmark = pytest.mark.e2e

POOLS = ["ours", "httpx"]


@contextmanager
def client(address: str, pool: str, **settings: Any) -> Iterator[H2OGPTE]:
    """A sync client of `address` on our pool (the default) or on httpx's (a caller's transport)."""
    transport = httpx.HTTPTransport() if pool == "httpx" else None
    with H2OGPTE(address=address, api_key="sk-x", transport=transport, **settings) as made:
        inner = made._connections.default
        assert isinstance(getattr(inner, "pool", inner), Http11Pool) == (pool == "ours")
        yield made
    if transport is not None:
        transport.close()


def get(c: H2OGPTE, path: str = "/models") -> httpx.Response:
    return c.api.get_httpx_client().get(path)


def sends(raw: bytes) -> Callable[[socket.socket, bytes], None]:
    """A handler that answers every request with `raw`, as is."""
    return lambda conn, request: conn.sendall(raw)


def hangs_up(raw: bytes) -> Callable[[socket.socket, bytes], None]:
    """A handler that sends `raw`, then closes the connection."""

    def handler(conn: socket.socket, request: bytes) -> None:
        conn.sendall(raw)
        conn.shutdown(socket.SHUT_RDWR)
        raise OSError("closed")

    return handler


def peers(ports: list[int]) -> Callable[[socket.socket, bytes], None]:
    """A handler that answers `[]` and notes each request's connection (its port) in `ports`."""

    def handler(conn: socket.socket, request: bytes) -> None:
        ports.append(conn.getpeername()[1])
        conn.sendall(answer(200, b"[]"))

    return handler


# --- answers read alike ------------------------------------------------------------------------------------

WELL_FORMED = {
    "chunked, with extensions and trailers": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"4;name=value\r\n[1, \r\n3\r\n2, \r\n2\r\n3]\r\n0\r\nX-Trailer: yes\r\n\r\n",
        b"[1, 2, 3]",
    ),
    "20,000 chunks of one byte": (
        b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n"\r\n'
        + b"1\r\nx\r\n" * 20_000
        + b'1\r\n"\r\n0\r\n\r\n',
        b'"' + b"x" * 20_000 + b'"',
    ),
    "an informational answer first": (b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + answer(200, b"[1]"), b"[1]"),
    "bare line feeds": (b"HTTP/1.1 200 OK\nContent-Length: 2\n\n[]", b"[]"),
    "no reason phrase": (b"HTTP/1.1 200\r\nContent-Length: 2\r\n\r\n[]", b"[]"),
    "repeated equal Content-Lengths": (
        b"HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\n[]",
        b"[]",
    ),
    "150 headers and a 90 KiB line": (
        b"HTTP/1.1 200 OK\r\n"
        + b"".join(b"X-H%d: %d\r\n" % (i, i) for i in range(150))
        + b"X-Long: "
        + b"a" * (90 * 1024)
        + b"\r\nContent-Length: 2\r\n\r\n[]",
        b"[]",
    ),
}


@pytest.mark.parametrize("pool", POOLS)
@pytest.mark.parametrize("case", WELL_FORMED)
def test_a_well_formed_answer_is_read_alike_by_both_pools(pool: str, case: str) -> None:
    raw, body = WELL_FORMED[case]
    with raw_server(sends(raw)) as server, client(server.address, pool) as c:
        for _ in range(2):  # and the connection serves the next request
            response = get(c)
            assert (response.status_code, response.content) == (200, body)


@pytest.mark.parametrize("pool", POOLS)
def test_an_answer_without_a_length_runs_until_the_server_closes(pool: str) -> None:
    with raw_server(hangs_up(b"HTTP/1.0 200 OK\r\n\r\n[1, 2]")) as server, client(server.address, pool) as c:
        response = get(c)
        assert (response.status_code, response.content, response.http_version) == (200, b"[1, 2]", "HTTP/1.0")


@pytest.mark.parametrize("pool", POOLS)
def test_folded_header_lines_are_joined_by_a_space(pool: str) -> None:
    raw = b"HTTP/1.1 200 OK\r\nX-Folded: one\r\n  two\r\n\tthree\r\nContent-Length: 2\r\n\r\n[]"
    with raw_server(sends(raw)) as server, client(server.address, pool) as c:
        assert get(c).headers["x-folded"] == "one two three"


def _trickles(conn: socket.socket, request: bytes) -> None:
    body = b'{"parts": "' + b"x" * 100_000 + b'"}'
    raw = answer(200, body)
    for start in range(0, len(raw), 7001):  # the head and the body cut anywhere
        conn.sendall(raw[start : start + 7001])
        time.sleep(0.001)


@pytest.mark.parametrize("pool", POOLS)
def test_an_answer_that_arrives_in_pieces_is_read_whole(pool: str) -> None:
    with raw_server(_trickles) as server, client(server.address, pool) as c:
        response = get(c)
        assert response.json() == {"parts": "x" * 100_000}


# --- malformed answers: the same error, retried alike -------------------------------------------------------

MALFORMED = {
    "a body shorter than its Content-Length": answer(200, b"[1, 2, 3]")[:-3],
    "a chunk cut short": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n[1, 2",
    "a chunk size that is not hexadecimal": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n[]\r\n0\r\n\r\n"
    ),
    "a header line without a colon": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nBad Header Line\r\n\r\n[]",
    "a header name with a space": b"HTTP/1.1 200 OK\r\nBad Name: 1\r\nContent-Length: 2\r\n\r\n[]",
    "a NUL in a header value": b"HTTP/1.1 200 OK\r\nX-A: a\x00b\r\nContent-Length: 2\r\n\r\n[]",
    "conflicting Content-Lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n[]",
    "a Content-Length that is not a number": b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n[]",
    "a Transfer-Encoding other than chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n[]",
    "a status line that is not HTTP": b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
    "a head of 300 KiB": b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * (300 * 1024) + b"\r\n\r\n",
    "nothing at all": b"",
    "half a head": b"HTTP/1.1 200 OK\r\nContent-Le",
}


@pytest.mark.parametrize("pool", POOLS)
@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_answer_is_the_same_connection_error_on_both_pools(
    pool: str, case: str, sleeps: list[float]
) -> None:
    with raw_server(hangs_up(MALFORMED[case])) as server, client(server.address, pool) as c:
        with pytest.raises(APIConnectionError) as caught:
            get(c)
        with pytest.raises(APIConnectionError):  # a POST is not sent again: it may have been acted on
            c.api.get_httpx_client().post("/collections", json={"name": "x"})
    assert type(caught.value) is APIConnectionError and isinstance(caught.value.__cause__, httpx.TransportError)
    assert len(sleeps) == 2  # the GET was retried twice, the POST never
    assert server.paths() == ["/api/v1/models"] * 3 + ["/api/v1/collections"]


@pytest.mark.parametrize("pool", POOLS)
def test_a_server_that_never_answers_is_a_timeout(pool: str, sleeps: list[float]) -> None:
    timeout = httpx.Timeout(5.0, read=0.2)
    with (
        raw_server(lambda conn, request: time.sleep(2)) as server,
        client(server.address, pool, timeout=timeout) as c,
        pytest.raises(APITimeoutError),
    ):
        get(c)
    assert len(sleeps) == 2  # a GET: retried after a timeout


# --- connections kept and dropped ---------------------------------------------------------------------------


@pytest.mark.parametrize("pool", POOLS)
def test_a_connection_is_kept_unless_the_server_closes_it(pool: str) -> None:
    ports: list[int] = []
    with raw_server(peers(ports)) as server:
        with client(server.address, pool) as c:
            for _ in range(3):
                c.models.list_models()
        assert len(set(ports)) == 1 and len(ports) == 3

        def closing(conn: socket.socket, request: bytes) -> None:
            ports.append(conn.getpeername()[1])
            conn.sendall(answer(200, b"[]", {"Connection": "close"}))

        ports.clear()
        server.handler = closing
        with client(server.address, pool) as c:
            for _ in range(3):
                c.models.list_models()
        assert len(set(ports)) == 3


def _closes_when_idle(ports: list[int]) -> Callable[[socket.socket, bytes], None]:
    """Answers, then closes the connection a moment later, as a server's idle timeout does."""

    def handler(conn: socket.socket, request: bytes) -> None:
        ports.append(conn.getpeername()[1])
        conn.sendall(answer(200, b"[]"))
        time.sleep(0.05)
        conn.shutdown(socket.SHUT_RDWR)
        raise OSError("idle")

    return handler


@pytest.mark.parametrize("pool", POOLS)
def test_a_connection_the_server_closed_while_idle_is_not_used(pool: str, sleeps: list[float]) -> None:
    ports: list[int] = []
    with raw_server(_closes_when_idle(ports)) as server, client(server.address, pool, max_retries=0) as c:
        c.models.list_models()
        time.sleep(0.3)
        c.api.get_httpx_client().post("/collections", json={"name": "x"})  # on a new connection, once
    assert len(set(ports)) == 2 and sleeps == []
    assert server.paths() == ["/api/v1/models", "/api/v1/collections"]


def test_idle_connections_are_capped_as_httpx_caps_them() -> None:
    """Many threads at once open as many connections; at most MAX_IDLE (httpx's 20) are kept after."""
    barrier = threading.Barrier(30)

    def slow(conn: socket.socket, request: bytes) -> None:
        time.sleep(0.05)
        conn.sendall(answer(200, b"[]"))

    with raw_server(slow) as server, client(server.address, "ours") as c:
        pool: Http11Pool = c._connections.default.pool

        def call() -> None:
            barrier.wait(10)
            c.models.list_models()

        threads = [threading.Thread(target=call) for _ in range(30)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(20)
        assert pool._open == pool._idle_count == MAX_IDLE
    assert pool._open == 0  # closed with the client


# --- requests -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("pool", POOLS)
@pytest.mark.parametrize(
    "headers",
    [{"X-Injected": "a\r\nX-Evil: 1"}, {"X-Injected": "a\nb"}, {"X-Nul": "a\x00b"}, {"Bad Name": "1"}, {"X-Sp": " a"}],
)
def test_a_header_httpx_would_not_write_is_refused_before_anything_is_sent(
    pool: str, headers: dict[str, str], sleeps: list[float]
) -> None:
    with raw_server(sends(answer(200))) as server, client(server.address, pool) as c:
        with pytest.raises(H2OGPTEError) as caught:
            c.api.get_httpx_client().get("/models", headers=headers)
        assert "a\r\n" not in str(caught.value) and "Evil" not in str(caught.value)
    assert server.requests == [] and sleeps == []


@contextmanager
def refusing_uploads() -> Iterator[str]:
    """A server that reads a request's head only, answers 413 and closes without reading the body."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(30)

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            head = b""
            while b"\r\n\r\n" not in head:
                head += conn.recv(65536)
            conn.sendall(answer(413, b'{"message": "too large"}', {"Connection": "close"}))
            time.sleep(0.2)  # the client is still writing the body when the connection goes

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    with listener:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
        thread.join(10)


@pytest.mark.parametrize("pool", POOLS)
def test_an_answer_sent_while_the_upload_is_still_going_is_read(pool: str) -> None:
    """The server answers 413 and closes without reading the 16 MiB body: that answer is what the caller gets."""
    with refusing_uploads() as address, client(address, pool, max_retries=0) as c:
        http = c.api.get_httpx_client()
        with pytest.raises(APIStatusError) as caught:
            http.post("/collections", content=b"x" * (16 * 1024 * 1024))
    assert caught.value.status_code == 413 and "too large" in str(caught.value)


@pytest.mark.parametrize("pool", POOLS)
def test_bodies_go_out_as_their_headers_say(pool: str) -> None:
    """A sized body and a chunked one (a generator) reach the server whole."""
    with raw_server(sends(answer(200))) as server, client(server.address, pool) as c:
        http = c.api.get_httpx_client()
        sized = b"y" * 200_000
        http.post("/collections", content=sized)
        http.post("/collections", content=iter([b"ab", b"", b"c" * 70_000, b"d"]))
    sized_request, chunked_request = server.requests
    assert sized_request.endswith(b"\r\n\r\n" + sized)
    head, _, body = chunked_request.partition(b"\r\n\r\n")
    assert b"transfer-encoding: chunked" in head.lower()
    decoded, rest = b"", body
    while True:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            break
        decoded, rest = decoded + rest[:size], rest[size + 2 :]
    assert decoded == b"ab" + b"c" * 70_000 + b"d"


def _bodies(server_requests: list[bytes]) -> list[bytes]:
    """Each request's body, its multipart boundary (random per request) replaced by a fixed one."""
    bodies = []
    for request in server_requests:
        head, _, body = request.partition(b"\r\n\r\n")
        boundary = head.split(b"boundary=", 1)[1].split(b"\r\n", 1)[0]
        bodies.append(body.replace(boundary, b"BOUNDARY"))
    return bodies


@pytest.mark.parametrize(
    "files",
    [
        lambda path: {"file": (path.name, path.open("rb"))},
        lambda path: {"file": (path.name, path.open("rb", buffering=0))},
        lambda path: [("a", (path.name, path.open("rb"))), ("b", ("n.txt", b"in memory")), ("c", path.open("rb"))],
        lambda path: {"file": (path.name, io.BytesIO(path.read_bytes()))},
    ],
    ids=["a file", "an unbuffered file", "files and bytes", "a BytesIO"],
)
def test_a_multipart_upload_is_sent_byte_for_byte_as_httpxs_pool_sends_it(
    files: Callable[[Path], Any], tmp_path: Path
) -> None:
    """Regular files go by sendfile on our pool: the bytes on the wire are the ones httpx's encoder writes."""
    path = tmp_path / "big.bin"
    path.write_bytes(os.urandom(300_000) + b"\r\n--not-a-boundary--\r\n")
    sent: dict[str, list[bytes]] = {}
    for pool in POOLS:
        with raw_server(sends(answer(200))) as server, client(server.address, pool) as c:
            http = c.api.get_httpx_client()
            opened = files(path)
            http.post("/uploads", data={"name": "value"}, files=opened)
            http.post("/uploads", data={"name": "value"}, files=opened)  # the files are read again from their start
            sent[pool] = _bodies(server.requests)
            for value in opened.values() if isinstance(opened, dict) else [v for _, v in opened]:
                file = value[1] if isinstance(value, tuple) else value
                if not isinstance(file, bytes):
                    file.close()
    assert sent["ours"] == sent["httpx"] and len(sent["ours"]) == 2 and path.read_bytes() in sent["ours"][1]


@pytest.mark.parametrize("pool", [Http11Pool, httpx.HTTPTransport])
def test_a_file_that_grew_after_its_length_was_taken_is_not_sent_whole(
    pool: Callable[..., httpx.BaseTransport], tmp_path: Path
) -> None:
    path = tmp_path / "growing.bin"
    path.write_bytes(b"x" * 1000)
    with raw_server(sends(answer(200))) as server, path.open("rb") as file:
        request = httpx.Request("POST", server.address, files={"file": ("g", file)})
        with path.open("ab") as appending:
            appending.write(b"y" * 10)
        transport = pool(ssl.create_default_context()) if pool is Http11Pool else pool()
        with pytest.raises(Exception, match="Too much data for declared Content-Length") as caught:
            transport.handle_request(request)  # httpx's pool lets h11's own LocalProtocolError through
        assert type(caught.value).__name__ == "LocalProtocolError"
        transport.close()
    assert server.requests == [] or not server.requests[0].endswith(b"--\r\n")


@pytest.mark.parametrize("pool", POOLS)
def test_a_file_longer_than_its_size_says_is_refused_as_httpxs_pool_refuses_it(pool: str, sleeps: list[float]) -> None:
    """A /proc file says it is 0 bytes long: its Content-Length is taken from that, so it cannot be sent whole."""
    proc = Path("/proc/cpuinfo")
    if not proc.is_file() or proc.stat().st_size != 0:
        pytest.skip("no /proc file that understates its size here")
    with raw_server(sends(answer(200))) as server, client(server.address, pool) as c, proc.open("rb") as file:
        http = c.api.get_httpx_client()
        with pytest.raises(APIConnectionError, match="Too much data for declared Content-Length"):
            http.post("/uploads", files={"file": ("cpuinfo", file)})
    assert sleeps == []


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("pool", POOLS)
@pytest.mark.parametrize("target", [b"http://a..b/x", b"http://xn--a/x"])
def test_a_redirect_to_a_host_name_dns_cannot_be_asked_for_is_our_error(
    kind: str, pool: str, target: bytes, sleeps: list[float]
) -> None:
    """Refused by IDNA where httpx builds the request (`xn--` junk) or where the socket layer encodes it (`a..b`;
    a resolver reports a name not found: anyio's under httpx's async pool, and any under httpx2, whose URLs take
    `xn--a`): an APIConnectionError (the latter naming the target), and the redirect's target is never reached."""
    said = rf"redirected to cannot be looked up|\(GET {re.escape(target.decode())}\)"

    def redirects(conn: socket.socket, request: bytes) -> None:
        conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: " + target + b"\r\nContent-Length: 0\r\n\r\n")

    with raw_server(redirects) as server:
        if kind == "sync":
            with client(server.address, pool) as c, pytest.raises(APIConnectionError, match=said):
                c.models.list_models()
        else:
            transport = httpx.AsyncHTTPTransport() if pool == "httpx" else None

            async def call() -> None:
                async with AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=transport) as c:
                    await c.models.list_models()

            with pytest.raises(APIConnectionError, match=said):
                asyncio.run(call())
    assert server.paths() == ["/api/v1/models"]


# --- TLS ----------------------------------------------------------------------------------------------------


def test_tls_is_verified_against_the_ca_given_and_connections_are_kept(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, sleeps: list[float]
) -> None:
    with tls_serving(fake_h2ogpte.app, tmp_path) as (address, ca_pem):
        with H2OGPTE(address=address, api_key=fake_h2ogpte.api_key, verify=str(ca_pem)) as c:
            assert isinstance(c._connections.default.pool, Http11Pool)
            for _ in range(3):
                assert c.models.list_models()
            pool: Http11Pool = c._connections.default.pool
            assert pool._open == 1
        with H2OGPTE(address=address, api_key=fake_h2ogpte.api_key, verify=False) as c:
            assert c.models.list_models()
        with H2OGPTE(address=address, api_key=fake_h2ogpte.api_key, max_retries=0) as c:
            models = c.models
            with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                models.list_models()  # the throwaway CA is in no trust store


@pytest.mark.parametrize("pool", POOLS)
def test_a_file_that_grew_while_it_was_uploaded_is_our_error_and_not_sent_again(
    pool: str, tmp_path: Path, sleeps: list[float]
) -> None:
    """Its Content-Length was taken before it grew: on either pool, an APIConnectionError saying so, once."""
    path = tmp_path / "growing.bin"
    path.write_bytes(b"x" * 1000)
    with raw_server(sends(answer(200))) as server, client(server.address, pool) as c, path.open("rb") as file:
        request = c.api.get_httpx_client().build_request("POST", "/uploads", files={"file": ("g", file)})
        with path.open("ab") as appending:
            appending.write(b"y" * 10)
        with pytest.raises(APIConnectionError, match="Too much data for declared Content-Length"):
            c.api.get_httpx_client().send(request)
    assert sleeps == []
