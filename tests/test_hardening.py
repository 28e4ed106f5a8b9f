"""Hardening: a retry sends the same bytes, every failure is ours, secrets stay hidden, retries respect the
server, streams are split and bounded correctly, proxies come from the environment, health answers quickly.

End to end against the fake server on loopback, sync and async; where the fake cannot misbehave in the way
needed (a broken gzip body, a 20 MB error page, raw U+2028 in a stream) a caller's own httpx client with a
mock transport stands in for the server, through the same client stack.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from h2ogpte_ext.testing import _openai as fake_openai
from tests.hostile import DEEP_JSON

pytestmark = pytest.mark.e2e


# --- 13. the fake server ------------------------------------------------------------------------------------


def test_the_fakes_openai_door_refuses_deeply_nested_json_with_a_400(fake_h2ogpte: FakeH2OGPTE) -> None:
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}", "Content-Type": "application/json"}
    body = b'{"model": "auto", "messages": [{"role": "user", "content": ' + DEEP_JSON + b"}]}"
    response = httpx.post(f"{fake_h2ogpte.url}/openai_api/v1/chat/completions", content=body, headers=headers)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "the body nests JSON deeper than 64 levels"
    assert fake_h2ogpte.state.violations == []


def test_a_failure_of_the_fakes_openai_door_is_recorded(
    fake_h2ogpte: FakeH2OGPTE, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(body: Any) -> str:
        raise RuntimeError("a bug in the fake")

    monkeypatch.setattr(fake_openai, "_question", broken)
    headers = {"Authorization": f"Bearer {fake_h2ogpte.api_key}"}
    body = {"model": "auto", "messages": [{"role": "user", "content": "hi"}]}
    response = httpx.post(f"{fake_h2ogpte.url}/openai_api/v1/chat/completions", json=body, headers=headers)
    assert response.status_code == 500 and response.json()["error"]["type"] == "server_error"
    assert fake_h2ogpte.state.violations == [
        "POST /openai_api/v1/chat/completions: the fake raised RuntimeError('a bug in the fake')"
    ]
    fake_h2ogpte.state.violations.clear()  # recorded as it should be: not a failure of this test
