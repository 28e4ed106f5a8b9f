"""The sync helpers are the unasync twins of the async ones: `h2ogpte_ext/_sync` is current."""

from __future__ import annotations

import subprocess
import sys

from tests.spec_tools import ROOT


def test_the_sync_twins_are_current() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/unasync_twins.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
