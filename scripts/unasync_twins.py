"""Write h2ogpte_ext/_sync from h2ogpte_ext/_async (unasync), or check that it is current.

    python scripts/unasync_twins.py            # rewrite the sync twins
    python scripts/unasync_twins.py --check    # list the twins that are stale; exit 1 if any

The helpers are written once, as async code; their sync twins are this script's output (as httpcore does).
`_io.py` (the primitives that differ: sleeping, interruptions) and `__init__.py` are written by hand on both
sides.
Names: `AsyncX` becomes `X` (`AsyncH2OGPTE` -> `H2OGPTE`), `_async` -> `_sync`, and httpx's async names
(`aclose`, `aiter_bytes`, ...) their sync ones; the output is formatted with ruff.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import unasync

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "h2ogpte_ext" / "_async"
TARGET = ROOT / "h2ogpte_ext" / "_sync"
HAND_WRITTEN = {"_io.py", "__init__.py"}
HEADER = "# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/{name}: edit that file, not this one.\n"

REPLACEMENTS = {
    "_async": "_sync",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_lines": "iter_lines",
    "aiter_raw": "iter_raw",
    "AsyncByteStream": "SyncByteStream",
    "anext": "next",
    "astream": "stream",
    "aread_error_body": "read_error_body",
    "set_async_httpx_client": "set_httpx_client",
    "AbstractAsyncContextManager": "AbstractContextManager",
}


class _Rule(unasync.Rule):  # type: ignore[misc]  # unasync has no types
    """unasync's rule, except that `AsyncX` becomes `X` (our sync names have no prefix), not `SyncX`."""

    def _unasync_name(self, name: str) -> str:
        if name in self.token_replacements:
            return str(self.token_replacements[name])
        if len(name) > 5 and name.startswith("Async") and name[5].isupper():
            return name[5:]
        return name


def render(into: Path) -> list[Path]:
    """Write the sync twins of every async module into `into`; returns the files written."""
    with tempfile.TemporaryDirectory(prefix="unasync-") as tmp:
        work = Path(tmp) / "_async"
        shutil.copytree(SOURCE, work, ignore=shutil.ignore_patterns("__pycache__", *HAND_WRITTEN))
        sources = sorted(str(p) for p in work.glob("*.py"))
        rule = _Rule(fromdir=str(work), todir=str(into), additional_replacements=REPLACEMENTS)
        into.mkdir(parents=True, exist_ok=True)
        unasync.unasync_files(sources, rules=[rule])
    written = sorted(into / Path(s).name for s in sources)
    for path in written:
        path.write_text(HEADER.format(name=path.name) + path.read_text(encoding="utf-8"), encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", *map(str, written)], check=True, cwd=ROOT)
    subprocess.run([*ruff, "format", "--quiet", *map(str, written)], check=True, cwd=ROOT)
    return written


def stale() -> list[str]:
    """The twins that differ from what the async sources give (missing, extra or changed)."""
    with tempfile.TemporaryDirectory(prefix="unasync-check-") as tmp:
        fresh = {p.name: p.read_bytes() for p in render(Path(tmp))}
    current = {p.name: p.read_bytes() for p in TARGET.glob("*.py") if p.name not in HAND_WRITTEN}
    names = sorted(set(fresh) | set(current))
    return [f"h2ogpte_ext/_sync/{n}" for n in names if fresh.get(n) != current.get(n)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; never write")
    args = parser.parse_args()
    if args.check:
        problems = stale()
        if problems:
            print("stale sync twins (run `python scripts/unasync_twins.py`):", *problems, sep="\n  ")
            return 1
        print("the sync twins are current")
        return 0
    for old in TARGET.glob("*.py"):
        if old.name not in HAND_WRITTEN:
            old.unlink()
    for path in render(TARGET):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
