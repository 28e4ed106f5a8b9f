"""Import cost of the SDK, measured with `python -X importtime` in fresh interpreters (target:
`from h2ogpte_ext import H2OGPTE` <= 0.15 s), beside `import httpx` (the anchor: what any httpx user pays).

By default the figures come from a new virtualenv holding only h2ogpte-ext and its dependencies, as a user
installs it, then from the same virtualenv with rich, click and pygments added: with them, `import httpx`
loads its optional command line (0.1-0.2 s more), which h2ogpte-ext keeps from loading.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from bench_record import record  # a sibling script (python scripts/bench_import.py)

ROOT = Path(__file__).resolve().parent.parent
STATEMENTS = (
    "import httpx",
    "import h2ogpte_api.api.chat.get_completion",
    "import h2ogpte_ext",
    "from h2ogpte_ext import H2OGPTE",
)
TARGET = 0.15
RUNS = 7


def import_seconds(python: str, statement: str) -> float:
    """Cumulative import time of everything `statement` imports, in seconds."""
    proc = subprocess.run([python, "-X", "importtime", "-c", statement], capture_output=True, text=True, check=True)
    total_us = 0
    for line in proc.stderr.splitlines():
        # "import time: self [us] | cumulative | <indent>name": top-level rows have no indent.
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|", 2)
            if cumulative.strip().isdigit() and not name[1:].startswith(" "):
                total_us += int(cumulative)
    return total_us / 1e6


def report(python: str, where: str) -> None:
    print(f"import time ({where}), median of {RUNS} fresh interpreters:")
    medians: dict[str, float] = {}
    for statement in STATEMENTS:
        runs = [import_seconds(python, statement) for _ in range(RUNS)]
        median = medians[statement] = statistics.median(runs)
        verdict = f"  target <= {TARGET} s: {'met' if median <= TARGET else 'MISSED'}" if "H2OGPTE" in statement else ""
        print(f"  {statement:<46} {median:.3f} s  (min {min(runs):.3f} s){verdict}")
    ours, anchor = medians[STATEMENTS[-1]], medians[STATEMENTS[0]]
    record(
        f"`{STATEMENTS[-1]}`, {where}",
        f"{ours:.3f} s",
        f"`{STATEMENTS[0]}`: {anchor:.3f} s",
        f"{ours / anchor:.2f}x",
        f"<= {TARGET} s",
        ours <= TARGET,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--here", action="store_true", help="measure in this environment instead of a clean one")
    args = parser.parse_args()
    if args.here:
        report(sys.executable, "this environment")
        return
    with tempfile.TemporaryDirectory(prefix="h2ogpte-import-") as tmp:
        venv.create(tmp, with_pip=True)
        python = str(Path(tmp) / "bin" / "python")
        subprocess.run([python, "-m", "pip", "install", "--quiet", str(ROOT)], check=True)
        report(python, "a clean virtualenv with h2ogpte-ext only")
        subprocess.run([python, "-m", "pip", "install", "--quiet", "rich", "click", "pygments"], check=True)
        report(python, "the same, with rich, click and pygments installed")


if __name__ == "__main__":
    main()
