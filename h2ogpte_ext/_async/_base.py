"""What the helper mixins know of the client: its generated resources, its HTTP client and its address.

The client (`h2ogpte_ext._async.client`, and its sync twin) sets these up; the mixins only use them.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

import httpx
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api import AsyncResources
from h2ogpte_api.types import UNSET

log = logging.getLogger("h2ogpte_ext")
# Seconds a clean-up after a failure may take: it runs after a Ctrl-C or past the caller's deadline too.
CLEAN_UP_TIMEOUT = 5.0


class AsyncClientBase(AsyncResources):
    _http: httpx.AsyncClient
    # The generated low-level client on the same connection pool (for the few calls that stream).
    api: AuthenticatedClient

    if TYPE_CHECKING:

        @property
        def address(self) -> str:
            """The server's origin, e.g. https://h2ogpte.example.com."""
            ...

    @asynccontextmanager
    async def _session(self, session_id: str | None, collection_id: str | None, made_for: str) -> AsyncIterator[str]:
        """The chat session to use: `session_id`, or a new one (on `collection_id`) that is deleted again if the
        block fails (Ctrl-C and a cancelled task too), best effort and briefly: the failure is what the caller
        sees, never an error of the clean-up (`made_for`: "ask", "agent run", for the log)."""
        if session_id is not None:
            yield session_id
            return
        created = await self.chat.create_chat_session(collection_id=collection_id or UNSET)
        try:
            yield created.id
        except BaseException:
            try:
                await self.chat.delete_chat_session(created.id, request_timeout=CLEAN_UP_TIMEOUT, max_retries=0)
            except Exception as error:
                log.warning("could not delete chat session %s left by a failed %s: %s", created.id, made_for, error)
            else:
                log.info("deleted chat session %s: the %s it was made for failed", created.id, made_for)
            raise
