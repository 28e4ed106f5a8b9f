# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/temporary.py: edit that file, not this one.
"""Resources for the length of a `with` block: deleted on exit, even on error."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from h2ogpte_api.models import ChatSession, Collection
from h2ogpte_api.types import UNSET

from h2ogpte_ext._errors import NotFoundError
from h2ogpte_ext._sync._base import ClientBase


class TemporaryMixin(ClientBase):
    """`AsyncH2OGPTE.temporary_collection` and `temporary_session`."""

    @contextmanager
    def temporary_collection(self, name: str | None = None, description: str = "temporary") -> Iterator[Collection]:
        """A new collection, deleted on exit, even on error.

        with client.temporary_collection(name="scratch") as collection:
            client.ingest_text(collection.id, "Q3 sales were 42 units.", name="q3.txt")
        """
        created = self.collections.create_collection(
            name=name or f"h2ogpte-ext-{uuid.uuid4().hex[:8]}", description=description
        )
        try:
            yield created
        finally:
            with suppress(NotFoundError):  # already gone is fine
                self.collections.delete_collection(created.id)

    @contextmanager
    def temporary_session(self, collection_id: str | None = None) -> Iterator[ChatSession]:
        """A new chat session (with the collection, if given), deleted on exit, even on error."""
        created = self.chat.create_chat_session(collection_id=collection_id or UNSET)
        try:
            yield created
        finally:
            with suppress(NotFoundError):
                self.chat.delete_chat_session(created.id)
