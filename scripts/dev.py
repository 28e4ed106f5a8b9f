#!/usr/bin/env python3
"""The developer tasks without installing anything into the system Python (PEP 668 safe).

    python3 scripts/dev.py demo                  # the main job
    python3 scripts/dev.py tests                 # the test suite
    python3 scripts/dev.py tests -- tests/test_cli.py -q
    python3 scripts/dev.py lint typecheck        # any nox sessions; --list shows them

nox runs from its own virtualenv, `.nox/.bootstrap`, made on first use with the standard library's venv;
nox then builds a virtualenv per session. Only the standard library is used here, so any Python 3.11+ works.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

# nox and the uv it builds session virtualenvs with (and installs uv.lock's pins with), pinned together.
NOX = "nox==2026.10.20 uv==0.13.9"
ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / ".nox" / ".bootstrap"


def _python(home: Path) -> Path:
    return home / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def bootstrap() -> Path:
    """The bootstrap virtualenv's Python, with nox installed; made (or remade) when missing or outdated."""
    python, stamp = _python(HOME), HOME / "requirement.txt"
    if python.exists() and stamp.exists() and stamp.read_text() == NOX:
        return python
    print(f"scripts/dev.py: installing {NOX} into {HOME.relative_to(ROOT)} (once)", file=sys.stderr, flush=True)
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(HOME)
    except (OSError, subprocess.CalledProcessError) as exc:
        sys.exit(f"scripts/dev.py: cannot create a virtualenv ({exc}); on Debian or Ubuntu: apt install python3-venv")
    subprocess.run([python, "-m", "pip", "install", "--quiet", *NOX.split()], check=True)
    stamp.write_text(NOX)
    return python


def nox_arguments(args: list[str]) -> list[str]:
    """`demo`, `lint typecheck -- ARGS` -> `-s demo`, `-s lint typecheck -- ARGS`; options pass through."""
    if not args or args[0].startswith("-"):
        return args
    split = args.index("--") if "--" in args else len(args)
    sessions = [a for a in args[:split] if not a.startswith("-")]
    options = [a for a in args[:split] if a.startswith("-")]
    return ["-s", *sessions, *options, *args[split:]]


def python_environment(environ: dict[str, str]) -> dict[str, str]:
    """The environment the sessions run in: uv never downloads an interpreter (it uses the machine's), and
    where pyenv manages the Pythons, every installed 3.10 to 3.14 is reachable (`python3.13` and so on),
    so that the sessions for other Pythons find theirs."""
    environ = {**environ, "UV_PYTHON_DOWNLOADS": "never"}
    if not shutil.which("pyenv"):
        return environ
    # pyenv's shims set PYENV_VERSION to the version that started us; the others are added after it.
    current = (
        environ.get("PYENV_VERSION")
        or subprocess.run(["pyenv", "version-name"], capture_output=True, text=True, check=False).stdout.strip()
    )
    listed = subprocess.run(["pyenv", "versions", "--bare"], capture_output=True, text=True, check=False).stdout
    names = [name for name in current.split(":") if name]
    for version in sorted(listed.split(), key=lambda v: [int(p) if p.isdigit() else -1 for p in v.split(".")]):
        minor = ".".join(version.split(".")[:2])
        if minor in {"3.10", "3.11", "3.12", "3.13", "3.14"} and not any(n.startswith(minor + ".") for n in names):
            names.append(version)
    if names:
        environ["PYENV_VERSION"] = ":".join(names)
    return environ


def main() -> None:
    if sys.version_info < (3, 11):
        sys.exit("scripts/dev.py needs Python 3.11 or newer (the code generator does); the package runs on 3.10")
    python = bootstrap()
    command = [str(python), "-m", "nox", "-f", str(ROOT / "noxfile.py"), *nox_arguments(sys.argv[1:])]
    os.chdir(ROOT)
    environ = python_environment(dict(os.environ))
    if os.name == "nt":
        sys.exit(subprocess.call(command, env=environ))
    os.execve(command[0], command, environ)  # noqa: S606 - nox replaces this process: its exit code and signals are ours


if __name__ == "__main__":
    main()
