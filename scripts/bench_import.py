"""Import cost of the SDK, measured with `python -X importtime` in fresh interpreters.

Prints the median over several runs of the cumulative import time of each statement (target: <= 0.3 s).
"""

from __future__ import annotations

import statistics
import subprocess
import sys

STATEMENTS = ("import h2ogpte_api.api.chat.get_completion", "import h2ogpte_ext")
RUNS = 7


def import_seconds(statement: str) -> float:
    """Cumulative import time of everything `statement` imports, in seconds."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True, check=True
    )
    total_us = 0
    for line in proc.stderr.splitlines():
        # "import time: self [us] | cumulative | <indent>name": top-level rows have no indent.
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|", 2)
            if cumulative.strip().isdigit() and not name[1:].startswith(" "):
                total_us += int(cumulative)
    return total_us / 1e6


def main() -> None:
    for statement in STATEMENTS:
        runs = [import_seconds(statement) for _ in range(RUNS)]
        print(f"{statement:<48} median {statistics.median(runs):.3f} s  min {min(runs):.3f} s  ({RUNS} runs)")


if __name__ == "__main__":
    main()
