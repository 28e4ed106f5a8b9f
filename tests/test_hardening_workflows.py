"""Workflows under hostile conditions: failed and vanishing uploads, compressed and colliding downloads,
servers that cap or ignore pagination, metadata that does not parse. Sync and async, over real HTTP."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from h2ogpte_ext import H2OGPTEError
from tests.common import PROMPT
from tests.either import Either
from tests.tampering import Tampering

pytestmark = pytest.mark.e2e


# --- 6 (part). metadata that does not parse ----------------------------------------------------------------


def _garbled(kinds: set[str]) -> Callable[[str, str], str]:
    return lambda kind, content: "<html>502 Bad Gateway</html>" if kind in kinds else content


@pytest.mark.parametrize("stream", [False, True])
def test_a_usage_stats_that_is_not_json_keeps_the_answer(
    tampered: Callable[[Tampering], Either], caplog: pytest.LogCaptureFixture, stream: bool
) -> None:
    c = tampered(Tampering(meta=_garbled({"usage_stats"})))
    with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
        run = c.run(c.client.run_agent(PROMPT, stream=stream))
    assert "a.csv" in run.text and sorted(f.name for f in run.files) == ["a.csv", "b.json"]
    assert run.usage == {} and run.unparsed == {"usage_stats": "<html>502 Bad Gateway</html>"}
    (record,) = caplog.records
    assert record.levelname == "WARNING" and "usage_stats" in record.getMessage()


def test_agent_files_metadata_that_does_not_parse_keeps_the_answer(
    tampered: Callable[[Tampering], Either], caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    c = tampered(Tampering(meta=_garbled({"agent_files"})))
    with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
        run = c.run(c.client.run_agent(PROMPT))
    assert "a.csv" in run.text and run.files == [] and run.usage["output_tokens"] > 0
    assert run.unparsed == {"agent_files": "<html>502 Bad Gateway</html>"}
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    with pytest.raises(H2OGPTEError, match="agent_files metadata is not a list"):
        c.run(c.client.download_agent_files(run, tmp_path))
