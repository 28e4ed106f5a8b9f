"""Offset/limit pagination (`PageCursor`, `h2ogpte_ext._requester`): iterators walk the pages lazily to the
end, a page shorter than asked does not end a listing, and a server that ignores `offset` is an error rather
than an endless loop. (The iterator of every listing of the spec: tests/test_resources.py.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from h2ogpte_ext import H2OGPTE, H2OGPTEError
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _collection_id, _new_collection, _session
from tests.either import Either, client_of
from tests.hostile import _collection
from tests.raw import serving
from tests.tampering import Tampering

pytestmark = pytest.mark.e2e


# --- iterators ----------------------------------------------------------------------------------------------


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


# --- servers that cap their pages or ignore offset ----------------------------------------------------------


def _collections(c: Either, count: int) -> set[str]:
    return {_collection_id(c, f"c{i}") for i in range(count)}


def test_pages_shorter_than_asked_do_not_end_the_listing(tampered: Callable[[Tampering], Either]) -> None:
    # The server caps its pages at 2, whatever the client asks for.
    c = tampered(Tampering(query=lambda q: {**q, "limit": str(min(int(q["limit"]), 2))} if "limit" in q else q))
    made = _collections(c, 5)
    assert {x.id for x in c.collect(c.client.collections.iter_collections())} == made
    assert len(c.collect(c.client.collections.iter_collections(page_size=3))) == 5


def test_a_server_that_ignores_offset_raises_instead_of_looping(tampered: Callable[[Tampering], Either]) -> None:
    c = tampered(Tampering(query=lambda q: {k: v for k, v in q.items() if k != "offset"}))
    _collections(c, 5)
    with pytest.raises(H2OGPTEError, match=r"offset=2 with the same 2 item\(s\) as the page before: it ignores offset"):
        c.collect(c.client.collections.iter_collections(page_size=2), most=50)


def test_a_server_that_ignores_offset_is_caught_even_when_its_items_change(kind: str) -> None:
    answered: list[int] = []

    async def collections(request: Request) -> Response:
        # offset ignored; each answer stamped as a live server would (a new updated_at, a count that moves)
        answered.append(int(request.query_params.get("offset", "0")))
        n = len(answered)
        stamp = {"updated_at": f"2024-01-01T00:{n // 60 % 60:02d}:{n % 60:02d}Z", "document_count": n}
        return JSONResponse([_collection(str(i), **stamp) for i in range(3)])

    app = Starlette(routes=[Route("/api/v1/collections", collections)])
    refused = pytest.raises(H2OGPTEError, match=r"offset=3 with the same 3 item\(s\) as the page before")
    with serving(app) as address, client_of(kind, address) as c, refused:
        c.collect(c.client.collections.iter_collections(page_size=3), most=300)  # before: never ended
    assert answered == [0, 3]
