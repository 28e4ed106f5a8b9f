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
import subprocess
import sys
import venv
from pathlib import Path

NOX = "nox==2026.10.20"
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
    subprocess.run([python, "-m", "pip", "install", "--quiet", NOX], check=True)
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


def main() -> None:
    if sys.version_info < (3, 11):
        sys.exit("scripts/dev.py needs Python 3.11 or newer (the code generator does); the package runs on 3.10")
    python = bootstrap()
    command = [str(python), "-m", "nox", "-f", str(ROOT / "noxfile.py"), *nox_arguments(sys.argv[1:])]
    os.chdir(ROOT)
    if os.name == "nt":
        sys.exit(subprocess.call(command))
    os.execv(command[0], command)  # noqa: S606 - nox replaces this process: its exit code and signals are ours


if __name__ == "__main__":
    main()
