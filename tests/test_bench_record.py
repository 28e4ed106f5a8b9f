"""scripts/bench_record.py: the figures `nox -s bench` records become the README's performance table, written
between its markers and nowhere else, by the script as `nox -s bench` runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.common import load_script

ROOT = Path(__file__).resolve().parent.parent


def _bench_record() -> ModuleType:
    return load_script("bench_record")


def test_the_readme_holds_the_tables_markers_once() -> None:
    module = _bench_record()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count(module.START) == 1 and readme.count(module.END) == 1
    assert readme.index(module.START) < readme.index(module.END)


def test_recorded_figures_become_the_table_between_the_markers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = _bench_record()
    figures = tmp_path / "figures.jsonl"
    monkeypatch.setenv(module.RECORD, str(figures))
    module.record("sync get | 1", "300 µs", "raw httpx: 400 µs", "0.75x", "<= 0.80x", True)
    module.record("import", "0.2 s", "`import httpx`: 0.1 s", "2.00x", "<= 0.15 s", False)
    module.record("server CPU", "140 µs", "", "", "", None)
    assert [json.loads(line)["figure"] for line in figures.read_text(encoding="utf-8").splitlines()] == [
        "sync get | 1",
        "import",
        "server CPU",
    ]
    readme = tmp_path / "README.md"
    readme.write_text(f"# Title\n\nbefore\n\n{module.START}\nold table\n{module.END}\n\nafter\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_record.py"), str(figures), "--readme", str(readme)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "1 of 2 targets met" in done.stdout and "missed: import" in done.stdout
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Title\n\nbefore\n\n") and text.endswith(f"{module.END}\n\nafter\n")
    assert "old table" not in text
    assert "| sync get \\| 1 | 300 µs | raw httpx: 400 µs | 0.75x | <= 0.80x | yes |" in text
    assert "| import | 0.2 s | `import httpx`: 0.1 s | 2.00x | <= 0.15 s | **no** |" in text
    assert "| server CPU | 140 µs |  |  |  |  |" in text


def test_without_the_variable_nothing_is_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = _bench_record()
    monkeypatch.delenv(module.RECORD, raising=False)
    monkeypatch.chdir(tmp_path)
    module.record("figure", "1", "2", "0.5x", "", None)
    assert list(tmp_path.iterdir()) == []


def test_a_readme_without_the_markers_is_left_as_it_was(tmp_path: Path) -> None:
    figures = tmp_path / "figures.jsonl"
    figures.write_text(json.dumps({"figure": "f", "ours": "1", "anchor": "", "ratio": "", "target": "", "met": None}))
    readme = tmp_path / "README.md"
    readme.write_text("# no table here\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_record.py"), str(figures), "--readme", str(readme)],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "markers" in done.stderr
    assert readme.read_text(encoding="utf-8") == "# no table here\n"
