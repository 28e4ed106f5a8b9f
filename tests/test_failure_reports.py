"""A failing test is reported as a failure, whatever the fake's server thread does meanwhile.

On CPython 3.11 before 3.11.8 (CPython gh-106905) the AST constructor keeps its recursion depth in state the
whole interpreter shares. pytest parses the failing test's module to show the failure; a garbage collection
in the middle of that runs finalizers, Python code, where another thread can take the GIL. The fake's
thread, writing out the traceback uvicorn logs for a dropped connection, called `ast.parse` too (3.11's
tracebacks work out their `^^^^` lines with it), and pytest's parse then failed with `SystemError: AST
constructor recursion depth mismatch`: an INTERNALERROR, and neither the failure nor the totals reported.
The fake's thread now writes out its tracebacks without the caret lines (`h2ogpte_ext/testing/_server.py`).

The same SystemError, with no other thread: the door once handed openai 3 our `httpx.Timeout`, and openai's
own HTTP client (httpx2) refused it half-way through its `__init__`. Kept alive by the failed test's traceback
(pytest keeps it in a reference cycle), that half-built client was collected during pytest's parse for the
next failure; its `__del__` raised (AttributeError), and pytest's unraisable-exception hook, formatting that
traceback, called `ast.parse` inside the parse. The door now builds the HTTP client itself, with a finalizer
that never raises.
"""

from __future__ import annotations

import ast
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from h2ogpte_ext.testing._server import THREAD_NAME, plain_traceback
from tests.raw import api_client

# A test that fails while four threads keep the fake dropping connections (each one a traceback uvicorn logs in
# the server's thread) and leave garbage with a finalizer behind. A long module: pytest's parse of it to show
# the failure takes long enough for the garbage collector to run in the middle of it.
DELIBERATELY_FAILING = """
import threading
from collections.abc import Iterator

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE


class Finalised:
    def __del__(self) -> None:  # Python code, run by whichever thread collects the garbage
        pass


@pytest.fixture
def dropped_connections(fake_h2ogpte: FakeH2OGPTE) -> Iterator[None]:
    fake_h2ogpte.faults.add(path="/api/v1/models", drop_after_bytes=1, times=-1)
    stop = threading.Event()

    def ask() -> None:
        auth = {"Authorization": f"Bearer {fake_h2ogpte.api_key}"}
        with httpx.Client(base_url=fake_h2ogpte.url, headers=auth) as client:
            while not stop.is_set():
                try:
                    client.get("/api/v1/models")
                except httpx.TransportError:
                    pass
                for _ in range(200):
                    garbage = Finalised()
                    garbage.cycle = garbage

    threads = [threading.Thread(target=ask, daemon=True) for _ in range(4)]
    for thread in threads:
        thread.start()
    yield  # the threads go on while pytest shows the failure, until the teardown
    stop.set()
    for thread in threads:
        thread.join(30)


def test_deliberately_failing(fake_h2ogpte: FakeH2OGPTE, dropped_connections: None) -> None:
    while len(fake_h2ogpte.state.requests) < 50:
        threading.Event().wait(0.01)
    assert fake_h2ogpte.state.requests == "deliberately not"
"""
PADDING = "\n".join(f"PADDING_{i} = [{i}, ({i}, {i} + 1), {{'key': {i}}}]" for i in range(8000))


def test_a_failure_is_reported_while_the_fake_logs_tracebacks(tmp_path: Path) -> None:
    module = tmp_path / "test_deliberately_failing.py"
    module.write_text(DELIBERATELY_FAILING + "\n\n" + PADDING + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", module.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert "INTERNALERROR" not in output, output[-3000:]
    assert done.returncode == 1, output[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("1 failed"), last
    assert "FAILED test_deliberately_failing.py::test_deliberately_failing" in done.stdout


def test_the_fake_writes_out_tracebacks_without_parsing_python(
    fake_h2ogpte: FakeH2OGPTE, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed_in: list[str] = []
    parse = ast.parse

    def parse_and_note(*args: Any, **kwargs: Any) -> Any:
        parsed_in.append(threading.current_thread().name)
        return parse(*args, **kwargs)

    monkeypatch.setattr(ast, "parse", parse_and_note)
    written: list[str] = []

    class Written(logging.Handler):  # formats in the thread that logs, as uvicorn's and pytest's handlers do
        def emit(self, record: logging.LogRecord) -> None:
            written.append(self.format(record))

    handler = Written()
    logging.getLogger("uvicorn.error").addHandler(handler)
    try:
        fake_h2ogpte.faults.add(path="/api/v1/models", drop_after_bytes=1)
        with api_client(fake_h2ogpte) as api, pytest.raises(httpx.TransportError):
            api.get("/models")
        for _ in range(1000):  # a bound, not a timing: the fake logs as soon as it has dropped the connection
            if written:
                break
            time.sleep(0.01)
    finally:
        logging.getLogger("uvicorn.error").removeHandler(handler)
    assert written, "the fake logged nothing for the dropped connection"
    assert "Exception in ASGI application" in written[0]
    assert "DroppedConnection: fault injection: connection dropped after 1 bytes" in written[0]
    assert 'File "' in written[0] and "^^^" not in written[0]
    assert THREAD_NAME not in parsed_in


def test_a_plain_traceback_keeps_the_frames_and_the_chain_without_carets() -> None:
    def fail() -> None:
        found: dict[str, int] = {}
        try:
            found["missing"]
        except KeyError as exc:
            raise ValueError("the cause was a missing key") from exc

    try:
        fail()
    except ValueError as exc:
        text = plain_traceback(exc)
    assert text.startswith("Traceback (most recent call last):")
    assert "KeyError: 'missing'" in text and "direct cause of the following exception" in text
    assert text.endswith("ValueError: the cause was a missing key")
    assert 'raise ValueError("the cause was a missing key") from exc' in text
    assert "^" not in text


DOOR_FAILING = """
import pytest

from h2ogpte_ext import H2OGPTE
from h2ogpte_ext.testing import FakeH2OGPTE


@pytest.mark.parametrize("attempt", [1, 2])
def test_deliberately_failing(fake_h2ogpte: FakeH2OGPTE, attempt: int) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        client.openai(timeout="no timeout")  # httpx2 refuses it half-way through the HTTP client's __init__
"""


def _openai_on_httpx2() -> bool:
    try:
        import openai
    except ImportError:
        return False
    return any(cls.__module__.partition(".")[0] == "httpx2" for cls in openai.DefaultHttpxClient.__mro__)


@pytest.mark.skipif(not _openai_on_httpx2(), reason="needs openai 3 (built on httpx2), whose client refuses it")
def test_a_door_that_fails_half_way_is_reported(tmp_path: Path) -> None:
    module = tmp_path / "test_door_failing.py"
    module.write_text(DOOR_FAILING + "\n\n" + PADDING + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", module.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert "INTERNALERROR" not in output, output[-3000:]
    assert "Exception ignored" not in output, output[-3000:]  # no half-built client whose __del__ raises
    assert done.returncode == 1, output[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("2 failed"), last
