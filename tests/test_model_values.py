"""Models that behave like values, and the types and warnings a user's editor shows, against the fake (real HTTP
on 127.0.0.1): `UNSET` is one object whatever copies a model; a model's repr lists only the fields that are
set; `to_json()`/`from_json()` round trip; `with_raw_response(...).parsed` is the success model; the spec's
deprecated operations warn when called, and no other does."""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
import re
import warnings

import pytest
from h2ogpte_api.api.chat import delete_agent_server_directories
from h2ogpte_api.models import ChatSession, Collection
from h2ogpte_api.types import UNSET, Unset

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.in_spec import optional_properties, require_deprecated

pytestmark = pytest.mark.e2e


def _client(fake: FakeH2OGPTE) -> H2OGPTE:
    return H2OGPTE(address=fake.url, api_key=fake.api_key, max_retries=0)


# --- UNSET ------------------------------------------------------------------------------------------------------


def test_unset_is_one_object_that_copies_and_pickles_to_itself() -> None:
    assert Unset() is UNSET
    assert isinstance(UNSET, Unset) and not UNSET
    assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET"
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(UNSET, protocol=protocol)) is UNSET


def test_a_fetched_model_equals_its_deep_copy_and_its_unpickled_copy(fake_h2ogpte: FakeH2OGPTE) -> None:
    with _client(fake_h2ogpte) as client:
        created = client.collections.create_collection(name="values", description="d")
        collection = client.collections.get_collection(created.id)
        session = client.chat.create_chat_session(collection_id=created.id)
    unset = [a for a in ("size_limit", "expiry_date", "prompt_template_id") if getattr(collection, a) is UNSET]
    assert unset, "the fake's Collection leaves optional fields out: the copies below carry UNSET"
    for model in (collection, session, [collection, session]):
        assert copy.deepcopy(model) == model
        assert copy.copy(model) == model
        assert pickle.loads(pickle.dumps(model)) == model
    copied = copy.deepcopy(collection)
    assert all(getattr(copied, name) is UNSET for name in unset)


# --- repr -------------------------------------------------------------------------------------------------------


def test_a_collections_repr_lists_only_the_fields_that_are_set(fake_h2ogpte: FakeH2OGPTE) -> None:
    # Tidy data (a fake's default, as a user's tests get it): most optional fields left out.
    with FakeH2OGPTE() as tidy, _client(tidy) as client:
        created = client.collections.create_collection(name="shown", description="d")
        collection = client.collections.get_collection(created.id)
    text = repr(collection)
    assert text.startswith(f"Collection(id={collection.id!r}, name='shown', description='d', ")
    assert "Unset" not in text and "UNSET" not in text and "0x" not in text
    assert len(text) < 500, text
    # (An older release's Collection may have fewer than 10 optional fields: then all of them.)
    left_out = min(10, optional_properties("Collection"))
    assert sum(getattr(collection, name) is UNSET for name in _field_names(Collection)) >= left_out
    # Every set field in declaration order, and nothing else; the same text each time.
    assert text == _set_fields(collection)
    assert repr(copy.deepcopy(collection)) == text
    # Varied data (null and edge values too): still only what is set.
    with _client(fake_h2ogpte) as client:
        varied = client.collections.get_collection(client.collections.create_collection(name="v", description="d").id)
    assert repr(varied) == _set_fields(varied)


def _set_fields(model: object) -> str:
    """The repr expected: the fields that are set, in declaration order, then any additional properties."""
    names = [name for name in _field_names(type(model)) if getattr(model, name) is not UNSET]
    parts = [f"{name}={getattr(model, name)!r}" for name in names]
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


def test_a_repr_shows_additional_properties_only_when_there_are_some() -> None:
    session = ChatSession.from_dict({"id": "s1", "updated_at": "2024-05-01T12:00:00Z"})
    # The time as parsed (Python 3.10's dateutil names UTC `tzutc()`, 3.11+ `datetime.timezone.utc`).
    assert repr(session) == f"ChatSession(id='s1', updated_at={session.updated_at!r})"
    extra = ChatSession.from_dict({"id": "s1", "updated_at": "2024-05-01T12:00:00Z", "newer": 1})
    assert repr(extra).endswith(", additional_properties={'newer': 1})")


def _field_names(model: type) -> list[str]:
    import attrs

    return [field.name for field in attrs.fields(model) if field.name != "additional_properties"]


# --- to_json / from_json ----------------------------------------------------------------------------------------


def test_to_json_is_to_dict_as_json_and_from_json_round_trips(fake_h2ogpte: FakeH2OGPTE) -> None:
    with _client(fake_h2ogpte) as client:
        created = client.collections.create_collection(name="json", description="d")
        collection = client.collections.get_collection(created.id)
    text = collection.to_json()
    assert json.loads(text) == collection.to_dict()
    # Timestamps as to_dict gives them (ISO 8601), never a repr.
    assert json.loads(text)["updated_at"] == collection.updated_at.isoformat()
    assert Collection.from_json(text) == collection
    assert Collection.from_json(text.encode()) == collection
    assert Collection.from_dict(json.loads(text)) == collection


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


# --- deprecated operations --------------------------------------------------------------------------------------

DEPRECATED = "^" + re.escape(
    "delete_agent_server_directories (DELETE /chats/{session_ids}/agent_server_directories) is deprecated"
)


def test_a_deprecated_operation_warns_and_others_do_not(fake_h2ogpte: FakeH2OGPTE) -> None:
    require_deprecated("delete_agent_server_directories", "update_runtime_model")
    with _client(fake_h2ogpte) as client:
        collection = client.collections.create_collection(name="deprecated", description="d")
        session = client.chat.create_chat_session(collection_id=collection.id)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # any warning from a call that is not deprecated fails
            client.chat.get_chat_session(session.id)
            client.chat.with_raw_response.get_chat_session(session.id)
        with pytest.warns(DeprecationWarning, match=DEPRECATED) as caught:
            assert client.chat.delete_agent_server_directories([session.id]) is None
        assert len(caught) == 1 and caught[0].filename == __file__  # the warning points at the caller's line
        with pytest.warns(DeprecationWarning, match=DEPRECATED):
            client.chat.with_raw_response.delete_agent_server_directories([session.id])
        with pytest.warns(DeprecationWarning, match=DEPRECATED):
            delete_agent_server_directories.sync_detailed([session.id], client=client.api)
        with pytest.warns(DeprecationWarning, match=r"^update_runtime_model \(PUT "):
            client.llm_registry.update_runtime_model("m1")

    async def use() -> None:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            with pytest.warns(DeprecationWarning, match=DEPRECATED):
                pending = client.chat.delete_agent_server_directories([session.id])
            await pending

    asyncio.run(use())
