"""The sync client's own connection pool: HTTP/1.1 on the standard library's sockets, where no proxy is in the way.

httpx's pool (httpcore, and h11 underneath) spends most of a small call's CPU time in its own layers: its
events, state machines and locks cost more than the sockets do. This pool writes a request in one piece
and parses the answer with a few byte operations, under the rules h11 keeps for a client:

- the head of an answer (status line and header lines) is at most 100 KiB, as httpcore reads; obs-folded
  lines are joined; a malformed line, status or Content-Length is a RemoteProtocolError;
- informational answers (1xx) are skipped; HEAD, 204 and 304 have no body; Transfer-Encoding must be
  chunked, and wins over Content-Length; without either the body runs until the server closes;
- a body shorter than its Content-Length, or cut inside a chunk, is a RemoteProtocolError, never a short body;
- a request's header names, values and target are checked before anything is written (CR, LF, NUL, other
  control characters are a LocalProtocolError), and a body that disagrees with its Content-Length is refused;
- a connection is kept only after an HTTP/1.1 answer read to its end, without `Connection: close`, and is
  checked before it is used again (one the server closed while idle is dropped, as httpcore does);
- the limits are httpx's: 100 connections, 20 kept idle, each for at most 5 s;
- failures are httpx's exceptions, raised where httpcore raises them (connect, write, read, pool), so the
  client's error tree and retry rules are the same on either pool. A server that answers while the request
  is still being written (a 413 to an upload) is read, as httpcore does.

`nox -s bench` measures it (`sync get 1 collection`). A proxy's pool is httpx's (`new_pool` in
`h2ogpte_ext._sync._io`).
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import socket
import ssl
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import httpx

from h2ogpte_ext._httpx_private import multipart_pieces

HEAD_LIMIT = 100 * 1024  # httpcore's bound on the head of an answer (h11's max_incomplete_event_size)
READ_SIZE = 64 * 1024
MAX_CONNECTIONS, MAX_IDLE, IDLE_EXPIRY = 100, 20, 5.0  # httpx's default limits

# h11's grammar (h11._abnf): a token; a value of visible characters (any byte but NUL and white space) with
# spaces or tabs only between them; a request target; a status line.
_TOKEN = re.compile(rb"[-!#$%&'*+.^_`|~0-9A-Za-z]+")
_VALUE = re.compile(rb"(?:[^\x00\s]+(?:[ \t]+[^\x00\s]+)*)?")
_TARGET = re.compile(rb"[^\x00\s]+")
_STATUS = re.compile(rb"HTTP/(1\.[01]) ([0-9]{3})(?: ((?:[ \t]|[^\x00\s])*))?")
_FIELD = re.compile(rb"([-!#$%&'*+.^_`|~0-9A-Za-z]+):[ \t]*((?:[^\x00\s]+(?:[ \t]+[^\x00\s]+)*)?)[ \t]*")
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_LINE_END = re.compile(rb"\r?\n")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?\r?\n")
_CONTENT_LENGTH = re.compile(rb"[0-9]{1,19}")


class NotSent(Exception):
    """The cause of a ConnectError, ConnectTimeout or PoolTimeout of this pool: no byte of the request was
    written (what `h2ogpte_ext._retry.never_sent` looks for, as it looks for httpcore's)."""


def _unsent(kind: type[httpx.TransportError], exc: BaseException | None, message: str) -> httpx.TransportError:
    marker = NotSent(message)
    marker.__cause__ = exc
    error = kind(message)
    error.__cause__ = marker
    return error


def _dropped(sock: socket.socket) -> bool:
    """Whether an idle connection has something to read: the server closed it (or sent what it should not)."""
    fd = sock.fileno()
    if fd < 0:
        return True
    if sys.platform == "win32" or not hasattr(select, "poll"):
        return bool(select.select([fd], [], [], 0)[0])
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))


class _Connection:
    __slots__ = ("buffer", "sock")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        # What was read past the part parsed so far: a bytearray, as taking from its front costs no copy of the
        # rest (an answer of many small chunks in one read would otherwise be copied once per chunk).
        self.buffer = bytearray()

    def take(self, size: int) -> bytes:
        """The first `size` bytes of the buffer (fewer if it holds fewer), taken from it."""
        piece = bytes(self.buffer[:size])
        del self.buffer[:size]
        return piece

    def recv(self) -> bytes:
        try:
            return self.sock.recv(READ_SIZE)
        except TimeoutError as exc:
            raise httpx.ReadTimeout(str(exc) or "timed out") from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc) or type(exc).__name__) from exc

    def send(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[self.sock.send(view) :]
        except TimeoutError as exc:
            raise httpx.WriteTimeout(str(exc) or "timed out") from exc
        except OSError as exc:
            raise httpx.WriteError(str(exc) or type(exc).__name__) from exc

    def sendfile(self, file: BinaryIO, count: int) -> int:
        """`count` bytes of `file` from its start (fewer if it is shorter now), as the kernel copies them."""
        try:
            return self.sock.sendfile(file, 0, count)
        except TimeoutError as exc:
            raise httpx.WriteTimeout(str(exc) or "timed out") from exc
        except OSError as exc:
            raise httpx.WriteError(str(exc) or type(exc).__name__) from exc

    def line(self) -> bytes:
        """The next line (with its end), at most HEAD_LIMIT long."""
        while True:
            end = self.buffer.find(b"\n")
            if end >= 0:
                return self.take(end + 1)
            if len(self.buffer) > HEAD_LIMIT:
                raise httpx.RemoteProtocolError("a line of the answer is longer than 100 KiB")
            data = self.recv()
            if not data:
                raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")
            self.buffer += data

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


def _request_head(request: httpx.Request) -> tuple[bytes, int | None, bool]:
    """The request line and headers, checked as h11 checks them; the body's Content-Length (or None), and
    whether it is sent chunked."""
    method = request.method.encode("ascii")
    target = request.url.raw_path
    if not _TOKEN.fullmatch(method):
        raise httpx.LocalProtocolError("illegal request method")
    if not _TARGET.fullmatch(target):
        raise httpx.LocalProtocolError("illegal request target (a space or control character)")
    parts = [method, b" ", target, b" HTTP/1.1\r\n"]
    length: int | None = None
    chunked = False
    host = False
    for name, value in request.headers.raw:
        if not _TOKEN.fullmatch(name):
            raise httpx.LocalProtocolError("illegal header name")
        if not _VALUE.fullmatch(value):  # never the value in the message: it may be the API key
            raise httpx.LocalProtocolError(f"illegal header value of {name.decode('ascii')}")
        lower = name.lower()
        if lower == b"content-length":
            if not _CONTENT_LENGTH.fullmatch(value) or (length is not None and int(value) != length):
                raise httpx.LocalProtocolError("illegal Content-Length")
            length = int(value)
        elif lower == b"transfer-encoding":
            if value.lower() != b"chunked":
                raise httpx.LocalProtocolError("only Transfer-Encoding: chunked can be sent")
            chunked = True
        elif lower == b"host":
            host = True
        parts += (name, b": ", value, b"\r\n")
    if not host:
        raise httpx.LocalProtocolError("missing Host header")
    if chunked and length is not None:
        raise httpx.LocalProtocolError("Content-Length and Transfer-Encoding both given")
    parts.append(b"\r\n")
    return b"".join(parts), length, chunked


def _send_request(
    connection: _Connection, head: bytes, stream: Iterable[bytes], length: int | None, chunked: bool
) -> None:
    """The head, then the body: small pieces go out together, in one write with the head when they can. The
    files of a multipart body go from the page cache to the socket (sendfile), where the connection is plain
    TCP: the same bytes as httpx's encoder reads from them, without a copy through Python."""
    pending = [head]
    size = len(head)
    sent = 0
    pieces: Iterable[bytes | BinaryIO] = stream
    if length is not None and not isinstance(connection.sock, ssl.SSLSocket):
        pieces = multipart_pieces(stream) or stream
    for chunk in pieces:
        if not isinstance(chunk, bytes):  # a regular file, sent whole (count: its size now)
            count = os.fstat(chunk.fileno()).st_size
            if length is None or sent + count > length:
                raise httpx.LocalProtocolError("Too much data for declared Content-Length")
            connection.send(b"".join(pending))
            pending, size = [], 0
            if count:
                sent += connection.sendfile(chunk, count)
            if os.pread(chunk.fileno(), 1, count):  # longer than its size said (a /proc file, or it grew)
                raise httpx.LocalProtocolError("Too much data for declared Content-Length")
            continue
        if not chunk:
            continue
        sent += len(chunk)
        if chunked:
            pending.append(b"%x\r\n" % len(chunk))
            size += 8
        elif length is None or sent > length:
            raise httpx.LocalProtocolError("Too much data for declared Content-Length")
        if len(chunk) >= READ_SIZE:
            connection.send(b"".join(pending))
            connection.send(chunk)
            pending, size = [], 0
        else:
            pending.append(chunk)
            size += len(chunk)
        if chunked:
            pending.append(b"\r\n")
        if size >= READ_SIZE:
            connection.send(b"".join(pending))
            pending, size = [], 0
    if length is not None and sent != length:
        raise httpx.LocalProtocolError("Too little data for declared Content-Length")
    if chunked:
        pending.append(b"0\r\n\r\n")
    if pending:
        connection.send(b"".join(pending))


def _read_head(connection: _Connection) -> bytes:
    data = connection.buffer
    start = 0
    while True:
        if start == 0 and data.startswith((b"\r", b"\n")):  # blank lines before a status line are skipped, as h11 does
            del data[: len(data) - len(data.lstrip(b"\r\n"))]
        end = _HEAD_END.search(data, start)
        if end is not None:
            head = bytes(data[: end.start()])
            del data[: end.end()]
            return head
        if len(data) > HEAD_LIMIT:
            raise httpx.RemoteProtocolError("the head of the answer is longer than 100 KiB")
        start = max(0, len(data) - 3)
        more = connection.recv()
        if not more:
            if data:
                raise httpx.RemoteProtocolError("Server disconnected in the middle of the head of its answer.")
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        data += more


def _parse_head(head: bytes) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]]]:
    lines = _LINE_END.split(head)
    status = _STATUS.fullmatch(lines[0])
    if status is None:
        raise httpx.RemoteProtocolError("the answer's status line is malformed")
    headers: list[tuple[bytes, bytes]] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t"):  # obs-fold: a continuation of the line before, joined by a space
            if not headers:
                raise httpx.RemoteProtocolError("the answer's first header line is a continuation")
            name, value = headers[-1]
            headers[-1] = (name, (value + b" " + line.strip(b" \t")).strip(b" "))
            continue
        field = _FIELD.fullmatch(line)
        if field is None:
            raise httpx.RemoteProtocolError("a header line of the answer is malformed")
        headers.append((field[1], field[2]))
    return status[1], int(status[2]), status[3] or b"", headers


def _framing(method: str, status: int, version: bytes, headers: list[tuple[bytes, bytes]]) -> tuple[int | None, bool]:
    """How the body ends: its length, or -1 for chunked, or None for at the connection's close; and whether
    the connection may be kept after it (RFC 9112, section 6.3)."""
    length: int | None = None
    chunked = False
    close = version != b"1.1"
    for name, value in headers:
        lower = name.lower()
        if lower == b"content-length":
            for part in value.split(b","):
                part = part.strip(b" \t")
                if not _CONTENT_LENGTH.fullmatch(part) or (length is not None and int(part) != length):
                    raise httpx.RemoteProtocolError("the answer's Content-Length is malformed or conflicting")
                length = int(part)
        elif lower == b"transfer-encoding":
            if value.lower() != b"chunked" or chunked:
                raise httpx.RemoteProtocolError("the answer's Transfer-Encoding is not chunked")
            chunked = True
        elif lower == b"connection" and b"close" in [t.strip(b" \t") for t in value.lower().split(b",")]:
            close = True
    if status == 101:  # switched to another protocol: the connection is not HTTP's any more
        return 0, False
    if method == "HEAD" or status in (204, 304) or status < 200:
        return 0, not close
    if chunked:
        return -1, not close
    if length is None:
        return None, False
    return length, not close


class _Body(httpx.SyncByteStream):
    """An answer's body, read from its connection as it is iterated; the connection goes back to the pool once
    the body was read to its end, and is closed if the body is closed before that."""

    def __init__(
        self, pool: Http11Pool, origin: tuple[str, str, int], connection: _Connection, length: int | None, keep: bool
    ) -> None:
        self.pool, self.origin, self.length, self.keep = pool, origin, length, keep
        self.connection: _Connection | None = connection
        self.whole: bytes | None = None  # the body, when it came with the head (the connection is back then)
        if length is not None and 0 <= length <= len(connection.buffer):
            self.whole = connection.take(length)
            self.connection = None
            pool.release(origin, connection, keep and not connection.buffer)

    def __iter__(self) -> Iterator[bytes]:
        if self.whole is not None:
            if self.whole:
                yield self.whole
            return
        connection = self.connection
        if connection is None:
            raise httpx.StreamClosed()
        try:
            if self.length is None:
                yield from self._until_close(connection)
            elif self.length < 0:
                yield from self._chunked(connection)
            else:
                yield from self._sized(connection, self.length)
        except BaseException:
            self.close()
            raise
        self.connection = None
        self.pool.release(self.origin, connection, self.keep and not connection.buffer)

    @staticmethod
    def _sized(connection: _Connection, length: int) -> Iterator[bytes]:
        remaining = length
        if connection.buffer and remaining:
            piece = connection.take(remaining)
            remaining -= len(piece)
            yield piece
        while remaining:
            piece = connection.recv()
            if not piece:
                raise httpx.RemoteProtocolError(
                    "peer closed connection without sending complete message body: "
                    f"received {length - remaining} bytes, expected {length}"
                )
            if len(piece) > remaining:
                connection.buffer += piece[remaining:]
                piece = piece[:remaining]
            remaining -= len(piece)
            yield piece

    @classmethod
    def _chunked(cls, connection: _Connection) -> Iterator[bytes]:
        while True:
            size_line = connection.line()
            size = _CHUNK_SIZE.fullmatch(size_line)
            if size is None:
                raise httpx.RemoteProtocolError("a chunk of the answer's body has a malformed size")
            length = int(size[1], 16)
            if length == 0:
                while connection.line().strip(b"\r\n"):  # trailers, ignored as httpx does
                    pass
                return
            yield from cls._sized(connection, length)
            if connection.line() not in (b"\r\n", b"\n"):
                raise httpx.RemoteProtocolError("a chunk of the answer's body is longer than its size")

    @staticmethod
    def _until_close(connection: _Connection) -> Iterator[bytes]:
        if connection.buffer:
            yield connection.take(len(connection.buffer))
        while piece := connection.recv():
            yield piece

    def close(self) -> None:
        connection, self.connection = self.connection, None
        if connection is not None:  # not read to its end: what is left of it would be read as the next answer
            self.pool.release(self.origin, connection, False)


class Http11Pool(httpx.BaseTransport):
    """Connections to any origin, over plain TCP or TLS (`ssl_context`), shared by threads."""

    def __init__(self, ssl_context: ssl.SSLContext) -> None:
        self.ssl_context = ssl_context
        self._lock = threading.Condition()
        self._idle: dict[tuple[str, str, int], list[tuple[_Connection, float]]] = {}
        self._idle_count = 0
        self._open = 0  # connections made and not yet closed, idle or in use
        self._closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"Request URL has an unsupported protocol '{scheme}://'.")
        host = url.raw_host.decode("ascii")
        origin = (scheme, host, url.port or (443 if scheme == "https" else 80))
        head, length, chunked = _request_head(request)
        timeouts: dict[str, Any] = request.extensions.get("timeout") or {}
        connection = self._acquire(origin, timeouts.get("pool"))
        if connection is None:
            try:
                connection = self._connect(origin, timeouts.get("connect"))
            except BaseException:
                self._forget()
                raise
        try:
            status, headers, extensions, body = self._exchange(
                request, origin, connection, head, length, chunked, timeouts
            )
        except BaseException:
            self.release(origin, connection, False)
            raise
        return httpx.Response(status, headers=headers, stream=body, extensions=extensions)

    def _exchange(
        self,
        request: httpx.Request,
        origin: tuple[str, str, int],
        connection: _Connection,
        head: bytes,
        length: int | None,
        chunked: bool,
        timeouts: dict[str, Any],
    ) -> tuple[int, list[tuple[bytes, bytes]], dict[str, bytes], _Body]:
        """Send the request and read the head of its answer: its status, headers, extensions and body."""
        connection.sock.settimeout(timeouts.get("write"))
        keep = True
        try:
            _send_request(connection, head, request.stream, length, chunked)  # type: ignore[arg-type]
        except httpx.WriteError:
            keep = False  # the server may have answered and closed (a 413 to an upload): read that answer
        connection.sock.settimeout(timeouts.get("read"))
        while True:
            version, status, reason, headers = _parse_head(_read_head(connection))
            if not 100 <= status < 200 or status == 101:
                break
        length, kept = _framing(request.method, status, version, headers)
        # The last step that may fail: the body owns the connection from here (and may have given it back).
        body = _Body(self, origin, connection, length, keep and kept)
        return status, headers, {"http_version": b"HTTP/" + version, "reason_phrase": reason}, body

    def _acquire(self, origin: tuple[str, str, int], timeout: float | None) -> _Connection | None:
        """An idle connection to `origin` that is still good, or None with room made for a new one."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while True:
                idle = self._idle.get(origin)
                now = time.monotonic()
                while idle:
                    connection, since = idle.pop()
                    self._idle_count -= 1
                    if now - since < IDLE_EXPIRY and not _dropped(connection.sock):
                        return connection
                    connection.close()
                    self._open -= 1
                if self._open < MAX_CONNECTIONS:
                    self._open += 1
                    return None
                if self._idle_count:  # room for this origin: close the oldest idle connection of another
                    others = min((c for c in self._idle.values() if c), key=lambda c: c[0][1])
                    others.pop(0)[0].close()
                    self._idle_count -= 1
                    self._open -= 1
                    continue
                left = None if deadline is None else deadline - now
                if left is not None and left <= 0:
                    raise _unsent(httpx.PoolTimeout, None, "no connection of the pool became free in time")
                self._lock.wait(left)

    def _connect(self, origin: tuple[str, str, int], timeout: float | None) -> _Connection:
        scheme, host, port = origin
        sock: socket.socket | None = None
        try:
            sock = socket.create_connection((host, port), timeout)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                sock = self.ssl_context.wrap_socket(sock, server_hostname=host)
        except BaseException as exc:
            if sock is not None:  # the TCP connection, when TLS could not be set up on it
                sock.close()
            if isinstance(exc, TimeoutError):
                raise _unsent(httpx.ConnectTimeout, exc, str(exc) or "timed out") from None
            if isinstance(exc, OSError):
                raise _unsent(httpx.ConnectError, exc, str(exc) or type(exc).__name__) from None
            raise
        return _Connection(sock)

    def _forget(self) -> None:
        """A connection that was to be made was not."""
        with self._lock:
            self._open -= 1
            self._lock.notify()

    def release(self, origin: tuple[str, str, int], connection: _Connection, keep: bool) -> None:
        """A connection's answer is done: keep it for the next request to `origin`, or close it."""
        with self._lock:
            if keep and not self._closed and self._idle_count < MAX_IDLE:
                self._idle.setdefault(origin, []).append((connection, time.monotonic()))
                self._idle_count += 1
            else:
                connection.close()
                self._open -= 1
            self._lock.notify()

    def close(self) -> None:
        """Close the idle connections; those in use are closed when their answer is done."""
        with self._lock:
            self._closed = True
            for idle in self._idle.values():
                for connection, _ in idle:
                    connection.close()
                    self._open -= 1
            self._idle.clear()
            self._idle_count = 0
            self._lock.notify_all()
