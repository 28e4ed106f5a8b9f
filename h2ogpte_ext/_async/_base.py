"""What the helper mixins know of the client: its generated resources, its HTTP client and its address.

The client (`h2ogpte_ext._async.client`, and its sync twin) sets these up; the mixins only use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api import AsyncResources


class AsyncClientBase(AsyncResources):
    _http: httpx.AsyncClient
    # The generated low-level client on the same connection pool (for the few calls that stream).
    api: AuthenticatedClient

    if TYPE_CHECKING:

        @property
        def address(self) -> str:
            """The server's origin, e.g. https://h2ogpte.example.com."""
            ...
