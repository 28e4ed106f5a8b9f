"""Tag "Memory Blocks" (answered by the generic store): blocks keep what they are told."""

from __future__ import annotations

import httpx

from tests.in_spec import require
from tests.raw import ok


def test_memory_blocks_keep_what_they_are_told(api: httpx.Client) -> None:
    require("memory_blocks.create_memory_block")
    made = ok(api.post("/memory_blocks", json={"name": "mine", "content": "hello"}), 201)
    block = f"/memory_blocks/{made['id']}"
    assert (made["name"], made["content"]) == ("mine", "hello")
    assert api.put(block, json={"name": "renamed"}).status_code == 204
    assert ok(api.get(block))["name"] == "renamed"
    assert ok(api.get("/memory_blocks")) == {"items": [ok(api.get(block))], "total": 1}
    assert ok(api.get("/memory_blocks", params={"limit": 0})) == {"items": [], "total": 1}
    assert api.get("/memory_blocks/never-made").status_code == 404
    assert api.delete(block).status_code == 204
    assert api.get(block).status_code == 404
    assert api.delete(block).status_code == 404
    assert ok(api.get("/memory_blocks")) == {"items": [], "total": 0}
