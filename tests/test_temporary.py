"""Resources that live for a block (`temporary_collection`, `temporary_session`, `chat_session`): deleted on
exit, even on error, and a clean-up that fails never replaces the block's own exception."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable

import pytest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, InternalServerError
from h2ogpte_ext._async import _base as async_base
from h2ogpte_ext._sync import _base as sync_base
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _elapsed
from tests.either import Either

# --- deleted on exit, even on error -------------------------------------------------------------------------


@pytest.mark.e2e
def test_temporary_resources_are_deleted_even_on_error(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        with (
            pytest.raises(RuntimeError),
            client.temporary_collection() as collection,
            client.temporary_session(collection.id) as session,
        ):
            assert session.collection_id == collection.id
            raise RuntimeError("boom")
        assert fake_h2ogpte.state.collections == {} and fake_h2ogpte.state.sessions == {}


@pytest.mark.e2e
def test_async_temporary_resources(fake_h2ogpte: FakeH2OGPTE) -> None:
    async def scenario() -> None:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            with pytest.raises(RuntimeError):
                async with client.temporary_collection() as collection, client.temporary_session(collection.id):
                    assert len(fake_h2ogpte.state.sessions) == 1
                    raise RuntimeError("boom")

    asyncio.run(scenario())
    assert fake_h2ogpte.state.collections == {} and fake_h2ogpte.state.sessions == {}


# --- a clean-up never replaces the block's own exception ----------------------------------------------------


def _block(c: Either, manager: str, raised: BaseException | None) -> BaseException | None:
    """Run a block in `client.<manager>()` (sync or async) that raises `raised` (None: it succeeds), and return
    what came out of the context manager (None: nothing), caught where it came out (in the coroutine, before a
    task's end could turn a CancelledError into a new one)."""
    opened = getattr(c.client, manager)()
    if c.kind == "sync":
        try:
            with opened:
                if raised is not None:
                    raise raised
        except BaseException as error:
            return error
        return None

    async def body() -> BaseException | None:
        try:
            async with opened:
                if raised is not None:
                    raise raised
        except BaseException as error:
            return error
        return None

    return c.run(body())  # type: ignore[no-any-return]


# The DELETE each one's clean-up sends.
CLEAN_UPS = {
    "temporary_collection": "/api/v1/collections/*",
    "temporary_session": "/api/v1/chats/*",
    "chat_session": "/api/v1/chats/*",
}


def _raised(kind: str, name: str) -> BaseException:
    if name == "cancelled":
        return asyncio.CancelledError() if kind == "async" else KeyboardInterrupt()
    return {"KeyboardInterrupt": KeyboardInterrupt(), "ValueError": ValueError("the block's own")}[name]


@pytest.mark.parametrize("manager", list(CLEAN_UPS))
@pytest.mark.parametrize("name", ["ValueError", "KeyboardInterrupt", "cancelled"])
def test_the_blocks_exception_comes_out_unchanged_when_the_clean_up_fails(
    make: Callable[..., Either],
    fake_h2ogpte: FakeH2OGPTE,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    manager: str,
    name: str,
) -> None:
    for twin in (async_base, sync_base):
        monkeypatch.setattr(twin, "CLEAN_UP_TIMEOUT", 0.3)
    c = make(timeout=30)  # the client's own timeout and retries would hold the caller for minutes
    raised = _raised(c.kind, name)
    fake_h2ogpte.faults.add(path=CLEAN_UPS[manager], method="DELETE", status=503, times=1)
    fake_h2ogpte.faults.add(path=CLEAN_UPS[manager], method="DELETE", latency=3, times=-1)
    started = time.monotonic()
    came_out = _block(c, manager, raised)
    assert came_out is raised  # not an InternalServerError that `except H2OGPTEError` would swallow
    assert _elapsed(started) < 2.5  # tried once, briefly
    deletes = [r for r in fake_h2ogpte.state.requests if r.method == "DELETE"]
    assert len(deletes) == 1
    assert "could not delete" in caplog.text and "503" in caplog.text
    if sys.version_info >= (3, 11):
        (note,) = raised.__notes__
        assert note.startswith("could not delete ") and "InternalServerError: 503" in note


@pytest.mark.parametrize("manager", list(CLEAN_UPS))
def test_a_clean_up_that_works_after_a_failure_deletes_and_adds_no_note(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, manager: str
) -> None:
    c = make()
    raised = ValueError("the block's own")
    assert _block(c, manager, raised) is raised and not getattr(raised, "__notes__", [])
    assert not fake_h2ogpte.state.collections and not fake_h2ogpte.state.sessions


@pytest.mark.parametrize("manager", list(CLEAN_UPS))
def test_a_clean_up_that_fails_after_a_block_that_succeeded_raises(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, manager: str
) -> None:
    c = make(max_retries=0)
    fake_h2ogpte.faults.add(path=CLEAN_UPS[manager], method="DELETE", status=503, times=-1)
    came_out = _block(c, manager, None)
    assert isinstance(came_out, InternalServerError) and "503" in str(came_out)
