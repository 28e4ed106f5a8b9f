"""Tag "API Keys" (answered by the generic store): keys are deactivated and deleted."""

from __future__ import annotations

import httpx

from tests.in_spec import require
from tests.raw import ok


def test_api_keys_are_deactivated_and_deleted(api: httpx.Client) -> None:
    require("api_keys.update_api_key_inactivity_interval")
    made = ok(api.post("/admin/api_keys", json={"user_id": "u1", "name": "ci"}), 201)
    key = made["api_key"]
    assert key["name"] == "ci" and made["secret_key"]
    assert ok(api.get("/admin/api_keys")) == [key]
    assert api.post(f"/admin/api_keys/deactivate/{key['id']}").status_code == 204
    assert ok(api.get("/admin/api_keys"))[0]["is_active"] is False
    interval = {"inactivity_interval": 9}
    assert api.patch(f"/admin/api_keys/inactivity_interval/{key['id']}", json=interval).status_code == 204
    assert ok(api.get("/admin/api_keys"))[0]["inactivity_interval"] == 9
    assert api.delete(f"/admin/api_keys/{key['id']}").status_code == 204
    assert api.post(f"/admin/api_keys/deactivate/{key['id']}").status_code == 404
