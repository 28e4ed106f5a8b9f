"""pytest plugin (entry point `pytest11`): the `fake_h2ogpte` fixture, a running fake per test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from h2ogpte_ext.testing import FakeH2OGPTE


@pytest.fixture
def fake_h2ogpte() -> Iterator[FakeH2OGPTE]:
    """A fresh fake h2oGPTe on 127.0.0.1 (`.url`, `.api_key`, `.state`).

    The test fails if the fake sent a response its spec forbids.
    """
    # Imported here: the plugin loads in every pytest run, the testing extra may not be installed.
    from h2ogpte_ext.testing import FakeH2OGPTE

    with FakeH2OGPTE() as server:
        yield server
