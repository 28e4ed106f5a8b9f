"""The core client, sync and async by the same cases, end to end against the fake server on loopback."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from h2ogpte_api.api.collections import get_collection
from h2ogpte_api.models import Collection

from h2ogpte_ext import H2OGPTE
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _new_collection
from tests.either import Either

pytestmark = pytest.mark.e2e


# --- the generated layer through client.api, and errors ---------------------------------------------


def test_client_api_calls_every_operation_typed(make: Callable[..., Either]) -> None:
    c = make()
    created = _new_collection(c, "typed")
    fetched = c.call(get_collection, created.id)
    assert isinstance(fetched, Collection) and fetched.name == "typed"
    assert [col.id for col in c.collect(c.client.collections.iter_collections())] == [created.id]


# --- security -----------------------------------------------------------------------------------------


def test_a_callers_own_http_client_is_used(fake_h2ogpte: FakeH2OGPTE) -> None:
    seen: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key, http_client=own) as client:
        assert list(client.collections.iter_collections()) == []
    assert seen == ["/api/v1/collections"]
    assert not own.is_closed  # the caller's client is the caller's to close
    own.close()
