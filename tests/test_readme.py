"""The README's examples run: every Python block against the fake, and the command-line examples too.

Python blocks are found, linted (ruff: an undefined name fails) and run by pytest-examples; a block that
defines tests is run by pytest itself, as a user who copies it into a test file would. Blocks build their
client from the environment (`H2OGPTE()`), which points at a running fake here, in a folder holding the
files they name.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from h2ogpte_ext import H2OGPTE
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.in_spec import require_the_readmes_spec

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SCRIPT = str(Path(sys.executable).with_name("h2ogpte-ext"))
PYTHON_BLOCKS = list(find_examples(README))


def _workspace(tmp_path: Path) -> Path:
    """A folder with the files the examples name: report.pdf, q1.pdf, data/*.csv, api-spec.yaml, old.yaml."""
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 quarterly report")
    (tmp_path / "q1.pdf").write_bytes(b"%PDF-1.4 q1")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "totals.csv").write_text("item,value\na,1\n")
    (tmp_path / "data" / "notes.txt").write_text("not taken: the pattern is *.csv")
    shutil.copy(ROOT / "api-spec.yaml", tmp_path / "api-spec.yaml")
    shutil.copy(ROOT / "api-spec.yaml", tmp_path / "old.yaml")
    return tmp_path


def _env(server: FakeH2OGPTE) -> dict[str, str]:
    return {**os.environ, "H2OGPTE_ADDRESS": server.url, "H2OGPTE_API_KEY": server.api_key}


def test_the_readme_has_python_examples() -> None:
    assert len(PYTHON_BLOCKS) >= 4


def test_the_counts_the_readme_states_are_the_specs() -> None:
    """The numbers it states (all N operations, N job-creating operations) are derived from api-spec.yaml."""
    from tests.spec_tools import load_spec, operations
    from tests.test_jobs import JOB_OPERATIONS

    text = README.read_text()
    require_the_readmes_spec(text)
    stated = re.findall(r"\b(?:all|of the) (\d+) (?:operations|with their signatures)", text)
    assert stated and {int(n) for n in stated} == {len(list(operations(load_spec())))}
    job_creating = re.findall(r"\b(\d+) job-creating operations", text)
    assert job_creating and {int(n) for n in job_creating} == {len(JOB_OPERATIONS)}


@pytest.mark.parametrize("example", PYTHON_BLOCKS, ids=lambda e: f"README.md:{e.start_line}")
def test_python_example(
    example: CodeExample,
    eval_example: EvalExample,
    fake_h2ogpte: FakeH2OGPTE,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eval_example.set_config(ruff_line_length=120, target_version="py310")
    eval_example.lint_ruff(example)
    work = _workspace(tmp_path / "work")
    if re.search(r"^def test_", example.source, re.MULTILINE):
        (work / "test_from_readme.py").write_text(example.source)
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_from_readme.py"],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=300,
            env=_env(fake_h2ogpte),
        )
        count = len(re.findall(r"^def test_", example.source, re.MULTILINE))
        assert done.returncode == 0 and f"{count} passed" in done.stdout, done.stdout + done.stderr
        return
    for name, value in _env(fake_h2ogpte).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(work)
    eval_example.run(example)


# --- the command line ---------------------------------------------------------------------------------


def _shell_commands() -> list[str]:
    """Every `h2ogpte-ext ...` line of the README's shell blocks."""
    blocks = re.findall(r"^```sh\n(.*?)^```", README.read_text(), re.MULTILINE | re.DOTALL)
    return [line for block in blocks for line in block.splitlines() if line.startswith("h2ogpte-ext ")]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_the_readme_shows_the_commands_ci_runs() -> None:
    """The set-up block's commands are the ones CI runs, so the README's way in is the tested one."""
    setup = re.search(r"## Set-up and the two commands\n.*?```sh\n(.*?)```", README.read_text(), re.DOTALL)
    assert setup is not None
    commands = [line.split("#")[0].strip() for line in setup.group(1).splitlines()]
    assert commands == ["python3 scripts/dev.py demo", "python3 scripts/dev.py tests"]
    assert "python3 scripts/dev.py tests" in (ROOT / ".ci" / "run").read_text()


def test_command_line_examples(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    commands = _shell_commands()
    assert len(commands) >= 10
    work = _workspace(tmp_path)
    env = _env(fake_h2ogpte)
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        collection_id = httpx.post(
            f"{fake_h2ogpte.url}/api/v1/collections",
            json={"name": "readme", "description": "d"},
            headers={"Authorization": f"Bearer {fake_h2ogpte.api_key}"},
        ).json()["id"]
        message_id = client.run_agent("Write 'summary.md'").message_id
    placeholders = {
        "COLLECTION_ID": collection_id,
        "MESSAGE_ID": message_id,
        "https://h2ogpte.example.com": fake_h2ogpte.url,
        "--port 8080": f"--port {_free_port()}",
    }
    for line in commands:
        for placeholder, value in placeholders.items():
            line = line.replace(placeholder, value)
        args = shlex.split(line, comments=True)
        if args[1] == "fake-server":
            server = subprocess.Popen([SCRIPT, *args[1:]], cwd=work, stdout=subprocess.PIPE, text=True, env=env)
            try:
                assert server.stdout is not None
                url = server.stdout.readline().strip().removeprefix("listening on ")
                assert httpx.get(f"{url}/rpc/health/readiness").status_code == 200, line
            finally:
                server.terminate()
                server.wait(30)
            continue
        assert "JOB_ID" not in args, f"{line}: no earlier line printed a job"
        done = subprocess.run([SCRIPT, *args[1:]], cwd=work, capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
        if "--no-wait" in args:  # `ingest ... --no-wait --json` prints the job the next lines wait for
            placeholders["JOB_ID"] = json.loads(done.stdout)["job"]["id"]
        if args[1:3] == ["jobs", "wait"]:
            assert done.stdout.endswith("): completed\n"), line
    assert (work / "out" / "totals.csv").exists() and (work / "out" / "summary.md").exists()
