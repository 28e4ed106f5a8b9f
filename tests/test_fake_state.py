"""The fake's state (`_state.py`): `reset()` forgets everything, restores every setting, and every setting is
declared once."""

from __future__ import annotations

from pathlib import Path

import attrs
import httpx

from h2ogpte_ext.testing import FakeH2OGPTE, State
from h2ogpte_ext.testing._data import Variety
from h2ogpte_ext.testing._state import Settings
from tests.raw import api_client, ok


def _changed(state: State) -> None:
    state.variety = Variety(99)
    state.strict = True
    state.max_body_bytes = 100
    state.max_json_body_bytes = 50
    state.max_logged_requests = 1
    state.token_delay = 5.0
    state.ingest_seconds = 3.0


def _collection(api: httpx.Client, name: str = "c") -> str:
    return str(ok(api.post("/collections", json={"name": name, "description": "d"}), 201)["id"])


def test_reset_restores_every_setting(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    state = fake_h2ogpte.state
    _changed(state)
    # every setting was changed above: a setting added to Settings without a line there fails here
    for setting in attrs.fields(Settings):
        value = getattr(state, setting.name)
        assert (value.seed if isinstance(value, Variety) else value) != getattr(state.defaults, setting.name)
    fake_h2ogpte.reset()  # what the fixture does between two tests
    for setting in attrs.fields(Settings):
        value = getattr(state, setting.name)
        assert (value.seed if isinstance(value, Variety) else value) == getattr(state.defaults, setting.name)
    assert state.variety.seed == 12  # this suite's fake_h2ogpte_options
    # Over real HTTP: a body over the old 100 bytes is served, and the log keeps more than one request.
    ok(api.post("/collections", json={"name": "n" * 200, "description": "d"}), 201)
    ok(api.get("/collections"))
    assert [r.method for r in state.requests] == ["POST", "GET"]


def test_reset_returns_to_the_settings_the_server_was_made_with() -> None:
    with FakeH2OGPTE(strict=True, max_json_body_bytes=1000, max_logged_requests=3) as server:
        _changed(server.state)
        server.reset()
        assert (server.state.strict, server.state.max_json_body_bytes, server.state.max_logged_requests) == (
            True,
            1000,
            3,
        )
        with api_client(server) as api:
            response = api.post("/collections", json={"name": "n", "description": "d" * 2000})
            assert response.status_code == 413


def test_every_setting_of_the_state_is_declared_once() -> None:
    """The state's fields with a plain default (not a fresh container) are its settings: each is in
    `Settings`, whose defaults are the state's, so that reset() restores it."""
    plain = {
        f.name
        for f in attrs.fields(State)
        if f.init and f.default is not attrs.NOTHING and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
    }
    assert plain <= {f.name for f in attrs.fields(Settings)}
    state = State(api_key="k", workdir=Path())
    assert state.defaults == Settings()


def test_reset_forgets_everything_and_keeps_serving(fake_h2ogpte: FakeH2OGPTE, api: httpx.Client) -> None:
    _collection(api)
    fake_h2ogpte.faults.add(path="/api/v1/models", status=503, times=-1)
    fake_h2ogpte.state.token_delay = 1.0
    fake_h2ogpte.reset()
    assert fake_h2ogpte.state.collections == {} and fake_h2ogpte.state.token_delay == 0.002
    assert ok(api.get("/models"))
    assert ok(api.get("/collections")) == []
    assert [r.path for r in fake_h2ogpte.state.requests] == ["/api/v1/models", "/api/v1/collections"]
