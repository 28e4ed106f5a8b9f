"""The core client, sync and async by the same cases, end to end against the fake server on loopback."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from h2ogpte_api.api.collections import get_collection
from h2ogpte_api.models import Collection

from h2ogpte_ext import H2OGPTE
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _new_collection, _session
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


# --- pagination -----------------------------------------------------------------------------------------


def test_iterators_walk_pages_lazily_until_an_empty_page(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    for i in range(5):
        _new_collection(c, f"c{i}")
    before = len(fake_h2ogpte.state.requests)
    assert len(c.collect(c.client.collections.iter_collections(page_size=2))) == 5
    pages = [r.query for r in fake_h2ogpte.state.requests[before:]]
    # A short page does not end the listing (servers may cap pages): an empty one does.
    assert pages == ["offset=0&limit=2", "offset=2&limit=2", "offset=4&limit=2", "offset=5&limit=2"]

    if c.kind == "sync":
        assert isinstance(c.client, H2OGPTE)
        lazy = c.client.collections.iter_collections(page_size=2)
        before = len(fake_h2ogpte.state.requests)
        next(lazy)
        assert len(fake_h2ogpte.state.requests) == before + 1  # one page fetched, not all


def test_every_iterator(make: Callable[..., Either]) -> None:
    c = make()
    collection = _new_collection(c)
    session_id = _session(c)
    c.stream(session_id, "hello there")
    assert [s.id for s in c.collect(c.client.chat.iter_chat_sessions())] == [session_id]
    assert len(c.collect(c.client.chat.iter_chat_session_messages(session_id, page_size=1))) == 2
    assert c.collect(c.client.collections.iter_documents_for_collection(collection.id)) == []
