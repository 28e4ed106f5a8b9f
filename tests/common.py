"""Small helpers several test modules share: what a test makes on the fake through the client under test (a
collection, a chat session), an agent prompt that leaves two files, a stopwatch."""

from __future__ import annotations

import time

from h2ogpte_api.api.chat import create_chat_session
from h2ogpte_api.api.collections import create_collection
from h2ogpte_api.models import Collection, CollectionCreateRequest

from tests.either import Either


def _new_collection(c: Either, name: str = "c") -> Collection:
    created = c.call(create_collection, body=CollectionCreateRequest(name=name, description="d"))
    assert isinstance(created, Collection)
    return created


def _session(c: Either) -> str:
    return str(c.call(create_chat_session).id)


def _collection(c: Either, name: str = "sources") -> str:
    return str(c.run(c.client.collections.create_collection(name=name, description="d")).id)


PROMPT = "Save 'a.csv' and 'b.json'."


def _collection_id(c: Either, name: str = "docs") -> str:
    return str(c.call(create_collection, body=CollectionCreateRequest(name=name, description="d")).id)


def _elapsed(since: float) -> float:
    return time.monotonic() - since
