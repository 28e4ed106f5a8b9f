"""Tag "Secrets" (answered by the generic store): secrets are named by the client."""

from __future__ import annotations

import httpx

from tests.raw import ok


def test_secrets_are_named_by_the_client(api: httpx.Client) -> None:
    made = ok(api.post("/secrets", json={"secret_id": "s3-main", "secret_value": {"key": "v1"}}), 201)
    assert made == {"id": "s3-main"}
    assert api.post("/secrets", json={"secret_id": "s3-main", "secret_value": {}}).status_code == 409
    assert ok(api.get("/secrets/ids")) == ["s3-main"]
    assert ok(api.get("/secrets/s3-main"))["secret_id"] == "s3-main"
    assert api.put("/secrets/s3-main", json={"secret_value": {"key": "v2"}}).status_code == 200
    assert ok(api.get("/secrets/s3-main/value")) == {"key": "v2"}
    assert api.delete("/secrets/s3-main").status_code == 200
    assert api.get("/secrets/s3-main/value").status_code == 404
    assert api.delete("/secrets/s3-main").status_code == 404
    assert ok(api.get("/secrets/ids")) == []
