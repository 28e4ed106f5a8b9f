"""The server itself, outside /api/v1 and the spec: its health and who the caller is.

- Health probes: /rpc/health/readiness and /rpc/health/liveness. The vendor's guide sends the API key to both
  probes; a probe answering 401 or 403 means the key was refused.
- `client.meta()` reads `GET /rpc/meta` (the vendor's client reads it first, as `get_meta()`) into a typed
  `ServerMeta`: the server's version, the current user, the licence, the permissions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from attrs import define, frozen

from h2ogpte_ext._transport import shown_url, with_send_options

PROBES = ("readiness", "liveness")
# A probe reports what the server says now: no retries, and an error status is an answer, not an error.
PROBE_EXTENSIONS = with_send_options(raw=True, max_retries=0)
# A probe answers at once or the server is not healthy; an agent-length read timeout would hang a check.
DEFAULT_PROBE_TIMEOUT = 10.0
DENIED = frozenset({401, 403})


@define(frozen=True)
class Health:
    """What the probes said: the HTTP status of each (None when no answer came, then `error` says why).

    `ok` means ready, live and the API key accepted: both probes answered 200. `authorized` is False when a
    probe refused the key (401 or 403) or was redirected (3xx: e.g. to a sign-in page in front of the server;
    a probe's redirect is never followed, and `error` names where it pointed).
    """

    readiness: int | None
    liveness: int | None
    error: str | None = None

    @property
    def redirected(self) -> bool:
        return any(code is not None and 300 <= code < 400 for code in (self.readiness, self.liveness))

    @property
    def authorized(self) -> bool:
        return self.readiness not in DENIED and self.liveness not in DENIED and not self.redirected

    @property
    def ok(self) -> bool:
        return self.readiness == 200 and self.liveness == 200

    def __str__(self) -> str:
        if self.readiness is None and self.liveness is None:
            return f"unreachable: {self.error or 'no answer'}"
        if self.readiness is None or self.liveness is None:
            return f"unhealthy: {self.error or 'a probe did not answer'}"
        if self.redirected:
            return f"unhealthy: {self.error or 'a probe was redirected'}"
        if not self.authorized:
            denied = self.readiness if self.readiness in DENIED else self.liveness
            return f"unauthorised: the server refused the API key (HTTP {denied})"
        ready = "ready" if self.readiness == 200 else "not ready"
        live = "live" if self.liveness == 200 else "not live"
        return f"{ready} (HTTP {self.readiness}), {live} (HTTP {self.liveness})"


def probe_urls(address: str) -> list[str]:
    return [f"{address}/rpc/health/{probe}" for probe in PROBES]


def seconds_of(timeout: httpx.Timeout) -> float:
    """How long `health()` may take in all: the longest part of its (validated) timeout."""
    return max(part for part in (timeout.connect, timeout.read, timeout.write, timeout.pool) if part is not None)


def redirect_note(response: httpx.Response) -> str:
    """What a probe's redirect says, its target shown as in any message (no query, no credentials)."""
    target = response.headers.get("location")
    where = f" to {shown_url(response.request.url.join(target))}" if target else ""
    return f"redirected (HTTP {response.status_code}){where}; not followed: no health endpoint answered"


def outcome(answers: list[int | tuple[int, str] | str | None], seconds: float) -> Health:
    """The `Health` from each probe's answer: its status, its status and what is wrong with it (a redirect),
    the error that stopped it, or None when it had not answered when the time was up."""
    codes = [
        answer if isinstance(answer, int) else answer[0] if isinstance(answer, tuple) else None for answer in answers
    ]
    problems = [
        f"{probe}: {answer[1] if isinstance(answer, tuple) else answer}"
        if answer is not None
        else f"{probe}: timed out: no answer within {seconds:g} s"
        for probe, answer in zip(PROBES, answers, strict=True)
        if not isinstance(answer, int)
    ]
    return Health(codes[0], codes[1], "; ".join(problems) or None)


# --- /rpc/meta -----------------------------------------------------------------------------------------

META_PATH = "/rpc/meta"


@frozen
class ServerMeta:
    """The server's version and build, the current user, the licence and the user's permissions.

    `configs` holds the public global settings and the user's own (`key_name` -> `string_value`, the user's
    winning), and `raw` the whole answer as the server sent it, fields this client does not name included.
    """

    version: str
    build: str
    username: str
    user_id: str
    email: str
    is_guest: bool
    license_expired: bool
    license_expiry_date: str
    permissions: list[str]
    groups: list[str]
    workspaces: list[str]
    configs: dict[str, str]
    raw: dict[str, Any]

    @classmethod
    def from_json(cls, data: Any) -> ServerMeta:
        """Read an answer of `GET /rpc/meta`; a field of the wrong type is a TypeError naming it."""
        if not isinstance(data, Mapping):
            raise TypeError(f"ServerMeta: expected an object, got {type(data).__name__}")
        configs: dict[str, str] = {}
        for key in ("global_configs", "user_configs"):
            for item in _list(data, key, required=False):
                if isinstance(item, Mapping) and isinstance(item.get("key_name"), str):
                    configs[item["key_name"]] = str(item.get("string_value"))
        return cls(
            version=_str(data, "version"),
            build=_str(data, "build", ""),
            username=_str(data, "username"),
            user_id=_str(data, "user_id", ""),
            email=_str(data, "email", ""),
            is_guest=_bool(data, "is_guest"),
            license_expired=_bool(data, "license_expired"),
            license_expiry_date=_str(data, "license_expiry_date", ""),
            permissions=[_item(p, "permissions") for p in _list(data, "permissions")],
            groups=[_item(g, "groups") for g in _list(data, "groups", required=False)],
            workspaces=[_item(w, "workspaces") for w in _list(data, "workspaces", required=False)],
            configs=configs,
            raw=dict(data),
        )

    def describe(self) -> str:
        """One line: who, on which server, with what licence."""
        licence = "expired" if self.license_expired else f"valid until {self.license_expiry_date or 'unknown'}"
        who = f"{self.username} ({self.email})" if self.email else self.username
        guest = ", a guest" if self.is_guest else ""
        return f"{who}{guest} on h2oGPTe {self.version}; licence {licence}; {len(self.permissions)} permissions"


def _str(data: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if value is None and default is not None:
        return default
    if not isinstance(value, str):
        raise TypeError(f"ServerMeta.{key}: expected a string, got {type(value).__name__} {value!r:.60}")
    return value


def _bool(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise TypeError(f"ServerMeta.{key}: expected a boolean, got {type(value).__name__} {value!r:.60}")
    return value


def _list(data: Mapping[str, Any], key: str, *, required: bool = True) -> list[Any]:
    value = data.get(key)
    if value is None and not (required and key not in data):
        return []
    if not isinstance(value, list):
        raise TypeError(f"ServerMeta.{key}: expected an array, got {type(value).__name__} {value!r:.60}")
    return value


def _item(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"ServerMeta.{key}[]: expected a string, got {type(value).__name__} {value!r:.60}")
    return value
