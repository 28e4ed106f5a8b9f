"""Who the caller is and what the server is: `client.meta()` reads `GET /rpc/meta`, outside the spec (the
vendor's client reads it first, as `get_meta()`), into a typed `ServerMeta`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

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
