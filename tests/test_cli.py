"""The `h2ogpte-ext` console script, run as a subprocess against the fake server."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE

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


def test_missing_settings_and_usage_errors() -> None:
    missing = h2ogpte_ext("health")
    assert missing.returncode == 1 and "H2OGPTE_ADDRESS" in missing.stderr
    assert h2ogpte_ext("no-such-command").returncode == 2
    assert h2ogpte_ext("ingest").returncode == 2


def test_fake_server_command() -> None:
    proc = subprocess.Popen(
        [SCRIPT, "fake-server", "--port", "0", "--api-key", "sk-x"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().removeprefix("listening on ")
        assert httpx.get(f"{url}/rpc/health/readiness").status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)


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
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    assert proc.stdout is not None
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


def test_fake_server_on_a_busy_port_is_one_line() -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = h2ogpte_ext("fake-server", "--port", str(port))
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
    lines = listed.stdout.splitlines()
    assert len(lines) == 385
    assert any(line.split()[:3] == ["get_collection", "GET", "/collections/{collection_id}"] for line in lines)
    as_json = json.loads(h2ogpte_ext("api", "--list", "--json").stdout)
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
    assert fake_h2ogpte.state.uploads[answer["id"]].path.read_bytes() == data


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
        (("add_skill",), "missing --form NAME=VALUE|NAME=@FILE"),
        (("upload_file", "--form", "picture=@x.png"), "--form picture: not a file field of UploadFileBody"),
        (("create_collection",), "missing --body"),
    ],
)
def test_api_usage_errors_name_the_flag(fake_h2ogpte: FakeH2OGPTE, args: tuple[str, ...], message: str) -> None:
    done = _api(fake_h2ogpte, *args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
    as_json = _api(fake_h2ogpte, *args, "--json")
    assert as_json.returncode == 2 and message in json.loads(as_json.stderr)["error"]["message"]


def _text_for(annotation: Any) -> str:
    """A command-line value for a parameter of this type."""
    from h2ogpte_ext import _operations

    kind = _operations._kinds(annotation)[0]
    origin = typing.get_origin(kind)
    if origin is list:
        return "1,2" if typing.get_args(kind)[0] is int else "a,b"
    if origin is typing.Literal:
        return str(typing.get_args(kind)[0])
    samples = {bool: "true", int: "1", float: "0.5", str: "v 1", datetime.datetime: "2024-05-06T07:08:09Z"}
    return samples[kind]


def test_api_builds_every_operations_request_from_text(tmp_path: Path, figures: list[str]) -> None:
    """All 385 operations: parameters, JSON bodies and multipart forms given as text reach the wire."""
    from h2ogpte_api import AuthenticatedClient

    from h2ogpte_ext import _operations
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
        function = _operations.find(op.operation_id)
        params = _operations.parameters(function)
        given = {
            _operations.flag(name): [_text_for(param.annotation)]
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
            kwargs = _operations.arguments(function, given, body, form)
            sent.clear()
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
