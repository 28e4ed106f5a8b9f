"""What the helper mixins know of the client: its generated resources, its HTTP client and its address.

The client (`h2ogpte_ext._async.client`, and its sync twin) sets these up; the mixins only use them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import httpx
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api import AsyncResources

log = logging.getLogger("h2ogpte_ext")


class AsyncClientBase(AsyncResources):
    _http: httpx.AsyncClient
    # The generated low-level client on the same connection pool (for the few calls that stream).
    api: AuthenticatedClient

    if TYPE_CHECKING:

        @property
        def address(self) -> str:
            """The server's origin, e.g. https://h2ogpte.example.com."""
            ...

    async def _discard_session(self, session_id: str, made_for: str) -> None:
        """Delete a chat session a helper made for a call that failed (`made_for`: "ask", "agent run"), best
        effort: that failure is what the caller sees, never an error of the clean-up."""
        try:
            await self.chat.delete_chat_session(session_id)
        except Exception as error:
            log.warning("could not delete chat session %s left by a failed %s: %s", session_id, made_for, error)
        else:
            log.info("deleted chat session %s: the %s it was made for failed", session_id, made_for)
