"""Health probes: /rpc/health/readiness and /rpc/health/liveness, outside /api/v1 and the spec."""

from __future__ import annotations

from attrs import define

from h2ogpte_ext._retry import MAX_RETRIES_EXTENSION

PROBES = ("readiness", "liveness")
# A probe reports what the server says now: no retries, and an error status is an answer, not an error.
RAW_EXTENSION = "h2ogpte_ext.raw"
PROBE_EXTENSIONS = {RAW_EXTENSION: True, MAX_RETRIES_EXTENSION: 0}


@define(frozen=True)
class Health:
    """The HTTP status of each probe; `ok` when both are 200."""

    readiness: int
    liveness: int

    @property
    def ok(self) -> bool:
        return self.readiness == 200 and self.liveness == 200

    def __str__(self) -> str:
        ready = "ready" if self.readiness == 200 else "not ready"
        live = "live" if self.liveness == 200 else "not live"
        return f"{ready} (HTTP {self.readiness}), {live} (HTTP {self.liveness})"


def probe_urls(address: str) -> list[str]:
    return [f"{address}/rpc/health/{probe}" for probe in PROBES]
