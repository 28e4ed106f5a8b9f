# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/temporary.py: edit that file, not this one.
"""Resources for the length of a `with` block: deleted on exit, even on error."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from h2ogpte_api.models import ChatSession, Collection
from h2ogpte_api.types import UNSET

from h2ogpte_ext._errors import H2OGPTEError, NotFoundError
from h2ogpte_ext._needs import require, spec_options
from h2ogpte_ext._sync._base import ClientBase


class TemporaryMixin(ClientBase):
    """`H2OGPTE.temporary_collection` and `temporary_session`."""

    @contextmanager
    def temporary_collection(
        self, name: str | None = None, description: str = "temporary", **fields: Any
    ) -> Iterator[Collection]:
        """A new collection, deleted on exit, even on error.

            with client.temporary_collection(name="scratch") as collection:
                client.ingest_text(collection.id, "Q3 sales were 42 units.", name="q3.txt")

        Other keyword arguments are fields of the new collection (`create_collection`'s), whichever the spec
        this client was generated from has: a field a newer server requires can be given here.

        If the block fails (Ctrl-C too), its exception comes out unchanged: the deletion is tried once, within
        5 s, and if it fails that is a note on the exception (Python 3.11+) and logged. After a block that
        succeeded, a deletion that fails raises.
        """
        require("temporary_collection", fields)
        unknown = sorted(set(fields) - spec_options("temporary_collection"))
        if unknown:
            known = ", ".join(sorted(spec_options("temporary_collection")))
            raise H2OGPTEError(f"unknown collection field(s) {', '.join(unknown)}; known: {known}")
        created = self.collections.create_collection(
            name=name or f"h2ogpte-ext-{uuid.uuid4().hex[:8]}", description=description, **fields
        )

        def delete(**options: Any) -> None:
            with suppress(NotFoundError):  # already gone is fine
                self.collections.delete_collection(created.id, **options)

        with self._deleted_on_exit(delete, f"collection {created.id}"):
            yield created

    @contextmanager
    def temporary_session(self, collection_id: str | None = None) -> Iterator[ChatSession]:
        """A new chat session (with the collection, if given), deleted on exit, even on error (as
        `temporary_collection`: the block's exception comes out unchanged)."""
        require("temporary_session")
        created = self.chat.create_chat_session(collection_id=collection_id or UNSET)

        def delete(**options: Any) -> None:
            with suppress(NotFoundError):
                self.chat.delete_chat_session(created.id, **options)

        with self._deleted_on_exit(delete, f"chat session {created.id}"):
            yield created
