# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/meta.py: edit that file, not this one.
"""`meta()`: who the caller is and what the server is (`GET /rpc/meta`, outside the spec)."""

from __future__ import annotations

from h2ogpte_ext._meta import META_PATH, ServerMeta
from h2ogpte_ext._needs import require
from h2ogpte_ext._requester import validation_error
from h2ogpte_ext._sync._base import ClientBase


class MetaMixin(ClientBase):
    """`H2OGPTE.meta`."""

    def meta(self) -> ServerMeta:
        """The server's version, the current user, the licence and the user's permissions.

            about = client.meta()
            print(about.version, about.username, about.license_expired, len(about.permissions))

        A server without `/rpc/meta` answers 404: `NotFoundError`; an answer that does not parse is an
        `APIResponseValidationError`.
        """
        require("meta")
        response = self._http.get(f"{self.address}{META_PATH}")
        try:
            return ServerMeta.from_json(response.json())
        except (ValueError, TypeError) as error:
            raise validation_error(response, error) from error
