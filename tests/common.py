"""Small helpers several test modules share: what a test makes on the fake through the client under test (a
collection, a chat session), an agent prompt that leaves two files, a stopwatch, a script of `scripts/` as a
module."""

from __future__ import annotations

import importlib.util
import sys
import time
from types import ModuleType

from h2ogpte_api.api.chat import create_chat_session
from h2ogpte_api.api.collections import create_collection
from h2ogpte_api.models import Collection, CollectionCreateRequest

from tests.either import Either
from tests.spec_tools import ROOT


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


def load_script(name: str, *, shared: bool = False) -> ModuleType:
    """`scripts/<name>.py` as a module (the scripts are no package); `shared`: the one in `sys.modules` under
    its name, as a sibling script that imports it finds it."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    if shared:
        module = sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module
