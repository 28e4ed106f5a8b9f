"""Models that behave like values, and the types a user's editor shows, against the fake (real HTTP on
127.0.0.1): `with_raw_response(...).parsed` is the success model."""

from __future__ import annotations

import asyncio

import pytest
from h2ogpte_api.models import Collection

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE
from h2ogpte_ext.testing import FakeH2OGPTE

pytestmark = pytest.mark.e2e


def _client(fake: FakeH2OGPTE) -> H2OGPTE:
    return H2OGPTE(address=fake.url, api_key=fake.api_key, max_retries=0)


# --- with_raw_response: parsed is the success model -------------------------------------------------------------


def test_raw_parsed_is_the_success_model_on_both_clients(fake_h2ogpte: FakeH2OGPTE) -> None:
    """The README's lines (type-checked by mypy and basedpyright in tests/typing_examples/raw_parsed.py)."""
    with _client(fake_h2ogpte) as client:
        collection = client.collections.create_collection(name="raw", description="d")
        raw = client.collections.with_raw_response.get_collection(collection.id)
        assert raw.status_code == 200 and raw.headers["x-request-id"]
        assert isinstance(raw.parsed, Collection) and raw.parsed.name == "raw"
        assert client.collections.with_raw_response.delete_collection(collection.id).parsed is None

    async def use() -> str:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            created = await client.collections.create_collection(name="raw async", description="d")
            raw = await client.collections.with_raw_response.get_collection(created.id)
            return raw.parsed.name

    assert asyncio.run(use()) == "raw async"
