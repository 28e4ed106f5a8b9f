"""Write h2ogpte_ext/_sync from h2ogpte_ext/_async (unasync), or check that it is current.

    python scripts/unasync_twins.py            # rewrite the sync twins
    python scripts/unasync_twins.py --check    # list the twins that are stale; exit 1 if any

The helpers are written once, as async code; their sync twins are this script's output (as httpcore does).
`_io.py` (the primitives that differ: sleeping, interruptions) and `__init__.py` are written by hand on both
sides.
Names: `AsyncX` becomes `X` (`AsyncH2OGPTE` -> `H2OGPTE`), `_async` -> `_sync`, and httpx's async names
(`aclose`, `aiter_bytes`, ...) their sync ones, in code, strings, docstrings and comments alike (where `await `
and `async with`/`async for` also lose their `async`; a name in double backticks is kept), so that the sync
twin's documentation shows sync code.
A replacement that no source uses is an error: the list says only what is true. The output is formatted with
ruff.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

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
    "AsyncByteStream": "SyncByteStream",
    "astream": "stream",
    "handle_async_request": "handle_request",
    "set_async_httpx_client": "set_httpx_client",
    "AbstractAsyncContextManager": "AbstractContextManager",
    "async_auth_flow": "sync_auth_flow",
    "asend": "send",
}
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEPT = re.compile(r"(``[^`]+``)")
# In prose and examples: `await x` is `x`, `async with`/`async for`/`async def` lose their `async`.
_AWAIT = re.compile(r"\bawait (?=[A-Za-z_(])|\basync (?=(?:with|for|def)\b)")


class _Rule(unasync.Rule):  # type: ignore[misc]  # unasync has no types
    """unasync's rule, except that `AsyncX` becomes `X` (our sync names have no prefix), not `SyncX`, that the
    names in strings and comments are rewritten too, and that it counts which replacements were used."""

    used: set[str]

    def _unasync_name(self, name: str) -> str:
        if name in REPLACEMENTS:
            self.used.add(name)
        if name in self.token_replacements:
            return str(self.token_replacements[name])
        if len(name) > 5 and name.startswith("Async") and name[5].isupper():
            return name[5:]
        return name

    def _unasync_prose(self, text: str) -> str:
        parts = _KEPT.split(text)  # ``AsyncH2OGPTE`` (double backticks) names the async one on both sides
        return "".join(
            part if part.startswith("``") else _WORD.sub(lambda w: self._unasync_name(w.group()), _AWAIT.sub("", part))
            for part in parts
        )

    def _unasync_tokens(self, tokens: Any) -> Any:
        for token in super()._unasync_tokens(tokens):
            if token.name in ("STRING", "COMMENT", "FSTRING_MIDDLE"):
                token = token._replace(src=self._unasync_prose(token.src))
            yield token


def render(into: Path) -> list[Path]:
    """Write the sync twins of every async module into `into`; returns the files written."""
    with tempfile.TemporaryDirectory(prefix="unasync-") as tmp:
        work = Path(tmp) / "_async"
        shutil.copytree(SOURCE, work, ignore=shutil.ignore_patterns("__pycache__", *HAND_WRITTEN))
        sources = sorted(str(p) for p in work.glob("*.py"))
        rule = _Rule(fromdir=str(work), todir=str(into), additional_replacements=REPLACEMENTS)
        rule.used = set()
        into.mkdir(parents=True, exist_ok=True)
        unasync.unasync_files(sources, rules=[rule])
        unused = sorted(set(REPLACEMENTS) - rule.used)
        if unused:
            raise SystemExit(f"scripts/unasync_twins.py: replacements no async source uses: {', '.join(unused)}")
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
