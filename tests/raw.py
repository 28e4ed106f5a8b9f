"""Raw HTTP to a fake h2oGPTe, for the tests of the fake itself (plain httpx, not our client)."""

from __future__ import annotations

from typing import Any

import httpx

from h2ogpte_ext.testing import FakeH2OGPTE


def api_client(server: FakeH2OGPTE) -> httpx.Client:
    """An httpx client of the server's /api/v1, with its API key."""
    headers = {"Authorization": f"Bearer {server.api_key}"}
    return httpx.Client(base_url=f"{server.url}/api/v1", headers=headers, timeout=10)


def ok(response: httpx.Response, status: int = 200) -> Any:
    """The JSON of a response that must have `status` (None for an empty body)."""
    assert response.status_code == status, f"{response.request.method} {response.request.url}: {response.text}"
    return response.json() if response.content else None
