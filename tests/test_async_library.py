"""`AsyncH2OGPTE` runs under asyncio only. Under trio it is refused with one clear `H2OGPTEError`: when it is
made there, or, made outside any event loop, at its first use (a call, `health()`, an upload, a job wait),
before anything is sent. The sync `H2OGPTE` works under trio, in a worker thread."""

from __future__ import annotations

from typing import Any

import pytest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, H2OGPTEError
from h2ogpte_ext.testing import FakeH2OGPTE

REFUSED = r"AsyncH2OGPTE runs under asyncio only, and this code runs under trio"


def _settings(fake: FakeH2OGPTE) -> dict[str, Any]:
    return {"address": fake.url, "api_key": fake.api_key}


def test_trio_is_refused_when_the_client_is_made_there(fake_h2ogpte: FakeH2OGPTE) -> None:
    trio = pytest.importorskip("trio")

    async def made_under_trio() -> None:
        AsyncH2OGPTE(**_settings(fake_h2ogpte))

    with pytest.raises(H2OGPTEError, match=REFUSED):
        trio.run(made_under_trio)
    assert fake_h2ogpte.state.requests == []


@pytest.mark.parametrize("use", ["call", "retried call", "health", "upload", "job wait", "stream"])
def test_trio_is_refused_at_the_first_use_of_a_client_made_outside(fake_h2ogpte: FakeH2OGPTE, use: str) -> None:
    """Each of what fails under trio without the check (a retry's sleep, health's tasks, concurrent uploads,
    a job's polling) and a plain call, which would pass, are refused alike: nothing is sent."""
    trio = pytest.importorskip("trio")
    if use == "retried call":
        fake_h2ogpte.faults.add(path="/api/v1/collections", status=503)
    client = AsyncH2OGPTE(**_settings(fake_h2ogpte))

    async def first_use() -> None:
        if use in ("call", "retried call"):
            await client.collections.list_collections()
        elif use == "health":
            await client.health()
        elif use == "upload":
            await client.upload_and_ingest("c1", [("a.txt", b"a"), ("b.txt", b"b")])
        elif use == "job wait":
            await client.wait_for_job("job-1")
        else:
            async for _ in client.collections.iter_collections():
                pass

    with pytest.raises(H2OGPTEError, match=REFUSED) as caught:
        trio.run(first_use)
    assert "trio.to_thread.run_sync" in str(caught.value)
    assert fake_h2ogpte.state.requests == []


def test_the_sync_client_works_under_trio_in_a_worker_thread(fake_h2ogpte: FakeH2OGPTE) -> None:
    trio = pytest.importorskip("trio")

    async def main() -> list[str]:
        with H2OGPTE(**_settings(fake_h2ogpte), max_retries=0) as client:
            made = await trio.to_thread.run_sync(
                lambda: client.collections.create_collection(name="t", description="d")
            )
            listed = await trio.to_thread.run_sync(client.collections.list_collections)
            return [made.id, *(c.id for c in listed)]

    first, *listed = trio.run(main)
    assert listed == [first]


def test_an_event_loop_other_than_asyncios_is_refused_too(fake_h2ogpte: FakeH2OGPTE) -> None:
    """A coroutine driven by hand (as any other async library would): no asyncio loop runs, so the first call
    is refused; this runs without trio."""
    client = AsyncH2OGPTE(**_settings(fake_h2ogpte))
    call = client.collections.list_collections()
    with pytest.raises(H2OGPTEError, match=r"runs under asyncio only, and this code runs under an async library"):
        call.send(None)
    call.close()
    assert fake_h2ogpte.state.requests == []


def test_asyncio_is_unaffected(fake_h2ogpte: FakeH2OGPTE) -> None:
    import asyncio

    async def main() -> int:
        async with AsyncH2OGPTE(**_settings(fake_h2ogpte)) as client:
            await client.collections.create_collection(name="a", description="d")
            return len(await client.collections.list_collections())

    assert asyncio.run(main()) == 1
