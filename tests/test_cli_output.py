"""The `h2ogpte-ext` command against a hostile or failing server: what it prints, what it keeps, what it writes.

Each test runs the console script as a subprocess against the fake server (real HTTP on loopback); the fake
is bent where it cannot misbehave on its own (a name with escape sequences, an answer with a lone
surrogate, a DELETE that acts and then answers 504) through its handlers, in this process.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.raw import read_terminal

SCRIPT = str(Path(sys.executable).with_name("h2ogpte-ext"))

# What a server could put in a name, an answer or an error message to take over a terminal.
HOSTILE = (
    "\x1b]0;pwned\x07"  # OSC: the window title, ended by BEL
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"  # OSC 8: a link, ended by ST
    "\x1b[2J\x1b[H"  # CSI: clear the screen, cursor home
    "\x9b31m\x9d0;t\x9c\x85"  # C1: one-byte CSI, OSC, ST, NEL
    "\u202egnp.exe\u202c\u2066x\u2069"  # bidi override, embedding end, isolate
    "\x08\x7f\rX\nnext line"  # backspace, DEL, carriage return, a line break
)
# Anything a terminal acts on: none of it may reach the output (outside JSON escapes).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# How the sanitiser shows some of it: as Python escapes, visibly.
VISIBLE = ["\\x1b]0;pwned\\x07", "\\x1b[2J", "\\x9b31m", "\\u202egnp.exe", "\\x08\\x7f\\rX"]
SURROGATE = "half \ud800 a pair"


def run(
    *args: str, server: FakeH2OGPTE | None = None, env: dict[str, str] | None = None, umask: int | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The command, its output as bytes (so that nothing is decoded for it)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("H2OGPTE_")}
    if server is not None:
        environ |= {"H2OGPTE_ADDRESS": server.url, "H2OGPTE_API_KEY": server.api_key}
    environ |= env or {}
    command = [SCRIPT, *args]
    if umask is not None:
        command = ["sh", "-c", f'umask {umask:03o} && exec "$0" "$@"', *command]
    return subprocess.run(command, capture_output=True, env=environ, timeout=120)


def safe(output: bytes) -> str:
    """The output as text, checked: valid UTF-8 (no lone surrogate got out) with nothing a terminal acts on."""
    text = output.decode("utf-8")
    found = UNSAFE.search(text)
    assert found is None, f"{found.group()!r} reached the output: {text!r}"
    return text


def _authorized(server: FakeH2OGPTE) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.api_key}"}


def _collection(server: FakeH2OGPTE, name: str = "plain") -> str:
    response = httpx.post(
        f"{server.url}/api/v1/collections", json={"name": name, "description": "d"}, headers=_authorized(server)
    )
    return str(response.json()["id"])


def _rename(server: FakeH2OGPTE, collection_id: str, name: str) -> None:
    """A name the fake's API would refuse to take (its request checks), as a server may still hold one."""
    from h2ogpte_ext.testing._state import Records

    state = server.state
    state.collections[collection_id] = Records.replace(state.collections[collection_id], name=name)


@pytest.fixture
def answers_end_with(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Make every answer of the fake (asked or agent, streamed or not) end with the given text."""
    from h2ogpte_ext.testing.handlers import chat

    original = chat._answer

    def use(extra: str) -> None:
        def answer(*args: Any) -> tuple[str, list[Any], list[Any]]:
            text, files, documents = original(*args)
            return f"{text} {extra} The end.", files, documents

        monkeypatch.setattr(chat, "_answer", answer)

    return use


@pytest.fixture
def ascii_json(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fake answers JSON as Python's json.dumps writes it by default (ASCII, `\\uXXXX` escapes): the way a
    lone surrogate reaches a client (starlette's UTF-8 cannot encode one)."""
    from starlette.responses import JSONResponse

    def render(self: JSONResponse, content: Any) -> bytes:
        return json.dumps(content, allow_nan=False, separators=(",", ":")).encode()

    monkeypatch.setattr(JSONResponse, "render", render)


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, Any], None]]:
    """Replace the fake's handler of an operation: `handler("get_collection", new)`, `new(call, original)`
    (`original` is None for an operation the fake answers from the spec alone)."""
    from h2ogpte_ext.testing import _state

    def replace(operation_id: str, new: Any) -> None:
        original = _state.HANDLERS.get(operation_id)

        async def handle(call: Any) -> Any:
            return await new(call, original)

        monkeypatch.setitem(_state.HANDLERS, operation_id, handle)

    yield replace


# --- the server's text never drives the terminal ------------------------------------------------------------


def test_collection_names_are_shown_with_their_escapes_visible_one_line_each(fake_h2ogpte: FakeH2OGPTE) -> None:
    hostile, plain = _collection(fake_h2ogpte), _collection(fake_h2ogpte, "plain")
    _rename(fake_h2ogpte, hostile, HOSTILE)
    done = run("collections", "list", server=fake_h2ogpte)
    assert done.returncode == 0, done.stderr
    out = safe(done.stdout)
    assert all(shown in out for shown in VISIBLE)
    lines = out.splitlines()
    assert len(lines) == 2 and {line.split()[0] for line in lines} == {hostile, plain}
    assert "\\nnext line" in out  # a line break in a name stays on the name's line


@pytest.mark.parametrize("args", [("collections", "list", "--json"), ("api", "list_collections")])
def test_json_output_stays_json_of_the_servers_exact_text(fake_h2ogpte: FakeH2OGPTE, args: tuple[str, ...]) -> None:
    _rename(fake_h2ogpte, _collection(fake_h2ogpte), HOSTILE)
    done = run(*args, server=fake_h2ogpte)
    assert done.returncode == 0, done.stderr
    assert [c["name"] for c in json.loads(safe(done.stdout))] == [HOSTILE]  # escaped in JSON, not altered


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("command", [("ask", "Hello?"), ("agent", "Save the totals as 'totals.csv'")])
def test_answers_are_shown_with_their_escapes_visible(
    fake_h2ogpte: FakeH2OGPTE, answers_end_with: Callable[[str], None], command: tuple[str, ...], stream: bool
) -> None:
    answers_end_with(HOSTILE)
    done = run(*command, *(["--stream"] if stream else []), server=fake_h2ogpte)
    assert done.returncode == 0, done.stderr
    out = safe(done.stdout)
    assert all(shown in out for shown in VISIBLE) and "\nnext line The end.\n" in out  # its line breaks kept
    safe(done.stderr)
    as_json = run(*command, *(["--stream"] if stream else []), "--json", server=fake_h2ogpte)
    assert HOSTILE in json.loads(safe(as_json.stdout))["text"]


def test_an_answer_on_a_terminal_is_shown_with_its_escapes_visible(
    fake_h2ogpte: FakeH2OGPTE, answers_end_with: Callable[[str], None]
) -> None:
    import pty

    answers_end_with(HOSTILE)
    primary, secondary = pty.openpty()
    env = {**os.environ, "H2OGPTE_ADDRESS": fake_h2ogpte.url, "H2OGPTE_API_KEY": fake_h2ogpte.api_key}
    proc = subprocess.Popen([SCRIPT, "ask", "Hello?", "--stream"], stdout=secondary, stderr=secondary, env=env)
    os.close(secondary)
    shown = read_terminal(primary)
    assert proc.wait(60) == 0
    os.close(primary)
    text = safe(shown.replace(b"\r\n", b"\n"))  # the terminal's own line endings
    assert all(visible in text for visible in VISIBLE)


def test_error_messages_are_one_line_with_their_escapes_visible(
    fake_h2ogpte: FakeH2OGPTE, handler: Callable[[str, Any], None]
) -> None:
    from h2ogpte_ext.testing._state import FakeError

    async def refuse(call: Any, original: Any) -> Any:
        raise FakeError(404, HOSTILE)

    handler("get_collection", refuse)
    for debug in ([], ["--debug"]):
        done = run(*debug, "api", "get_collection", "--collection-id", "c1", server=fake_h2ogpte)
        assert done.returncode == 1 and done.stdout == b""
        err = safe(done.stderr)
        assert all(shown in err for shown in VISIBLE)
        assert ("Traceback" in err) == bool(debug)
        if not debug:
            assert len(err.splitlines()) == 1 and err.startswith("error: 404 ")
    as_json = run("api", "get_collection", "--collection-id", "c1", "--json", server=fake_h2ogpte)
    assert HOSTILE in json.loads(safe(as_json.stderr))["error"]["message"]


def test_a_failed_stream_ends_the_answers_line_and_shows_the_servers_error_safely(fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.state.completion_failures.append(HOSTILE)
    done = run("ask", "Anyone there?", "--stream", server=fake_h2ogpte)
    assert done.returncode == 1
    assert safe(done.stdout).endswith("\n")  # the partial answer's line ended before the error
    err = safe(done.stderr)
    assert len(err.splitlines()) == 1 and all(shown in err for shown in VISIBLE)
    assert not fake_h2ogpte.state.sessions


def test_a_failed_jobs_errors_are_shown_safely(fake_h2ogpte: FakeH2OGPTE) -> None:
    from h2ogpte_ext import H2OGPTE

    fake_h2ogpte.state.ingest_failures.append(HOSTILE)
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        job = client.document_ingestion.create_ingest_from_website_job(
            url="https://example.com/report", collection_id=_collection(fake_h2ogpte)
        )
    done = run("jobs", "wait", job.id, server=fake_h2ogpte)
    assert done.returncode == 1
    err = safe(done.stderr)
    assert len(err.splitlines()) == 1 and all(shown in err for shown in VISIBLE)


def test_spec_diff_shows_the_documents_names_with_their_escapes_visible(tmp_path: Path) -> None:
    def document(*paths: str) -> str:
        operation = {"get": {"responses": {"200": {"description": "ok"}}}}
        return json.dumps(
            {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": dict.fromkeys(paths, operation)}
        )

    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(document("/kept", "/gone" + HOSTILE))
    new.write_text(document("/kept", "/added" + HOSTILE))
    done = run("spec", "diff", str(old), str(new))
    assert done.returncode == 1, done.stderr  # an operation removed: breaking
    out = safe(done.stdout)
    assert all(shown in out for shown in VISIBLE)
    listed = [line for line in out.splitlines() if line.startswith("  ")]  # one line each, "\n" shown as \n
    assert len(listed) == 2 and all("\\nnext line" in line for line in listed)
    assert listed[0].startswith("  GET /gone\\x1b]0;pwned") and listed[0].endswith(" [BREAKING]")
    assert listed[1].startswith("  GET /added\\x1b]0;pwned")


def test_the_librarys_warnings_are_one_safe_line_each(
    fake_h2ogpte: FakeH2OGPTE, handler: Callable[[str, Any], None]
) -> None:
    from h2ogpte_ext.testing._state import FakeError

    async def unavailable(call: Any, original: Any) -> Any:
        raise FakeError(503, HOSTILE)

    handler("get_message_meta", unavailable)  # the run's metadata: a warning for each piece, then the error
    done = run("agent", "Write 'a.csv'", server=fake_h2ogpte)
    assert done.returncode == 1
    *warnings, error = safe(done.stderr).splitlines()
    assert warnings and all(line.startswith("warning: agent run ") for line in warnings)
    assert all(all(shown in line for shown in VISIBLE) for line in [*warnings, error])
    as_json = run("agent", "Write 'a.csv'", "--json", server=fake_h2ogpte)
    lines = [json.loads(line) for line in safe(as_json.stderr).splitlines()]  # JSON lines: warnings, then the error
    assert all(HOSTILE in line["warning"] for line in lines[:-1]) and HOSTILE in lines[-1]["error"]["message"]


# --- a lone surrogate costs nothing of the output -----------------------------------------------------------


@pytest.mark.usefixtures("ascii_json")
@pytest.mark.parametrize("encoding", [None, "ascii"])
def test_a_lone_surrogate_in_a_name_is_shown_and_the_rest_prints(
    fake_h2ogpte: FakeH2OGPTE, encoding: str | None
) -> None:
    _rename(fake_h2ogpte, _collection(fake_h2ogpte), SURROGATE)
    _rename(fake_h2ogpte, _collection(fake_h2ogpte), "caf\u00e9 \u2615")
    env = {"PYTHONIOENCODING": encoding} if encoding else {}
    done = run("collections", "list", server=fake_h2ogpte, env=env)
    assert done.returncode == 0, done.stderr
    out = safe(done.stdout)
    assert "half \\ud800 a pair" in out and len(out.splitlines()) == 2
    assert ("caf\\xe9 \\u2615" if encoding else "caf\u00e9 \u2615") in out  # what the encoding cannot hold: escaped
    for args in (("collections", "list", "--json"), ("api", "list_collections")):  # JSON, whatever the encoding
        as_json = run(*args, server=fake_h2ogpte, env=env)
        assert sorted(c["name"] for c in json.loads(safe(as_json.stdout))) == sorted([SURROGATE, "caf\u00e9 \u2615"])


@pytest.mark.usefixtures("ascii_json")
@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("command", [("ask", "Hello?"), ("agent", "Save the totals as 'totals.csv'")])
def test_a_lone_surrogate_in_an_answer_is_shown_and_the_rest_prints(
    fake_h2ogpte: FakeH2OGPTE, answers_end_with: Callable[[str], None], command: tuple[str, ...], stream: bool
) -> None:
    answers_end_with(SURROGATE)
    done = run(*command, *(["--stream"] if stream else []), server=fake_h2ogpte)
    assert done.returncode == 0, done.stderr
    out = safe(done.stdout)
    assert "half \\ud800 a pair The end.\n" in out
    if command[0] == "agent":
        assert "files: totals.csv" in out
    as_json = run(*command, *(["--stream"] if stream else []), "--json", server=fake_h2ogpte)
    assert as_json.returncode == 0 and SURROGATE in json.loads(as_json.stdout)["text"]


# --- an answer is never lost to a call after it -------------------------------------------------------------


def _session_named(err: str, server: FakeH2OGPTE) -> str:
    found = re.search(r"chat session (\S+) \(kept: ask a follow-up with --session \1\)", err)
    assert found is not None, err
    assert found.group(1) in server.state.sessions  # kept, with its answer
    return found.group(1)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_ask_prints_the_answer_when_its_references_fail_and_names_the_session(
    fake_h2ogpte: FakeH2OGPTE, stream: bool
) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/messages/*/references", status=503, times=-1)
    done = run("ask", "Hello?", *(["--stream"] if stream else []), server=fake_h2ogpte)
    assert done.returncode == 1
    out, err = safe(done.stdout), safe(done.stderr)
    assert out.startswith("You asked: Hello?") and out.endswith("h2oGPTe.\n")
    assert len(err.splitlines()) == 1 and err.startswith("error: fetching its references failed after the answer: 503")
    session_id = _session_named(err, fake_h2ogpte)
    (message,) = [m for m in fake_h2ogpte.state.conversation(session_id).messages if m.get("reply_to")]
    assert message["content"] == out.removesuffix("\n")


def test_ask_with_json_prints_the_answer_then_the_error_naming_the_session(fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/messages/*/references", status=503, times=-1)
    done = run("ask", "Hello?", "--json", server=fake_h2ogpte)
    assert done.returncode == 1
    answer, error = json.loads(done.stdout), json.loads(done.stderr)
    assert answer["text"].startswith("You asked: Hello?") and answer["references"] is None
    assert error["exit_code"] == 1 and error["error"]["status_code"] == 503
    assert error["error"]["session_id"] == answer["session_id"] in fake_h2ogpte.state.sessions
    assert error["error"]["message_id"] == answer["message_id"]


def _warnings_then_error(err: str) -> str:
    """The last line of stderr, the error; the library's warnings may come before it, one line each."""
    *warnings, error = err.splitlines()
    assert all(line.startswith(("warning: ", '{"warning": ')) for line in warnings), err
    return error


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_agent_prints_the_answer_when_its_metadata_fails_and_names_the_session(
    fake_h2ogpte: FakeH2OGPTE, stream: bool
) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/messages/*/meta", status=503, times=-1)
    done = run("agent", "Save the totals as 'totals.csv'", *(["--stream"] if stream else []), server=fake_h2ogpte)
    assert done.returncode == 1
    out, err = safe(done.stdout), safe(done.stderr)
    assert out.startswith("I worked through the task") and "saved 1 file(s): totals.csv" in out
    found = re.search(r"\nmessage (\S+); files: unknown\n$", out)
    assert found is not None, out
    error = _warnings_then_error(err)
    assert error.startswith("error: reading the run's metadata failed after the answer: ") and "503" in error
    assert f"the answer (message {found.group(1)})" in error
    _session_named(error, fake_h2ogpte)
    as_json = run("agent", "Write 'a.csv'", "--json", server=fake_h2ogpte)
    answer, failure = json.loads(as_json.stdout), json.loads(_warnings_then_error(safe(as_json.stderr)))
    assert answer["text"].startswith("I worked through the task") and answer["files"] is None
    assert failure["error"]["status_code"] == 503 and failure["error"]["session_id"] == answer["session_id"]


def test_agent_download_failure_comes_after_the_answer_and_names_the_session(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    fake_h2ogpte.faults.add(path="/file", status=500, times=-1)
    done = run("agent", "Save the totals as 'totals.csv'", "--download", str(tmp_path / "out"), server=fake_h2ogpte)
    assert done.returncode == 1
    out, err = safe(done.stdout), safe(done.stderr)
    assert out.startswith("I worked through the task") and re.search(r"\nmessage \S+; files: totals.csv\n$", out)
    assert err.startswith("error: downloading its files failed after the answer: 500")
    _session_named(err, fake_h2ogpte)
    as_json = run("agent", "Write 'a.csv'", "--download", str(tmp_path / "json"), "--json", server=fake_h2ogpte)
    run_, error = json.loads(as_json.stdout), json.loads(as_json.stderr)["error"]
    assert run_["files"][0]["name"] == "a.csv" and run_["downloaded"] == []
    assert error["session_id"] == run_["session_id"] and error["status_code"] == 500


def test_a_failed_agent_run_still_leaves_no_session_behind(fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", status=400, times=-1)
    for stream in ([], ["--stream"]):
        done = run("agent", "Write 'a.csv'", *stream, server=fake_h2ogpte)
        assert done.returncode == 1 and safe(done.stderr).startswith("error: 400")
    assert not fake_h2ogpte.state.sessions


# --- a DELETE that worked before it failed ------------------------------------------------------------------


def test_a_collection_its_first_delete_removed_before_a_504_is_reported_gone(
    fake_h2ogpte: FakeH2OGPTE, handler: Callable[[str, Any], None]
) -> None:
    from h2ogpte_ext.testing._state import error

    answered: list[int] = []

    async def deleted_then_504(call: Any, original: Any) -> Any:
        response = await original(call)  # the collection is deleted (a second time: 404)
        if answered:
            return response
        answered.append(response.status_code)
        return error(504, "gateway timeout: the upstream took too long")

    handler("delete_collection", deleted_then_504)
    for as_json in (False, True):
        collection_id = _collection(fake_h2ogpte)
        answered.clear()
        done = run("collections", "delete", collection_id, *(["--json"] if as_json else []), server=fake_h2ogpte)
        assert done.returncode == 0, done.stderr
        assert collection_id not in fake_h2ogpte.state.collections and answered == [204]
        deletes = [r for r in fake_h2ogpte.state.requests if r.method == "DELETE" and collection_id in r.path]
        assert len(deletes) == 2
        if as_json:
            shown = json.loads(done.stdout)
            assert (shown["deleted"], shown["confirmed"]) == (collection_id, False)
            assert shown["first_attempt"].startswith("504 gateway timeout")
        else:
            assert safe(done.stdout) == (
                f"collection {collection_id} is gone: the first attempt failed (504 gateway timeout: the upstream "
                f"took too long (DELETE /api/v1/collections/{collection_id})) and the retry found nothing to "
                "delete: that attempt most likely did it\n"
            )

    # any DELETE through `api` too: the 404 after it is no failure (as a 204: nothing on stdout)
    collection_id = _collection(fake_h2ogpte)
    answered.clear()
    done = run("api", "delete_collection", "--collection-id", collection_id, server=fake_h2ogpte)
    assert (done.returncode, done.stdout) == (0, b"") and collection_id not in fake_h2ogpte.state.collections
    assert safe(done.stderr).startswith("warning: the server answered 404 Not Found, but the first attempt failed (504")
    missing = run("api", "delete_collection", "--collection-id", collection_id, server=fake_h2ogpte)
    assert missing.returncode == 1 and safe(missing.stderr).startswith("error: 404 ")


def test_a_delete_refused_before_acting_then_404_is_still_nothing_deleted(fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections/*", method="DELETE", status=429, retry_after="0", times=1)
    done = run("collections", "delete", "no-such-collection", server=fake_h2ogpte)
    assert done.returncode == 1
    assert safe(done.stderr) == "error: no collection 'no-such-collection' (HTTP 404): nothing was deleted\n"


def test_a_delete_retried_after_a_504_that_did_nothing_is_deleted(fake_h2ogpte: FakeH2OGPTE) -> None:
    collection_id = _collection(fake_h2ogpte)
    fake_h2ogpte.faults.add(path=f"/api/v1/collections/{collection_id}", method="DELETE", status=504, times=1)
    done = run("collections", "delete", collection_id, server=fake_h2ogpte)
    assert (done.returncode, safe(done.stdout)) == (0, f"deleted collection {collection_id}\n")
    assert collection_id not in fake_h2ogpte.state.collections


# --- api: every error one line ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "body", "message"),
    [
        (("create_collection",), b"[" * 10_000, "nested too deeply"),
        (("create_collection",), b"{" * 5_000, "--body is not JSON"),
        (
            ("create_collection",),
            b'{"name": "a", "description": "b", "collection_settings": [1]}',
            r"do(es)? not fit (create_collection|CollectionCreateRequest)",
        ),
        (
            ("ingest_from_plain_text", "--collection-id", "c1", "--file-name", "a.txt"),
            b"not UTF-8: \xff",
            "the values given do not fit ingest_from_plain_text: UnicodeDecodeError",
        ),
    ],
)
def test_api_usage_errors_are_one_line_or_one_json_object(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, args: tuple[str, ...], body: bytes, message: str
) -> None:
    file = tmp_path / "body"
    file.write_bytes(body)
    given = [(*args, "--body", f"@{file}")]
    if b"\xff" not in body:  # as text on the command line too
        given.append((*args, "--body", body.decode()))
    for arguments in given:
        done = run("api", *arguments, server=fake_h2ogpte)
        err = safe(done.stderr)
        assert done.returncode == 2 and "Traceback" not in err and re.search(message, err), err
        assert err.startswith("error: ") and err.endswith(" (see 'h2ogpte-ext api --help')\n")
        assert len(err.splitlines()) == 1
        as_json = run("api", *arguments, "--json", server=fake_h2ogpte)
        error = json.loads(as_json.stderr)
        assert as_json.returncode == 2 and error["exit_code"] == 2 and re.search(message, error["error"]["message"])
    assert not [r for r in fake_h2ogpte.state.requests if r.path.startswith("/api/")]  # nothing was sent


# --- files the command writes follow the umask --------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077, 0o002])
def test_files_the_command_writes_have_the_mode_the_umask_gives(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, umask: int
) -> None:
    output, spec = tmp_path / "collections.json", tmp_path / "api-spec.yaml"
    spec.write_text("the old document")  # replaced: the new file's mode, not the old one's
    spec.chmod(0o600)
    written = run("api", "list_collections", "--output", str(output), server=fake_h2ogpte, umask=umask)
    assert written.returncode == 0, written.stderr
    fetched = run("spec", "fetch", fake_h2ogpte.url, "--out", str(spec), umask=umask)
    assert fetched.returncode == 0, fetched.stderr
    for path in (output, spec):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["api-spec.yaml", "collections.json"]  # no leftovers


# --- an API key that cannot be a header is never sent, nor shown --------------------------------------------


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ("sk-secret-key\n", "a line break at position 13"),
        ("sk-secret-key\r\nX-Injected: 1", "a line break at position 13"),
        ("sk-secret key", "a space at position 9"),
    ],
)
def test_spec_fetch_checks_the_key_as_the_client_does_and_never_shows_it(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, key: str, problem: str
) -> None:
    out = tmp_path / "api-spec.yaml"
    for extra in ([], ["--debug"], ["--json"]):
        done = run(
            "spec", "fetch", fake_h2ogpte.url, "--api-key-env", "SPEC_KEY", "--out", str(out), *extra,
            env={"SPEC_KEY": key},
        )  # fmt: skip
        assert done.returncode == 1
        shown = safe(done.stdout + done.stderr)
        assert "secret" not in shown and "Injected" not in shown
        assert f"SPEC_KEY: the API key holds {problem} (of {len(key)} characters)" in shown
    assert not [r for r in fake_h2ogpte.state.requests if r.path == "/api-spec.yaml"] and not out.exists()


def test_spec_fetch_sends_a_good_key(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    out = tmp_path / "api-spec.yaml"
    done = run("spec", "fetch", fake_h2ogpte.url, "--api-key-env", "SPEC_KEY", "--out", str(out),
               env={"SPEC_KEY": fake_h2ogpte.api_key})  # fmt: skip
    assert done.returncode == 0, done.stderr
    (seen,) = [r for r in fake_h2ogpte.state.requests if r.path == "/api-spec.yaml"]
    assert seen.authorized


def test_the_spec_fetch_function_checks_the_key_too(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    from h2ogpte_ext._errors import H2OGPTEError
    from h2ogpte_ext._spec import fetch

    with pytest.raises(H2OGPTEError, match="the API key holds a line break at position 9") as caught:
        fetch(fake_h2ogpte.url, tmp_path / "api-spec.yaml", api_key="sk-secret\n")
    assert "secret" not in str(caught.value) and caught.value.__cause__ is None
    assert not fake_h2ogpte.state.requests
