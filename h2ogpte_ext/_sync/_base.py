# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/_base.py: edit that file, not this one.
"""What the helper mixins know of the client: its generated resources, its HTTP client and its address.

The client (the `client` module beside this one) sets these up; the mixins only use them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

import httpx
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api import Resources
from h2ogpte_api.types import UNSET

from h2ogpte_ext._retry import RetryPolicy

log = logging.getLogger("h2ogpte_ext")
# Seconds a clean-up after a failure may take: it runs after a Ctrl-C or past the caller's deadline too.
CLEAN_UP_TIMEOUT = 5.0


def noted(failure: BaseException, message: str) -> None:
    """Tell of a clean-up that failed after `failure`, never replacing it: logged at WARNING, and a note on the
    exception (Python 3.11+), shown under its traceback."""
    log.warning("%s", message)
    if sys.version_info >= (3, 11):
        failure.add_note(message)


class Deletion(Protocol):
    """A clean-up call: deletes one thing (already gone is fine), with the call options it is given."""

    def __call__(self, **options: Any) -> None: ...


class _Finishing(Protocol):
    @property
    def finished(self) -> bool: ...


class SessionUse:
    """The chat session a call uses (`id`), and whether it holds that call's finished answer: from then on a
    session made for the call is kept, whatever fails after (the answer would be lost with it)."""

    def __init__(self, session_id: str, *, made: bool) -> None:
        self.id = session_id
        self.made = made
        self._answered = False
        self._streams: list[_Finishing] = []

    def answered(self) -> None:
        """The answer is in the session."""
        self._answered = True

    def watch(self, stream: _Finishing) -> None:
        """A streamed answer (its `finished`): in the session once its final line is in."""
        self._streams.append(stream)

    @property
    def holds_answer(self) -> bool:
        return self._answered or any(stream.finished for stream in self._streams)


class ClientBase(Resources):
    _http: httpx.Client
    # The generated low-level client on the same connection pool (for the few calls that stream).
    api: AuthenticatedClient

    if TYPE_CHECKING:

        @property
        def address(self) -> str:
            """The server's origin, e.g. https://h2ogpte.example.com."""
            ...

        @property
        def retry(self) -> RetryPolicy:
            """The client's retry policy."""
            ...

    @contextmanager
    def _deleted_on_exit(self, delete: Deletion, what: str) -> Iterator[None]:
        """Run `delete` when the block ends. After a success, as any call: a failure of it is raised. After a
        failure (Ctrl-C and a cancelled task too), once and briefly (CLEAN_UP_TIMEOUT, no retries), and the
        block's own exception goes on unchanged: a failed clean-up is `noted` on it (`what`: "collection c1")."""
        try:
            yield
        except BaseException as failure:
            try:
                delete(request_timeout=CLEAN_UP_TIMEOUT, max_retries=0)
            except Exception as error:
                noted(failure, f"could not delete {what} after the failure: {type(error).__name__}: {error}")
            raise
        delete()

    @contextmanager
    def _session(self, session_id: str | None, collection_id: str | None, made_for: str) -> Iterator[SessionUse]:
        """The chat session to use: `session_id`, or a new one (on `collection_id`) that is deleted again if the
        block fails (Ctrl-C and a cancelled task too) before the answer is in it (`SessionUse.answered()` or a
        watched stream's final line), best effort and briefly: the failure is what the caller sees, never an error
        of the clean-up (`made_for`: "ask", "agent run", for the log). A session that holds a finished answer is
        never deleted."""
        if session_id is not None:
            yield SessionUse(session_id, made=False)
            return
        created = self.chat.create_chat_session(collection_id=collection_id or UNSET)
        use = SessionUse(created.id, made=True)
        try:
            yield use
        except BaseException as failure:
            if use.holds_answer:
                noted(failure, f"chat session {created.id} is kept: it holds the answer of the {made_for}")
                raise
            try:
                self.chat.delete_chat_session(created.id, request_timeout=CLEAN_UP_TIMEOUT, max_retries=0)
            except Exception as error:
                noted(failure, f"could not delete chat session {created.id} left by a failed {made_for}: {error}")
            else:
                log.info("deleted chat session %s: the %s it was made for failed", created.id, made_for)
            raise
