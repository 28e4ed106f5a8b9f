"""The server itself, outside /api/v1 and the spec: `health()` (/rpc/health/*) and `meta()` (/rpc/meta)."""

from __future__ import annotations

from functools import partial

import httpx

from h2ogpte_ext._async._base import AsyncClientBase
from h2ogpte_ext._async._io import run_within
from h2ogpte_ext._config import to_timeout
from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._health import (
    DEFAULT_PROBE_TIMEOUT,
    META_PATH,
    PROBE_EXTENSIONS,
    Health,
    ServerMeta,
    outcome,
    probe_urls,
    redirect_note,
    seconds_of,
)
from h2ogpte_ext._needs import require
from h2ogpte_ext._requester import validation_error


class AsyncHealthMixin(AsyncClientBase):
    """`AsyncH2OGPTE.health` and `AsyncH2OGPTE.meta`."""

    async def health(self, *, timeout: float = DEFAULT_PROBE_TIMEOUT) -> Health:
        """Readiness and liveness (`/rpc/health/*`), both probes at once, answered within `timeout` seconds.

            print(await client.health())  # ready (HTTP 200), live (HTTP 200)

        A 503, a refused API key (a probe answering 401/403: `authorized` is False), a redirect (never followed:
        not ok, not authorized, `error` says where it pointed) or no answer at all within
        `timeout` (`error`) is reported in the result, never raised; `health().ok` means both probes answered
        200. `timeout` bounds the whole check, however slowly a server sends its answer.
        """
        require("health")
        probe = to_timeout(timeout)
        seconds = seconds_of(probe)
        answers = await run_within(seconds, [partial(self._probe, url, probe) for url in probe_urls(self.address)])
        return outcome(answers, seconds)

    async def _probe(self, url: str, timeout: httpx.Timeout) -> int | tuple[int, str] | str:
        """The probe's HTTP status (with a note when it is a redirect, never followed: a sign-in page at its
        end would pass for a healthy server), or why none came."""
        try:
            response = await self._http.get(url, extensions=PROBE_EXTENSIONS, timeout=timeout, follow_redirects=False)
        except H2OGPTEError as error:  # no connection, or none to be had (a closed client, another event loop)
            return str(error)
        await response.aclose()
        if response.is_redirect:
            return response.status_code, redirect_note(response)
        return response.status_code

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
