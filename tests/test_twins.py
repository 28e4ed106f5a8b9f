"""The sync helpers are the unasync twins of the async ones: `h2ogpte_ext/_sync` is current."""

from __future__ import annotations

import subprocess
import sys

from tests.common import load_script
from tests.spec_tools import ROOT


def test_the_sync_twins_are_current() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/unasync_twins.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _twins() -> object:
    return load_script("unasync_twins")


def test_no_hand_kept_async_twin_is_left_outside_async() -> None:
    """Every class or function with an async twin of its own name is written in `_async/` (and generated into
    `_sync/`): no module outside them defines both `X` and `AsyncX`, nor `x` and `ax`/`async_x`."""
    import ast

    package = ROOT / "h2ogpte_ext"
    pairs: list[str] = []
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {
            node.name for node in tree.body if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        }
        names |= {
            target.id
            for node in tree.body
            if isinstance(node, (ast.Assign, ast.AnnAssign))
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)
        }
        for name in names:
            bare = name.lstrip("_")
            for twin in (f"Async{bare}", f"_Async{bare}", f"a{bare}", f"async_{bare}", f"_async_{bare}"):
                if twin in names:
                    pairs.append(f"{path.name}: {name} / {twin}")
    assert pairs == []


def test_docstrings_and_strings_are_rewritten_too(tmp_path: object) -> None:
    """The sync twin's documentation shows sync code: names, `await` and `async with` in strings and comments
    are rewritten like the code; a name in double backticks is kept."""
    twins = _twins()
    rule = twins._Rule(fromdir="/a/", todir="/b/", additional_replacements=twins.REPLACEMENTS)  # type: ignore[attr-defined]
    rule.used = set()
    prose = rule._unasync_prose(
        "    async with AsyncH2OGPTE() as client:\n        await client.aclose()  # ``AsyncH2OGPTE`` stays"
    )
    assert prose == "    with H2OGPTE() as client:\n        client.close()  # ``AsyncH2OGPTE`` stays"
    sync_jobs = (ROOT / "h2ogpte_ext" / "_sync" / "jobs.py").read_text(encoding="utf-8")
    assert "AsyncH2OGPTE" not in sync_jobs and "await " not in sync_jobs


def test_an_unused_replacement_is_an_error(monkeypatch: object, tmp_path: object) -> None:
    """A replacement no async source uses fails the script: the list says only what is true."""
    import pytest

    twins = _twins()
    mp = pytest.MonkeyPatch()
    try:
        mp.setitem(twins.REPLACEMENTS, "never_used_anywhere", "x")  # type: ignore[attr-defined]
        with pytest.raises(SystemExit, match="replacements no async source uses: never_used_anywhere"):
            twins.render(tmp_path)  # type: ignore[attr-defined]
    finally:
        mp.undo()
