"""Tag "Agents" (`handlers/agents.py`): agent tools and tool preference, and custom tools from the generic store."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.in_spec import has
from tests.raw import ok

pytestmark = pytest.mark.e2e


def _tool(api: httpx.Client, tool_id: str) -> Any:
    """A custom tool by its id (from the listing where the spec generated from has no `get_custom_agent_tool`)."""
    if has("agents.get_custom_agent_tool"):
        return ok(api.get(f"/agents/custom_tools/{tool_id}"))
    return next(t for t in ok(api.get("/agents/custom_tools")) if t["id"] == tool_id)


def test_custom_tools_are_made_by_a_form_and_deleted_by_comma_separated_ids(api: httpx.Client) -> None:
    made = []
    for name in ("alpha", "beta", "gamma"):
        form = {"tool_type": "local_mcp", "tool_args": json.dumps({"tool_name": name})}
        (answer,) = ok(api.post("/agents/custom_tools", data=form, files={"file": ("t.zip", b"PK")}), 201)
        made.append(answer["agent_custom_tool_id"])
    tool = _tool(api, made[0])
    assert (tool["id"], tool["tool_type"], tool["tool_args"]) == (made[0], "local_mcp", {"tool_name": "alpha"})
    assert [t["id"] for t in ok(api.get("/agents/custom_tools"))] == made
    changed = ok(api.put(f"/agents/custom_tools/{made[0]}", json={"tool_args": {"tool_name": "omega"}}))
    assert changed == {"agent_custom_tool_id": made[0]}
    assert _tool(api, made[0])["tool_args"] == {"tool_name": "omega"}
    assert ok(api.delete(f"/agents/custom_tools/{made[0]},{made[1]}")) == {"count": 2}
    assert [t["id"] for t in ok(api.get("/agents/custom_tools"))] == [made[2]]
    assert api.delete(f"/agents/custom_tools/{made[0]},{made[2]}").status_code == 404  # one is gone already
    assert _tool(api, made[2])["id"] == made[2]  # and nothing was deleted


def test_agent_tools_and_tool_preference(http: httpx.Client) -> None:
    tools = http.get("/api/v1/agents/tools").json()
    assert "python" in [t["name"] for t in tools]
    assert http.get("/api/v1/agents/tool_preference").json() == []
    assert http.post("/api/v1/agents/tool_preference", json={"reference_value": ["python"]}).status_code == 204
    assert http.get("/api/v1/agents/tool_preference").json() == ["python"]
    assert http.delete("/api/v1/agents/tool_preference").status_code == 204
    assert http.get("/api/v1/agents/tool_preference").json() == []
