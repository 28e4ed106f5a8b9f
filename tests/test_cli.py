"""The `h2ogpte-ext` console script, run as a subprocess against the fake server."""

from __future__ import annotations

import datetime
import json
import os
import shlex
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.in_spec import has, needs, not_found
from tests.raw import read_terminal

pytestmark = pytest.mark.e2e

SCRIPT = str(Path(sys.executable).with_name("h2ogpte-ext"))
ROOT = Path(__file__).resolve().parent.parent


def h2ogpte_ext(
    *args: str, server: FakeH2OGPTE | None = None, key: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("H2OGPTE_")}
    if server is not None:
        env |= {"H2OGPTE_ADDRESS": server.url, "H2OGPTE_API_KEY": key or server.api_key}
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, env=env, timeout=120)


def _collection(server: FakeH2OGPTE) -> str:
    response = httpx.post(
        f"{server.url}/api/v1/collections",
        json={"name": "cli", "description": "d"},
        headers={"Authorization": f"Bearer {server.api_key}"},
    )
    return str(response.json()["id"])


def test_health(fake_h2ogpte: FakeH2OGPTE) -> None:
    done = h2ogpte_ext("health", server=fake_h2ogpte)
    assert (done.returncode, done.stdout.strip()) == (0, "ready (HTTP 200), live (HTTP 200)")
    as_json = json.loads(h2ogpte_ext("--json", "health", server=fake_h2ogpte).stdout)
    assert as_json == {"readiness": 200, "liveness": 200, "ok": True}
    fake_h2ogpte.faults.add(path="/rpc/health/liveness", status=503)
    assert h2ogpte_ext("health", server=fake_h2ogpte).returncode == 1


def test_ingest_agent_and_download(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.csv").write_text("a,b\n1,2\n")
    (tmp_path / "b.txt").write_text("notes")
    collection_id = _collection(fake_h2ogpte)
    ingested = h2ogpte_ext(
        "--json", "ingest", collection_id, str(tmp_path / "docs"), str(tmp_path / "b.txt"), server=fake_h2ogpte
    )
    assert ingested.returncode == 0, ingested.stderr
    result = json.loads(ingested.stdout)
    assert result["job"]["overall_status"] == "completed"
    assert sorted(d["name"] for d in result["documents"]) == ["a.csv", "b.txt"]

    agent = h2ogpte_ext(
        "agent", "Save the totals as 'totals.csv'", "--stream", "--download", str(tmp_path / "out"), server=fake_h2ogpte
    )
    assert agent.returncode == 0, agent.stderr
    assert "totals.csv" in agent.stdout and (tmp_path / "out" / "totals.csv").read_text().startswith("item,value")

    run = json.loads(h2ogpte_ext("--json", "agent", "Write 'plan.md'", server=fake_h2ogpte).stdout)
    assert [f["name"] for f in run["files"]] == ["plan.md"]
    fetched = h2ogpte_ext("download", run["message_id"], str(tmp_path / "again"), server=fake_h2ogpte)
    assert fetched.returncode == 0 and (tmp_path / "again" / "plan.md").exists()
    assert h2ogpte_ext("download", run["message_id"], str(tmp_path / "again"), server=fake_h2ogpte).returncode == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ingest", "c", "missing.csv"), "error: nothing was uploaded: no such file: missing.csv"),
        (("download", "no-such-message", "out"), "error: 404 message 'no-such-message' not found"),
    ],
)
def test_errors_are_one_line_with_exit_code_1(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    done = h2ogpte_ext(*args, server=fake_h2ogpte)
    assert done.returncode == 1
    assert done.stderr.strip().startswith(message) and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_debug_shows_the_traceback_and_the_key_is_never_printed(fake_h2ogpte: FakeH2OGPTE) -> None:
    wrong = "sk-wrong-secret-key"
    done = h2ogpte_ext("--debug", "agent", "hi", server=fake_h2ogpte, key=wrong)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "error: 401" in done.stderr
    assert wrong not in done.stdout + done.stderr
    shown = h2ogpte_ext("--help")
    assert shown.returncode == 0 and fake_h2ogpte.api_key not in shown.stdout


def test_an_api_key_with_a_line_break_is_refused_without_echoing_it() -> None:
    key = "sk-secret\nX-Injected: 1"
    env = {k: v for k, v in os.environ.items() if not k.startswith("H2OGPTE_")}
    env |= {"H2OGPTE_ADDRESS": "http://127.0.0.1:9", "H2OGPTE_API_KEY": key}
    for debug in ([], ["--debug"]):
        done = subprocess.run([SCRIPT, *debug, "health"], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 1
        assert "the API key holds a line break at position 9 (of 23 characters)" in done.stderr
        assert "secret" not in done.stdout + done.stderr and "Injected" not in done.stdout + done.stderr
    flag = h2ogpte_ext("health", "--address", "http://127.0.0.1:9", "--api-key", key)
    assert flag.returncode == 1 and "a line break" in flag.stderr and "secret" not in flag.stdout + flag.stderr


TOKEN_SCRIPT = """
import json, pathlib
here = pathlib.Path(__file__).parent
runs = here / "runs"
n = int(runs.read_text()) if runs.exists() else 0
runs.write_text(str(n + 1))
tokens = json.loads((here / "tokens.json").read_text())
print(tokens[min(n, len(tokens) - 1)])
"""


def _token_command(folder: Path, tokens: list[str]) -> tuple[str, Path]:
    """A command that prints `tokens[n]` at its n-th run (the last one from then on), and the file counting its
    runs."""
    folder.mkdir(exist_ok=True)
    (folder / "token.py").write_text(TOKEN_SCRIPT)
    (folder / "tokens.json").write_text(json.dumps(tokens))
    return shlex.join([sys.executable, str(folder / "token.py")]), folder / "runs"


def _without_credentials(server: FakeH2OGPTE, **variables: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("H2OGPTE_")}
    return env | {"H2OGPTE_ADDRESS": server.url, **variables}


def test_a_token_command_authenticates_and_runs_again_after_a_401(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    expired, fresh = fake_h2ogpte.issue_token(uses=0), fake_h2ogpte.issue_token()
    command, runs = _token_command(tmp_path, [expired, fresh])
    env = _without_credentials(fake_h2ogpte, H2OGPTE_API_KEY=fake_h2ogpte.api_key)  # the option wins over it
    args = [SCRIPT, "collections", "list", "--json", "--token-command", command]
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
    assert (done.returncode, json.loads(done.stdout)) == (0, []), done.stderr
    assert runs.read_text() == "2"  # the expired token met a 401: the command ran once more, the call went on
    assert expired not in done.stdout + done.stderr and fresh not in done.stdout + done.stderr
    # From the environment, as the library takes it.
    env = _without_credentials(fake_h2ogpte, H2OGPTE_TOKEN_COMMAND=command)
    done = subprocess.run([SCRIPT, "collections", "list"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert runs.read_text() == "3"


def test_a_token_command_refused_twice_fails_in_one_line_never_showing_the_token(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    command, runs = _token_command(tmp_path, ["tok-refused-secret"])
    env = _without_credentials(fake_h2ogpte, H2OGPTE_TOKEN_COMMAND=command)
    for debug in ([], ["--debug"]):
        done = subprocess.run(
            [SCRIPT, *debug, "collections", "list"], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 1
        assert "401" in done.stderr and "refused again after a new token" in done.stderr
        assert "secret" not in done.stdout + done.stderr
    assert runs.read_text() == "4"  # each run: the token, then once more after the 401; never a loop
    failing, _ = _token_command(tmp_path / "failing", [])
    done = subprocess.run(
        [SCRIPT, "collections", "list", "--token-command", failing],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1 and "error: the token command" in done.stderr and "failed (exit code 1)" in done.stderr


def test_an_api_key_and_a_token_command_are_one_or_the_other(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    command, _ = _token_command(tmp_path, [fake_h2ogpte.api_key])
    env = _without_credentials(fake_h2ogpte)
    both = [SCRIPT, "collections", "list", "--api-key", fake_h2ogpte.api_key, "--token-command", command]
    done = subprocess.run(both, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1 and "pass --api-key or --token-command, not both" in done.stderr
    env |= {"H2OGPTE_API_KEY": fake_h2ogpte.api_key, "H2OGPTE_TOKEN_COMMAND": command}
    done = subprocess.run([SCRIPT, "collections", "list"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1 and "both H2OGPTE_API_KEY and H2OGPTE_TOKEN_COMMAND are set" in done.stderr


def test_missing_settings_and_usage_errors() -> None:
    missing = h2ogpte_ext("health")
    assert missing.returncode == 1 and "H2OGPTE_ADDRESS" in missing.stderr
    assert h2ogpte_ext("no-such-command").returncode == 2
    assert h2ogpte_ext("ingest").returncode == 2


# `h2ogpte-ext fake-server` and `python -m h2ogpte_ext.testing`: the same command.
FAKE_SERVERS = [[SCRIPT, "fake-server"], [sys.executable, "-m", "h2ogpte_ext.testing"]]


@pytest.mark.parametrize("command", FAKE_SERVERS, ids=["cli", "python-m"])
@pytest.mark.parametrize("options", [[], ["--variety", "3"], ["--strict"]], ids=["default", "variety", "strict"])
def test_fake_server_command(command: list[str], options: list[str]) -> None:
    proc = subprocess.Popen([*command, "--port", "0", "--api-key", "sk-x", *options], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().removeprefix("listening on ")
        assert httpx.get(f"{url}/rpc/health/readiness").status_code == 200
        auth = {"Authorization": "Bearer sk-x"}
        created = httpx.post(f"{url}/api/v1/collections", json={"name": "a", "description": "b"}, headers=auth)
        # --variety fills optional properties (1.7.5's Collection.description_dirty_at, where the spec generated
        # from has it); --strict answers the spec's 400 where the server says 404
        if has("Collection.description_dirty_at"):
            assert ("description_dirty_at" in created.json()) == ("--variety" in options)
        missing = httpx.delete(f"{url}/api/v1/chats/no-such-session", headers=auth)
        assert missing.status_code == not_found("DELETE", "/chats/{session_id}", strict="--strict" in options)
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode in (0, -15)


# --- conventions -----------------------------------------------------------------------------------------


def _message_id(server: FakeH2OGPTE, prompt: str = "Write 'totals.csv'") -> str:
    run = h2ogpte_ext("--json", "agent", prompt, server=server)
    assert run.returncode == 0, run.stderr
    return str(json.loads(run.stdout)["message_id"])


@pytest.mark.parametrize(
    "args",
    [("--json", "health"), ("health", "--json"), ("--debug", "health", "--json"), ("health", "--json", "--debug")],
)
def test_global_options_before_or_after_the_subcommand(fake_h2ogpte: FakeH2OGPTE, args: tuple[str, ...]) -> None:
    done = h2ogpte_ext(*args, server=fake_h2ogpte)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"readiness": 200, "liveness": 200, "ok": True}


def test_address_and_key_after_the_subcommand(fake_h2ogpte: FakeH2OGPTE) -> None:
    done = h2ogpte_ext("health", "--address", fake_h2ogpte.url, "--api-key", fake_h2ogpte.api_key, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ok"] is True
    wrong = "sk-wrong-after-the-command"
    refused = h2ogpte_ext("api", "list_collections", "--address", fake_h2ogpte.url, "--api-key", wrong)
    assert refused.returncode == 1 and "401" in refused.stderr
    assert wrong not in refused.stdout + refused.stderr


def test_spec_diff_json_after_the_subcommand(tmp_path: Path) -> None:
    spec = ROOT / "api-spec.yaml"
    for args in (("spec", "diff", str(spec), str(spec), "--json"), ("spec", "--json", "diff", str(spec), str(spec))):
        done = h2ogpte_ext(*args)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {"added": [], "removed": [], "changed": {}, "breaking": 0}


def test_with_json_errors_are_json(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    failed = h2ogpte_ext("download", "no-such-message", str(tmp_path), "--json", server=fake_h2ogpte)
    assert failed.returncode == 1 and failed.stdout == ""
    error = json.loads(failed.stderr)
    assert error["exit_code"] == 1
    assert error["error"]["type"] == "NotFoundError" and error["error"]["status_code"] == 404
    assert "no-such-message" in error["error"]["message"]

    usage = h2ogpte_ext("--json", "ingest")
    assert usage.returncode == 2
    assert json.loads(usage.stderr)["error"]["message"] == "Missing argument 'COLLECTION'."
    unknown = h2ogpte_ext("no-such-command", "--json")
    assert unknown.returncode == 2 and "no-such-command" in json.loads(unknown.stderr)["error"]["message"]


def test_errors_name_the_flags_not_python_arguments(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    message_id = _message_id(fake_h2ogpte)
    assert h2ogpte_ext("download", message_id, str(tmp_path), server=fake_h2ogpte).returncode == 0
    again = h2ogpte_ext("download", message_id, str(tmp_path), server=fake_h2ogpte)
    assert again.returncode == 1
    assert "--overwrite" in again.stderr and "overwrite=" not in again.stderr
    assert h2ogpte_ext("download", message_id, str(tmp_path), "--overwrite", server=fake_h2ogpte).returncode == 0


def _on_a_terminal(args: list[str], server: FakeH2OGPTE) -> tuple[str, bytes]:
    """Run the command with stderr on a pseudo-terminal (80 columns); returns stdout and what the terminal got."""
    import fcntl
    import pty
    import struct
    import termios

    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "H2OGPTE_ADDRESS": server.url, "H2OGPTE_API_KEY": server.api_key}
    proc = subprocess.Popen([SCRIPT, *args], stdout=subprocess.PIPE, stderr=secondary, env=env)
    os.close(secondary)
    shown = read_terminal(primary)
    assert proc.stdout is not None
    with proc.stdout:
        out = proc.stdout.read().decode()
    proc.wait(60)
    os.close(primary)
    return out, shown


def test_progress_bars_only_on_a_terminal_and_they_reach_100_percent(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    message_id = _message_id(fake_h2ogpte, "Write 'a.csv' and 'b.md'")
    out, shown = _on_a_terminal(["download", message_id, str(tmp_path / "tty")], fake_h2ogpte)
    assert "downloaded" in out
    assert b"a.csv: 100%" in shown and b"b.md: 100%" in shown

    out, shown = _on_a_terminal(["download", message_id, str(tmp_path / "json"), "--json"], fake_h2ogpte)
    assert len(json.loads(out)) == 2 and b"%|" not in shown

    piped = h2ogpte_ext("download", message_id, str(tmp_path / "piped"), server=fake_h2ogpte)
    assert piped.returncode == 0 and "%|" not in piped.stderr and piped.stderr == ""


@pytest.mark.parametrize("command", FAKE_SERVERS, ids=["cli", "python-m"])
def test_fake_server_on_a_busy_port_is_one_line(command: list[str]) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([*command, "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: cannot listen on 127.0.0.1:{port}: the port is in use (--port 0 picks a free one)"
    ]


def test_fake_server_without_the_testing_extra_gives_the_install_hint() -> None:
    # starlette made unimportable, as in an install without [testing]
    code = "import sys; sys.modules['starlette'] = None; from h2ogpte_ext._cli import main; main(['fake-server'])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert "pip install 'h2ogpte-ext[testing]'" in done.stderr


def test_version() -> None:
    from h2ogpte_ext import __version__

    done = h2ogpte_ext("--version")
    assert (done.returncode, done.stdout) == (0, f"h2ogpte-ext {__version__}\n")


# --- api: every operation --------------------------------------------------------------------------------


def _api(server: FakeH2OGPTE, *args: str) -> subprocess.CompletedProcess[str]:
    return h2ogpte_ext("api", *args, server=server)


def test_api_list_names_every_operation() -> None:
    listed = h2ogpte_ext("api", "--list")
    assert listed.returncode == 0
    from tests.calls import ident
    from tests.spec_tools import load_spec, operations

    spec = [(ident(op.operation_id), ident(op.tag), op.method.upper(), op.path) for op in operations(load_spec())]
    lines = listed.stdout.splitlines()
    assert len(lines) == len(spec)  # one line per operation of api-spec.yaml
    assert any(line.split()[:3] == ["get_collection", "GET", "/collections/{collection_id}"] for line in lines)
    as_json = json.loads(h2ogpte_ext("api", "--list", "--json").stdout)
    assert sorted((o["operation_id"], o["tag"], o["method"], o["path"]) for o in as_json) == sorted(spec)
    assert {
        k: v for k, v in next(o for o in as_json if o["operation_id"] == "upload_file").items() if k != "summary"
    } == {"operation_id": "upload_file", "tag": "document_ingestion", "method": "PUT", "path": "/uploads"}


def test_api_body_path_and_query_parameters(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    created = _api(fake_h2ogpte, "create_collection", "--body", '{"name": "from-cli", "description": "d"}')
    assert created.returncode == 0, created.stderr
    collection = json.loads(created.stdout)
    assert collection["name"] == "from-cli"

    body_file = tmp_path / "body.json"
    body_file.write_text('{"name": "from-file", "description": "d"}')
    assert _api(fake_h2ogpte, "create_collection", "--body", f"@{body_file}").returncode == 0
    env = {**os.environ, "H2OGPTE_ADDRESS": fake_h2ogpte.url, "H2OGPTE_API_KEY": fake_h2ogpte.api_key}
    from_stdin = subprocess.run(
        [SCRIPT, "api", "create_collection", "--body", "-"],
        input='{"name": "from-stdin", "description": "d"}',
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert json.loads(from_stdin.stdout)["name"] == "from-stdin"

    fetched = json.loads(_api(fake_h2ogpte, "get_collection", "--collection-id", collection["id"]).stdout)
    assert fetched["id"] == collection["id"] and fetched["name"] == "from-cli"

    page = json.loads(_api(fake_h2ogpte, "list_collections", "--limit", "1", "--name-filter=from-").stdout)
    assert len(page) == 1
    seen = [r for r in fake_h2ogpte.state.requests if r.path == "/api/v1/collections" and r.method == "GET"]
    assert "limit=1" in seen[-1].query and "name_filter=from-" in seen[-1].query


def test_api_204_prints_nothing_and_the_resource_is_gone(fake_h2ogpte: FakeH2OGPTE) -> None:
    session = json.loads(_api(fake_h2ogpte, "create_chat_session").stdout)
    deleted = _api(fake_h2ogpte, "delete_chat_session", "--session-id", session["id"])
    assert (deleted.returncode, deleted.stdout, deleted.stderr) == (0, "", "")
    gone = _api(fake_h2ogpte, "get_chat_session", "--session-id", session["id"])
    assert gone.returncode == 1 and gone.stderr.startswith("error: 404")


def test_api_uploads_binary_form_fields_byte_for_byte(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    data = bytes(range(256)) * 64 + b"\r\n--+++--\r\n"
    (tmp_path / "blob.bin").write_bytes(data)
    uploaded = _api(fake_h2ogpte, "upload_file", "--form", f"file=@{tmp_path / 'blob.bin'}")
    assert uploaded.returncode == 0, uploaded.stderr
    answer = json.loads(uploaded.stdout)
    assert answer["filename"] == "blob.bin"
    assert fake_h2ogpte.state.uploads[answer["id"]].blob.read() == data


def test_api_binary_answer_goes_to_a_file_or_a_pipe(tmp_path: Path) -> None:
    """A binary response (the fake serves no binary operation yet): a loopback server answering a thumbnail."""
    import http.server
    import threading

    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        env = {"H2OGPTE_ADDRESS": f"http://127.0.0.1:{server.server_address[1]}", "H2OGPTE_API_KEY": "sk-x"}
        args = [SCRIPT, "api", "get_showcase_thumbnail", "--showcase-id", "s1"]
        saved = subprocess.run([*args, "--output", str(tmp_path / "t.png")], capture_output=True, env=env, timeout=60)
        assert saved.returncode == 0, saved.stderr
        assert (tmp_path / "t.png").read_bytes() == png
        piped = subprocess.run(args, capture_output=True, env=env, timeout=60)
        assert (piped.returncode, piped.stdout) == (0, png)
        nowhere = subprocess.run([*args, "--output", str(tmp_path / "no-dir" / "t.png")], capture_output=True, env=env)
        assert nowhere.returncode == 1 and b"cannot write" in nowhere.stderr and b"Traceback" not in nowhere.stderr
        assert sorted(p.name for p in tmp_path.iterdir()) == ["t.png"]
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("get_colection",), "no operation 'get_colection'; did you mean get_collection"),
        (("get_collection",), "missing --collection-id"),
        (("list_collections", "--limit", "many"), "--limit: expected int, got 'many'"),
        (("list_collections", "--colour", "red"), "unknown option --colour for this operation; it takes --ascending"),
        (("create_collection", "--body", "{not json"), "--body is not JSON"),
        (("create_collection", "--body", '{"description": "d"}'), "missing property 'name'"),
        (("upload_file", "--body", "{}"), "use --form NAME=VALUE or NAME=@FILE"),
        pytest.param(("add_skill",), "missing --form NAME=VALUE|NAME=@FILE", marks=needs("agents.add_skill")),
        (("upload_file", "--form", "picture=@x.png"), "--form picture: not a file field of UploadFileBody"),
        (("create_collection",), "missing --body"),
        (("get_collection", "--collection-id"), "--collection-id needs a value (str)"),
        (("list_collections", "--limit", "--ascending"), "--limit needs a value (int)"),
    ],
)
def test_api_usage_errors_name_the_flag(fake_h2ogpte: FakeH2OGPTE, args: tuple[str, ...], message: str) -> None:
    done = _api(fake_h2ogpte, *args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
    as_json = _api(fake_h2ogpte, *args, "--json")
    assert as_json.returncode == 2 and message in json.loads(as_json.stderr)["error"]["message"]
    assert not [r for r in fake_h2ogpte.state.requests if r.path.startswith("/api/")]  # nothing was sent


def test_api_a_boolean_flag_alone_is_true(fake_h2ogpte: FakeH2OGPTE) -> None:
    for name in ("b", "a"):
        assert _api(fake_h2ogpte, "create_collection", "--body", json.dumps({"name": name, "description": ""})).stdout
    for args, names in [(("--ascending",), ["a", "b"]), (("--ascending=false",), ["b", "a"])]:
        done = _api(fake_h2ogpte, "list_collections", "--sort-column", "name", *args)
        assert done.returncode == 0, done.stderr
        assert [c["name"] for c in json.loads(done.stdout)] == names


def _text_for(annotation: Any) -> str:
    """A command-line value for a parameter of this type."""
    from h2ogpte_ext import _spec

    kind = _spec._kinds(annotation)[0]
    origin = typing.get_origin(kind)
    if origin is list:
        return "1,2" if typing.get_args(kind)[0] is int else "a,b"
    if origin is typing.Literal:
        return str(typing.get_args(kind)[0])
    samples = {bool: "true", int: "1", float: "0.5", str: "v 1", datetime.datetime: "2024-05-06T07:08:09Z"}
    return samples[kind]


def test_api_builds_every_operations_request_from_text(tmp_path: Path, figures: list[str]) -> None:
    """Every operation of the spec: parameters, JSON bodies and multipart forms given as text reach the wire."""
    from h2ogpte_api import AuthenticatedClient

    from h2ogpte_ext import _spec
    from tests.calls import warns_if_deprecated
    from tests.spec_tools import minimal_instance, operations, resolve

    upload = tmp_path / "upload.bin"
    upload.write_bytes(b"\x00\x01 bytes")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        # documented by no operation (a `default` one parses it as an EndpointError): only the request matters
        return httpx.Response(418, json={"code": 418, "message": "not parsed"})

    base = "http://h2ogpte.invalid/api/v1"
    client = AuthenticatedClient(base_url=base, token="k", raise_on_unexpected_status=False)
    client.set_httpx_client(httpx.Client(base_url=base, transport=httpx.MockTransport(handler)))
    problems: list[str] = []
    ops = list(operations())
    for op in ops:
        function = _spec.find(op.operation_id)
        params = _spec.parameters(function)
        given = {
            _spec.flag(name): [_text_for(param.annotation)]
            for name, param in params.items()
            if name != "body" and param.default is param.empty
        }
        body, form = None, {}
        if "body" in params:
            media_type, media = next(iter(op.op["requestBody"]["content"].items()))
            schema = resolve(media["schema"])
            if media_type == "multipart/form-data":
                for prop in schema.get("required", []):
                    prop_schema = resolve(schema["properties"][prop])
                    binary = prop_schema.get("format") == "binary"
                    form[prop] = f"@{upload}" if binary else json.dumps(minimal_instance(prop_schema)).strip('"')
            elif media_type == "text/plain":
                body = "some text"
            else:
                body = json.dumps(minimal_instance(schema))
        try:
            kwargs = _spec.arguments(function, given, body, form)
            sent.clear()
            with warns_if_deprecated(op):
                function(client=client, **kwargs)
        except Exception as exc:
            problems.append(f"{op}: {type(exc).__name__}: {exc}")
            continue
        path = "/api/v1" + op.path
        for p in op.op.get("parameters", []):
            if p.get("in") == "path":
                items = p["schema"].get("items", {}).get("type")
                value = ("1,2" if items == "integer" else "a,b") if p["schema"].get("type") == "array" else "v%201"
                path = path.replace("{" + p["name"] + "}", value)
        request = sent[0]
        if (request.method, request.url.raw_path.split(b"?")[0].decode()) != (op.method.upper(), path):
            problems.append(f"{op}: sent {request.method} {request.url.raw_path.decode()}")
        if form and b"bytes" not in request.content and any(v.startswith("@") for v in form.values()):
            problems.append(f"{op}: the uploaded file was not sent")
    figures.append(f"h2ogpte-ext api: {len(ops) - len(problems)} of {len(ops)} operations built from text")
    assert not problems, "\n".join(problems)


# --- collections, ask, jobs, ingest --url ----------------------------------------------------------------


def _json(done: subprocess.CompletedProcess[str]) -> Any:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_collections_create_list_and_delete(fake_h2ogpte: FakeH2OGPTE) -> None:
    assert h2ogpte_ext("collections", "list", server=fake_h2ogpte).stdout == "no collections\n"
    created = h2ogpte_ext("collections", "create", "reports", "--description", "Q1", server=fake_h2ogpte)
    assert created.returncode == 0, created.stderr
    collection_id = created.stdout.strip()
    assert fake_h2ogpte.state.collections[collection_id].description == "Q1"
    second = _json(h2ogpte_ext("collections", "create", "notes", "--json", server=fake_h2ogpte))
    assert (second["name"], second["description"]) == ("notes", "")

    listed = _json(h2ogpte_ext("collections", "list", "--json", server=fake_h2ogpte))
    assert sorted(c["id"] for c in listed) == sorted([collection_id, second["id"]])
    assert len(_json(h2ogpte_ext("--json", "collections", "list", "--limit", "1", server=fake_h2ogpte))) == 1
    as_text = h2ogpte_ext("collections", "list", server=fake_h2ogpte).stdout.splitlines()
    assert sorted(line.split()[0] for line in as_text) == sorted([collection_id, second["id"]])
    assert any(line.endswith("reports") for line in as_text)

    deleted = h2ogpte_ext("collections", "delete", collection_id, server=fake_h2ogpte)
    assert (deleted.returncode, deleted.stdout.strip()) == (0, f"deleted collection {collection_id}")
    assert collection_id not in fake_h2ogpte.state.collections and second["id"] in fake_h2ogpte.state.collections
    assert [c["id"] for c in _json(h2ogpte_ext("collections", "list", "--json", server=fake_h2ogpte))] == [second["id"]]


def test_deleting_a_collection_that_does_not_exist_is_exit_1(fake_h2ogpte: FakeH2OGPTE) -> None:
    missing = h2ogpte_ext("collections", "delete", "no-such-collection", server=fake_h2ogpte)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert missing.stderr.splitlines() == ["error: no collection 'no-such-collection' (HTTP 404): nothing was deleted"]
    as_json = h2ogpte_ext("collections", "delete", "no-such-collection", "--json", server=fake_h2ogpte)
    error = json.loads(as_json.stderr)["error"]
    assert (as_json.returncode, error["type"], error["status_code"]) == (1, "NotFoundError", 404)
    assert h2ogpte_ext("collections", "list", "--limit", "0", server=fake_h2ogpte).returncode == 2


def _collection_with_a_document(server: FakeH2OGPTE) -> str:
    from h2ogpte_ext import H2OGPTE

    with H2OGPTE(address=server.url, api_key=server.api_key) as client:
        collection = client.collections.create_collection(name="rag", description="d")
        client.upload_and_ingest(collection.id, [("q3.txt", b"Q3 sales were 12 units.")])
    return collection.id


def test_ask_with_a_collection_prints_the_answer_and_its_references(fake_h2ogpte: FakeH2OGPTE) -> None:
    collection_id = _collection_with_a_document(fake_h2ogpte)
    answer = _json(
        h2ogpte_ext("--json", "ask", "What were Q3's sales?", "--collection", collection_id, server=fake_h2ogpte)
    )
    assert "q3.txt" in answer["text"] and "What were Q3's sales?" in answer["text"]
    (reference,) = answer["references"]
    assert (reference["document_name"], reference["pages"]) == ("q3.txt", [1]) and 0 < reference["score"] <= 1
    # the new session is left for a follow-up, in that collection
    assert fake_h2ogpte.state.sessions[answer["session_id"]].collection_id == collection_id
    assert fake_h2ogpte.state.message_session[answer["message_id"]] == answer["session_id"]

    shown = h2ogpte_ext("ask", "What were Q3's sales?", "--collection", collection_id, server=fake_h2ogpte)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == f"{answer['text']}\n\n[1] q3.txt, pages [1] (score {reference['score']:.2f})\n"
    session_id = shown.stderr.split()[1]
    assert shown.stderr == f"session {session_id} kept: ask a follow-up with --session {session_id}\n"
    assert session_id in fake_h2ogpte.state.sessions and session_id != answer["session_id"]


def test_ask_in_a_session_streamed_and_with_a_model(fake_h2ogpte: FakeH2OGPTE) -> None:
    first = _json(h2ogpte_ext("ask", "Hello?", "--json", server=fake_h2ogpte))
    assert first["references"] == [] and first["text"].startswith("You asked: Hello?")
    sessions = set(fake_h2ogpte.state.sessions)

    streamed = h2ogpte_ext(
        "ask",
        "And then?",
        "--session",
        first["session_id"],
        "--stream",
        "--llm",
        "h2oai/h2o-danube3-4b-chat",
        server=fake_h2ogpte,
    )
    assert streamed.returncode == 0, streamed.stderr
    assert streamed.stdout.startswith("You asked: And then?") and streamed.stdout.endswith(".\n")
    assert streamed.stderr == "" and set(fake_h2ogpte.state.sessions) == sessions  # no new session
    replies = [m for m in fake_h2ogpte.state.conversation(first["session_id"]).messages if m.get("reply_to")]
    assert [m["content"] for m in replies][-1] == streamed.stdout.removesuffix("\n")
    assert json.loads(fake_h2ogpte.state.meta[replies[-1]["id"]]["usage_stats"])["llm"] == "h2oai/h2o-danube3-4b-chat"

    # streamed with --json: the deltas never mix into the JSON
    as_json = _json(
        h2ogpte_ext("ask", "Once more?", "--session", first["session_id"], "--stream", "--json", server=fake_h2ogpte)
    )
    assert as_json["text"].startswith("You asked: Once more?") and as_json["session_id"] == first["session_id"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("ask", "hi", "--collection", "no-such-collection"),
            1,
            "error: 404 collection 'no-such-collection' not found",
        ),
        (("ask", "hi", "--session", "no-such-session"), 1, "chat session not found"),
        (("ask", "hi", "--collection", "c", "--session", "s"), 2, "give --collection or --session, not both"),
    ],
)
def test_ask_errors(fake_h2ogpte: FakeH2OGPTE, args: tuple[str, ...], code: int, message: str) -> None:
    done = h2ogpte_ext(*args, server=fake_h2ogpte)
    assert done.returncode == code and message in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_a_failed_ask_leaves_no_new_session_behind(fake_h2ogpte: FakeH2OGPTE) -> None:
    collection_id = _collection_with_a_document(fake_h2ogpte)
    fake_h2ogpte.faults.add(path="/api/v1/chats/*/completions", status=400, times=-1)
    failed = h2ogpte_ext("ask", "Anyone there?", "--collection", collection_id, server=fake_h2ogpte)
    assert failed.returncode == 1 and failed.stderr.startswith("error: 400") and failed.stdout == ""
    assert not fake_h2ogpte.state.sessions
    fake_h2ogpte.faults.clear()
    fake_h2ogpte.state.completion_failures.append("the model is overloaded")
    streamed = h2ogpte_ext("ask", "Anyone there?", "--stream", server=fake_h2ogpte)
    assert streamed.returncode == 1 and "the model is overloaded" in streamed.stderr
    assert not fake_h2ogpte.state.sessions


def _website_job(server: FakeH2OGPTE, collection_id: str) -> str:
    from h2ogpte_ext import H2OGPTE

    with H2OGPTE(address=server.url, api_key=server.api_key) as client:
        job = client.document_ingestion.create_ingest_from_website_job(
            url="https://example.com/report", collection_id=collection_id
        )
    return job.id


def test_jobs_wait_prints_the_final_status(fake_h2ogpte: FakeH2OGPTE) -> None:
    collection_id = _collection(fake_h2ogpte)
    job_id = _website_job(fake_h2ogpte, collection_id)
    done = h2ogpte_ext("jobs", "wait", job_id, "--deadline", "60", server=fake_h2ogpte)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"job {job_id} (") and done.stdout.endswith("): completed\n")
    assert [d.name for d in fake_h2ogpte.state.documents.values()] == ["report.html"]
    again = _json(h2ogpte_ext("--json", "jobs", "wait", job_id, server=fake_h2ogpte))
    assert (again["id"], again["overall_status"], again["progress"]) == (job_id, "completed", 1.0)


def test_jobs_wait_on_a_failed_job_is_exit_1_with_the_servers_errors(fake_h2ogpte: FakeH2OGPTE) -> None:
    collection_id = _collection(fake_h2ogpte)
    fake_h2ogpte.state.ingest_failures.append("the page could not be fetched")
    job_id = _website_job(fake_h2ogpte, collection_id)
    failed = h2ogpte_ext("jobs", "wait", job_id, server=fake_h2ogpte)
    assert failed.returncode == 1 and failed.stdout == ""
    assert len(failed.stderr.splitlines()) == 1
    assert (
        failed.stderr.startswith(f"error: job {job_id} (") and "failed: the page could not be fetched" in failed.stderr
    )

    as_json = h2ogpte_ext("jobs", "wait", job_id, "--json", server=fake_h2ogpte)
    assert as_json.returncode == 1 and as_json.stdout == ""
    error = json.loads(as_json.stderr)["error"]
    assert error["type"] == "IngestError" or error["type"] == "JobError"
    assert (error["job_id"], error["status"], error["errors"]) == (job_id, "failed", ["the page could not be fetched"])

    unknown = h2ogpte_ext("jobs", "wait", "no-such-job", server=fake_h2ogpte)
    assert unknown.returncode == 1 and "job 'no-such-job' not found" in unknown.stderr


def test_jobs_wait_shows_progress_on_a_terminal(fake_h2ogpte: FakeH2OGPTE) -> None:
    job_id = _website_job(fake_h2ogpte, _collection(fake_h2ogpte))
    out, shown = _on_a_terminal(["jobs", "wait", job_id], fake_h2ogpte)
    assert out.endswith("): completed\n") and f"job {job_id}".encode() in shown and b"100%" in shown


def _interrupted_wait(server: FakeH2OGPTE, job_id: str, *flags: str) -> tuple[int, str]:
    """Run `jobs wait` until it has polled the job once, then press Ctrl-C; returns the exit code and stderr."""
    import signal
    import time

    env = {**os.environ, "H2OGPTE_ADDRESS": server.url, "H2OGPTE_API_KEY": server.api_key}
    proc = subprocess.Popen(
        [SCRIPT, "jobs", "wait", job_id, *flags], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        polled = f"/api/v1/jobs/{job_id}"
        for _ in range(1200):  # a bound, not a timing: it polls at once
            if proc.poll() is not None or any(r.path == polled for r in server.state.requests):
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        assert out == ""
        return proc.returncode, err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_jobs_wait_cancels_the_job_on_ctrl_c_only_when_asked(
    fake_h2ogpte: FakeH2OGPTE, monkeypatch: pytest.MonkeyPatch
) -> None:
    from h2ogpte_ext.testing import _jobs

    monkeypatch.setattr(_jobs, "advance", lambda job: None)  # the job stays in progress until canceled
    collection_id = _collection(fake_h2ogpte)
    kept = _website_job(fake_h2ogpte, collection_id)
    assert _interrupted_wait(fake_h2ogpte, kept) == (
        130,
        f"interrupted: job {kept} goes on on the server (--cancel-on-interrupt cancels it)\n",
    )
    assert fake_h2ogpte.state.jobs[kept].details["overall_status"] == "in progress"

    canceled = _website_job(fake_h2ogpte, collection_id)
    code, err = _interrupted_wait(fake_h2ogpte, canceled, "--cancel-on-interrupt", "--json")
    assert code == 130 and json.loads(err)["exit_code"] == 130
    assert json.loads(err)["error"]["message"] == f"interrupted: asked the server to cancel job {canceled}"
    assert fake_h2ogpte.state.jobs[canceled].details["overall_status"] == "canceled"


def test_ingest_a_website(fake_h2ogpte: FakeH2OGPTE) -> None:
    collection_id = _collection(fake_h2ogpte)
    done = h2ogpte_ext(
        "ingest",
        collection_id,
        "--url",
        "https://example.com/report",
        "--follow-links",
        "--max-depth",
        "2",
        "--max-documents",
        "5",
        "--deadline",
        "60",
        server=fake_h2ogpte,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(": completed; 1 document(s): report.html\n")
    result = _json(
        h2ogpte_ext("--json", "ingest", collection_id, "--url", "https://example.com/q3.pdf", server=fake_h2ogpte)
    )
    assert [d["name"] for d in result["documents"]] == ["q3.pdf"]
    assert sorted(d.name for d in fake_h2ogpte.state.documents.values()) == ["q3.pdf", "report.html"]


def test_ingest_files_with_concurrency_and_the_former_timeout_flag(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"file {i}")
    collection_id = _collection(fake_h2ogpte)
    done = _json(
        h2ogpte_ext(
            "--json",
            "ingest",
            collection_id,
            str(tmp_path),
            "--concurrency",
            "2",
            "--deadline",
            "60",
            server=fake_h2ogpte,
        )
    )
    assert sorted(d["name"] for d in done["documents"]) == [f"{i}.txt" for i in range(5)]
    (tmp_path / "5.txt").write_text("file 5")
    older = h2ogpte_ext("ingest", collection_id, str(tmp_path / "5.txt"), "--timeout", "60", server=fake_h2ogpte)
    assert older.returncode == 0 and older.stdout.endswith("1 document(s): 5.txt\n")
    shown = h2ogpte_ext("ingest", "--help").stdout
    assert "--deadline" in shown and "--timeout" not in shown and "--url" in shown
    from h2ogpte_ext._files import DEFAULT_UPLOAD_CONCURRENCY

    assert f"Files uploaded at once (default {DEFAULT_UPLOAD_CONCURRENCY})." in shown


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("ingest", "c"), 2, "give the files to ingest (PATHS), or --url URL"),
        (("ingest", "c", "a.txt", "--url", "https://example.com"), 2, "give files (PATHS) or --url, not both"),
        (
            ("ingest", "c", "a.txt", "--follow-links", "--max-depth", "2"),
            2,
            "--follow-links, --max-depth only go with --url",
        ),
        (
            ("ingest", "c", "--url", "https://example.com", "--concurrency", "4"),
            2,
            "--concurrency only goes with files",
        ),
        (("ingest", "c", "--url", "https://example.com", "--no-wait"), 2, "--no-wait only goes with files"),
        (("ingest", "c", "--url", "https://example.com", "--max-depth", "2"), 2, "--max-depth needs --follow-links"),
        (("ingest", "c", "a.txt", "--concurrency", "0"), 2, "--concurrency"),
        (
            ("ingest", "no-such-collection", "--url", "https://example.com"),
            1,
            "error: 404 collection not found (GET /api/v1/collections/no-such-collection)",
        ),
    ],
)
def test_ingest_usage_and_missing_collection_errors(
    fake_h2ogpte: FakeH2OGPTE, args: tuple[str, ...], code: int, message: str
) -> None:
    done = h2ogpte_ext(*args, server=fake_h2ogpte)
    assert done.returncode == code and message in done.stderr and "Traceback" not in done.stderr
    assert not fake_h2ogpte.state.jobs


def test_a_failing_website_ingest_is_exit_1_with_the_reason(fake_h2ogpte: FakeH2OGPTE) -> None:
    collection_id = _collection(fake_h2ogpte)
    fake_h2ogpte.state.ingest_failures.append("robots.txt forbids it")
    done = h2ogpte_ext("ingest", collection_id, "--url", "https://example.com/private", "--json", server=fake_h2ogpte)
    assert done.returncode == 1 and done.stdout == ""
    error = json.loads(done.stderr)["error"]
    assert error["type"] == "IngestError" and error["errors"] == ["robots.txt forbids it"]
    assert not fake_h2ogpte.state.documents


# --- Ctrl-C ----------------------------------------------------------------------------------------------


def _interrupted(server: FakeH2OGPTE, args: list[str], method: str, path: str, count: int) -> tuple[int, str, str]:
    """Run the command until the fake has seen `count` requests `method path` (the last one held), then press
    Ctrl-C; returns the exit code, stdout and stderr."""
    import fnmatch
    import signal
    import time

    env = {**os.environ, "H2OGPTE_ADDRESS": server.url, "H2OGPTE_API_KEY": server.api_key}
    proc = subprocess.Popen([SCRIPT, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(1200):  # a bound, not a timing
            seen = [r for r in server.state.requests if r.method == method and fnmatch.fnmatchcase(r.path, path)]
            if proc.poll() is not None or len(seen) >= count:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        return proc.returncode, out, err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("as_json", [False, True])
def test_ctrl_c_in_ingest_is_exit_130_in_one_line_after_the_clean_up(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, as_json: bool
) -> None:
    collection_id = _collection(fake_h2ogpte)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name)
    fake_h2ogpte.faults.add(path="/api/v1/uploads", times=1)  # the first upload lands
    fake_h2ogpte.faults.add(path="/api/v1/uploads", latency=5.0, times=-1)  # the second is held
    args = ["ingest", collection_id, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--concurrency", "1"]
    code, out, err = _interrupted(fake_h2ogpte, [*args, *(["--json"] if as_json else [])], "PUT", "/api/v1/uploads", 2)
    assert (code, out) == (130, "")
    if as_json:
        assert json.loads(err) == {"error": {"type": "KeyboardInterrupt", "message": "interrupted"}, "exit_code": 130}
    else:
        assert err == "interrupted\n"
    # the clean-up ran: the upload that landed was deleted
    deleted = [r.query for r in fake_h2ogpte.state.requests if (r.method, r.path) == ("DELETE", "/rpc/fs")]
    assert len(deleted) == 1 and fake_h2ogpte.state.uploads == {}


@pytest.mark.parametrize(
    ("args", "method", "path"),
    [
        (["ask", "hi"], "POST", "/api/v1/chats/*/completions"),
        (["collections", "list"], "GET", "/api/v1/collections"),
        (["api", "list_collections"], "GET", "/api/v1/collections"),
    ],
)
def test_ctrl_c_in_any_command_is_exit_130_in_one_line(
    fake_h2ogpte: FakeH2OGPTE, args: list[str], method: str, path: str
) -> None:
    fake_h2ogpte.faults.add(path=path, method=method, latency=5.0, times=-1)
    assert _interrupted(fake_h2ogpte, args, method, path, 1) == (130, "", "interrupted\n")
    code, out, err = _interrupted(fake_h2ogpte, [*args, "--json"], method, path, 2)
    assert (code, out, json.loads(err)["exit_code"]) == (130, "", 130)
    assert fake_h2ogpte.state.sessions == {}  # ask deleted the session it had made for the answer
