"""`meta()`: who the caller is and what the server is (`GET /rpc/meta`, outside the spec)."""

from __future__ import annotations

from h2ogpte_ext._async._base import AsyncClientBase
from h2ogpte_ext._meta import META_PATH, ServerMeta
from h2ogpte_ext._needs import require
from h2ogpte_ext._requester import validation_error


class AsyncMetaMixin(AsyncClientBase):
    """`AsyncH2OGPTE.meta`."""

    async def meta(self) -> ServerMeta:
        """The server's version, the current user, the licence and the user's permissions.

            about = await client.meta()
            print(about.version, about.username, about.license_expired, len(about.permissions))

        A server without `/rpc/meta` answers 404: `NotFoundError`; an answer that does not parse is an
        `APIResponseValidationError`.
        """
        require("meta")
        response = await self._http.get(f"{self.address}{META_PATH}")
        try:
            return ServerMeta.from_json(response.json())
        except (ValueError, TypeError) as error:
            raise validation_error(response, error) from error
