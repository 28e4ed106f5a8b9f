"""Health probes: /rpc/health/readiness and /rpc/health/liveness, outside /api/v1 and the spec."""

from __future__ import annotations

from h2ogpte_ext._async._base import AsyncClientBase
from h2ogpte_ext._config import to_timeout
from h2ogpte_ext._errors import APIConnectionError
from h2ogpte_ext._health import DEFAULT_PROBE_TIMEOUT, PROBE_EXTENSIONS, Health, probe_urls


class AsyncHealthMixin(AsyncClientBase):
    """`AsyncH2OGPTE.health`."""

    async def health(self, *, timeout: float = DEFAULT_PROBE_TIMEOUT) -> Health:
        """Readiness and liveness (`/rpc/health/*`), each answered within `timeout` seconds.

            print(client.health())  # ready (HTTP 200), live (HTTP 200)

        A 503, a refused API key (a probe answering 401/403: `authorized` is False) or no answer at all
        (`error`) is reported in the result, never raised; `health().ok` means both probes answered 200.
        """
        probe = to_timeout(timeout)
        codes: list[int] = []
        for url in probe_urls(self.address):
            try:
                response = await self._http.get(url, extensions=PROBE_EXTENSIONS, timeout=probe)
            except APIConnectionError as error:
                return Health(None, None, str(error))
            await response.aclose()
            codes.append(response.status_code)
        return Health(codes[0], codes[1])
