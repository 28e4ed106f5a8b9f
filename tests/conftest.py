"""Shared test fixtures: `figures` collects numbers that the run prints at the end."""

from __future__ import annotations

import pytest

_FIGURES: list[str] = []


@pytest.fixture
def figures() -> list[str]:
    """Append a line here to have it printed in pytest's summary (counts a reader should see)."""
    return _FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)
