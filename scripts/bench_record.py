"""The README's performance table, written from what `nox -s bench` measured.

Each bench script calls `record()` for its headline figures: the figure, ours, its anchor measured in the same
run, the ratio, the target and whether it is met. Where H2OGPTE_EXT_BENCH_RECORD names a file (`nox -s bench`
sets it), each becomes a JSON line there; elsewhere `record()` does nothing. Then

    python scripts/bench_record.py RECORD [--readme README.md]

rewrites the table between the README's two markers from those lines, in the order they were recorded, and
prints how many targets were met. Nothing outside the markers changes.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

RECORD = "H2OGPTE_EXT_BENCH_RECORD"
START = "<!-- performance table: written by `nox -s bench` (scripts/bench_record.py) -->"
END = "<!-- end of the performance table -->"
ROOT = Path(__file__).resolve().parent.parent


def record(figure: str, ours: str, anchor: str, ratio: str, target: str, met: bool | None) -> None:
    """One row of the table (a no-op unless H2OGPTE_EXT_BENCH_RECORD is set). `met` None: no target."""
    path = os.environ.get(RECORD)
    if not path:
        return
    row = {"figure": figure, "ours": ours, "anchor": anchor, "ratio": ratio, "target": target, "met": met}
    with Path(path).open("a", encoding="utf-8") as out:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(rows: Iterable[dict[str, Any]], measured: str) -> str:
    """The table's Markdown, headed by where and when it was measured."""
    lines = [
        measured,
        "",
        "| figure | ours | anchor, same run | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        met = {True: "yes", False: "**no**", None: ""}[row["met"]]
        cells = [row["figure"], row["ours"], row["anchor"], row["ratio"], row["target"], met]
        lines.append("| " + " | ".join(_cell(str(cell)) for cell in cells) + " |")
    return "\n".join(lines)


def rewrite(readme: str, body: str) -> str:
    """`readme` with the text between the markers replaced by `body`; an error if the markers are not there once."""
    pattern = re.compile(re.escape(START) + r"\n.*?" + re.escape(END), re.DOTALL)
    if len(pattern.findall(readme)) != 1:
        raise SystemExit(f"the README must hold the performance table's markers once each:\n{START}\n{END}")
    return pattern.sub(lambda _: f"{START}\n{body}\n{END}", readme)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("record", type=Path, help="the JSON lines the bench scripts wrote")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.record.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        raise SystemExit(f"{args.record} holds no figures: the README's table is left as it was")
    day = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    where = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    measured = f"Measured by `nox -s bench` on {day} ({where}), each figure beside its anchor from the same run."
    args.readme.write_text(rewrite(args.readme.read_text(encoding="utf-8"), table(rows, measured)), encoding="utf-8")
    targets = [row for row in rows if row["met"] is not None]
    missed = [row["figure"] for row in targets if not row["met"]]
    print(
        f"{args.readme.name}: performance table rewritten, {len(targets) - len(missed)} of {len(targets)} targets met"
    )
    for figure in missed:
        print(f"  missed: {figure}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
