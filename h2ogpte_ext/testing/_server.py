"""Serving the fake h2oGPTe with uvicorn: in a background thread, or in the foreground."""

from __future__ import annotations

import asyncio
import errno
import logging
import secrets
import signal
import socket
import sys
import tempfile
import threading
import traceback
from pathlib import Path
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any, cast

import uvicorn

from h2ogpte_ext.testing._app import create_app
from h2ogpte_ext.testing._faults import Faults
from h2ogpte_ext.testing._state import DEFAULTS, State

if TYPE_CHECKING:
    from starlette.applications import Starlette

THREAD_NAME = "fake-h2ogpte"


def plain_traceback(exc: BaseException) -> str:
    """`traceback.format_exception(exc)` without the `^^^^` lines under each source line: on Python 3.11+,
    working those out runs `ast.parse` on the line."""
    formatted = traceback.TracebackException.from_exception(exc)
    pending, seen = [formatted], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if sys.version_info >= (3, 11):  # 3.10 writes no carets
            for frame in current.stack:
                frame.colno = frame.end_colno = None
        chained = [current.__cause__, current.__context__, *(getattr(current, "exceptions", None) or ())]
        pending.extend(other for other in chained if other is not None)
    return "".join(formatted.format()).rstrip("\n")


class _PlainTracebacks(logging.Filter):
    """What the server thread logs with a traceback (uvicorn's "Exception in ASGI application" for a dropped
    connection, a response outside the spec or a bug in the fake; asyncio's unretrieved task exceptions) is
    logged with the traceback already written out, without the caret lines, so that no handler (uvicorn's,
    or pytest's capturing ones) formats it with `ast.parse` in that thread.

    On CPython 3.11 before 3.11.8 the AST constructor keeps its recursion depth in state the whole
    interpreter shares (CPython gh-106905): when the test's thread is inside `ast.parse` (pytest showing a
    failure parses the test's module) and a garbage collection there runs a finalizer, this thread can take
    the GIL, and its own `ast.parse` makes the test's fail with "SystemError: AST constructor recursion depth
    mismatch": a pytest INTERNALERROR instead of the test's failure."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.threadName == THREAD_NAME and record.exc_info and record.exc_info[1] and not record.exc_text:
            record.exc_text = plain_traceback(record.exc_info[1])
        return True


_PLAIN_TRACEBACKS = _PlainTracebacks()


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Small responses go out at once: without it Nagle and delayed ACKs add ~40 ms to every request.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    return sock


def _websocket_protocol(*args: Any, **kwargs: Any) -> asyncio.Protocol:
    """uvicorn's wsproto protocol, imported on the first websocket connection, not at every start (~15 ms)."""
    from uvicorn.protocols.websockets.wsproto_impl import WSProtocol

    return WSProtocol(*args, **kwargs)


class FakeH2OGPTE:
    """A running fake h2oGPTe on loopback, in a background thread.

    >>> with FakeH2OGPTE() as server:
    ...     httpx.get(f"{server.url}/rpc/health/readiness").status_code
    200

    `variety=SEED` fills optional and nullable properties with absent, null and edge values (the same for
    a seed); `strict=True` rejects what the spec does not allow even where the real server accepts it;
    request bodies over `max_body_bytes` (1 GiB) are answered 413, and so are bodies read whole into
    memory (JSON, text: all but multipart forms) over `max_json_body_bytes` (16 MiB); `state.requests`
    keeps the last `max_logged_requests` requests (10,000). `reset()` brings every setting back to these.
    Besides `api_key`, it accepts the bearer tokens `issue_token()` gives, each for as many requests as asked.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str = "sk-fake-h2ogpte",
        variety: int | None = DEFAULTS.variety,
        strict: bool = DEFAULTS.strict,
        max_body_bytes: int = DEFAULTS.max_body_bytes,
        max_json_body_bytes: int = DEFAULTS.max_json_body_bytes,
        max_logged_requests: int = DEFAULTS.max_logged_requests,
    ) -> None:
        self.api_key = api_key
        self._socket = _bind(host, port)  # first: a busy port leaves no temporary folder behind
        self._tmp = tempfile.TemporaryDirectory(prefix="fake-h2ogpte-")
        self.workdir: Path = Path(self._tmp.name)
        try:
            self.app: Starlette = create_app(
                api_key,
                self.workdir,
                variety=variety,
                strict=strict,
                max_body_bytes=max_body_bytes,
                max_json_body_bytes=max_json_body_bytes,
                max_logged_requests=max_logged_requests,
            )
        except BaseException:  # a setting refused: nothing left behind
            self._socket.close()
            self._tmp.cleanup()
            raise
        bound_host, bound_port = self._socket.getsockname()[:2]
        self.url: str = f"http://{bound_host}:{bound_port}"
        # HTTP parsed by httptools (the `testing` extra installs it; uvicorn's "auto" falls back to h11
        # without it): ~70 µs less CPU per request. No access log: at "warning" it was formatted for nothing.
        # The chat websocket (`/ws`) by wsproto (the extra installs it): uvicorn's "auto" would take the
        # `websockets` package when present, and the vendor's client pins one (11.0.3) older than uvicorn needs.
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
            ws=cast("type[asyncio.Protocol]", _websocket_protocol),
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def faults(self) -> Faults:
        """Inject failures: `server.faults.add(path="/api/v1/collections*", status=503, times=2)`."""
        return self.state.faults

    @property
    def state(self) -> State:
        """The server's in-memory state (collections, documents, jobs, fault-injection queues, ...)."""
        state: State = self.app.state.fake
        return state

    def issue_token(self, *, uses: int | None = None) -> str:
        """A new bearer token the server accepts besides its API key, for `uses` requests (any number when
        None); after that it is refused with a 401, as an expired token is. Tokens are forgotten on `reset()`.

            token = server.issue_token(uses=3)  # three requests, then 401
        """
        if uses is not None and (not isinstance(uses, int) or isinstance(uses, bool) or uses < 0):
            raise ValueError(f"uses must be a whole number >= 0 or None, not {uses!r}")
        token = f"tok-{secrets.token_hex(16)}"
        self.state.tokens[token] = uses
        return token

    def reset(self) -> None:
        """Forget all state (records, files, jobs, faults, requests seen, tokens issued), bring every setting back
        to what the server was made with, and keep serving: a fresh fake for the next test without starting
        another."""
        self.state.reset()

    def start(self) -> FakeH2OGPTE:
        ready = threading.Event()

        async def serve() -> None:
            task = asyncio.create_task(self._server.serve(sockets=[self._socket]))
            while not self._server.started and not task.done():
                await asyncio.sleep(0.001)
            ready.set()
            await task

        for name in ("uvicorn.error", "asyncio"):  # the loggers that log this thread's exceptions
            if _PLAIN_TRACEBACKS not in logging.getLogger(name).filters:
                logging.getLogger(name).addFilter(_PLAIN_TRACEBACKS)
        self._thread = threading.Thread(target=asyncio.run, args=(serve(),), name=THREAD_NAME, daemon=True)
        self._thread.start()
        if not ready.wait(10) or not self._server.started:
            raise RuntimeError("the fake h2oGPTe server did not start")
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self._thread = None
        self._socket.close()
        self._tmp.cleanup()

    def __enter__(self) -> FakeH2OGPTE:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        if exc is None and self.state.violations:
            raise AssertionError("the fake sent responses its spec forbids:\n" + "\n".join(self.state.violations))


def cannot_listen(host: str, port: int, exc: OSError) -> str:
    """The one line `h2ogpte-ext fake-server` and `python -m h2ogpte_ext.testing` print when `_bind` fails."""
    if exc.errno == errno.EADDRINUSE:
        return f"cannot listen on {host}:{port}: the port is in use (--port 0 picks a free one)"
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}"


def serve_forever(host: str, port: int, api_key: str, *, variety: int | None = None, strict: bool = False) -> None:
    """Run in the foreground until Ctrl-C or SIGTERM (either removes the temporary folder); print one
    `listening on URL` line once connectable."""
    server = FakeH2OGPTE(host=host, port=port, api_key=api_key, variety=variety, strict=strict).start()
    stop = threading.Event()

    def terminate(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, terminate)
    print(f"listening on {server.url}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
