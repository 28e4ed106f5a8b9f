"""`H2OGPTE_LOG=debug|info`: the library's log on stderr, read when `h2ogpte_ext` is imported; each case runs in
a fresh interpreter, as a user's program would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from h2ogpte_ext.testing import FakeH2OGPTE

pytestmark = pytest.mark.e2e

SCRIPT = str(Path(sys.executable).with_name("h2ogpte-ext"))


def _run(code: str, log: str | None, **variables: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("H2OGPTE_")} | variables
    if log is not None:
        env["H2OGPTE_LOG"] = log
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


# A retried call (a 503 first) and a token met by a 401, then replaced.
CALLS = """
from h2ogpte_ext import H2OGPTE

tokens = iter(sys.argv[1:])
with H2OGPTE(address=ADDRESS, auth=lambda: next(tokens), retry_post=True) as client:
    client.models.list_models()
    client.models.list_models()
print("done")
"""


def _calls(fake: FakeH2OGPTE, log: str | None) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    tokens = [fake.issue_token(uses=1), fake.issue_token(uses=1)]
    fake.faults.add(path="/api/v1/models", status=503, retry_after="0")
    code = f"import sys\nADDRESS = {fake.url!r}\nsys.argv[1:] = {tokens!r}\n{CALLS}"
    return _run(code, log), tokens


def test_debug_logs_retries_and_new_credentials_never_a_token(fake_h2ogpte: FakeH2OGPTE) -> None:
    done, tokens = _calls(fake_h2ogpte, "debug")
    assert done.returncode == 0 and done.stdout == "done\n", done.stderr
    lines = done.stderr.splitlines()
    assert any(" DEBUG h2ogpte_ext: retrying GET " in line and "after HTTP 503" in line for line in lines), lines
    assert any(
        " DEBUG h2ogpte_ext: GET " in line and "HTTP 401, sent again with new credentials" in line for line in lines
    )
    assert not [token for token in tokens if token in done.stderr]


def test_without_it_nothing_is_logged_and_info_leaves_out_debug(fake_h2ogpte: FakeH2OGPTE) -> None:
    done, _ = _calls(fake_h2ogpte, None)
    assert (done.returncode, done.stderr) == (0, "")
    fake_h2ogpte.reset()
    done, _ = _calls(fake_h2ogpte, "INFO")  # any case
    assert (done.returncode, done.stderr) == (0, "")  # both are DEBUG lines
    code = "import h2ogpte_ext, logging\nlog = logging.getLogger('h2ogpte_ext')\n"
    code += "log.info('hello \\x1b[2J')\nlog.debug('hidden')"
    done = _run(code, "info")
    assert done.returncode == 0 and done.stderr.endswith(" INFO h2ogpte_ext: hello \\x1b[2J\n")  # escaped
    assert "hidden" not in done.stderr


def test_an_unknown_level_is_a_warning_and_changes_nothing() -> None:
    done = _run("import h2ogpte_ext, logging\nprint(logging.getLogger('h2ogpte_ext').level)", "verbose")
    assert (done.returncode, done.stdout) == (0, "0\n")
    assert (
        "RuntimeWarning: H2OGPTE_LOG='verbose' is not a log level this library knows, and is ignored: use debug"
        in done.stderr
    )


def test_the_command_line_logs_too_and_shows_its_warnings_once(fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.faults.add(path="/api/v1/collections", status=503, retry_after="0")
    env = {k: v for k, v in os.environ.items() if not k.startswith("H2OGPTE_")}
    env |= {"H2OGPTE_ADDRESS": fake_h2ogpte.url, "H2OGPTE_API_KEY": fake_h2ogpte.api_key, "H2OGPTE_LOG": "debug"}
    done = subprocess.run([SCRIPT, "collections", "list"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "DEBUG h2ogpte_ext: retrying GET" in done.stderr and fake_h2ogpte.api_key not in done.stderr
    # A warning of the library during a command: once, the command's way (not a second time as a log line).
    code = (
        "import logging\n"
        "from h2ogpte_ext import _config\n"
        "from h2ogpte_ext._cli import main\n"
        "made = _config.resolve\n"
        "def resolve(**settings):\n"
        "    logging.getLogger('h2ogpte_ext').warning('careful')\n"
        "    return made(**settings)\n"
        "_config.resolve = resolve\n"
        "main(['collections', 'list'])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if "careful" in line] == ["warning: careful"]
