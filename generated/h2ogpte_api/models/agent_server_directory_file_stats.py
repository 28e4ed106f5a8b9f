from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="AgentServerDirectoryFileStats")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "path",
        "size_bytes",
        "size_human_readable",
        "created_timestamp",
        "modified_timestamp",
        "created_date",
        "modified_date",
        "is_directory",
        "owner",
        "permissions",
        "sha256",
    )
)


@_attrs_define
class AgentServerDirectoryFileStats:
    """
    Attributes:
        name (str):
        path (str):
        size_bytes (int):
        size_human_readable (str):
        created_timestamp (float):
        modified_timestamp (float):
        created_date (str):
        modified_date (str):
        is_directory (bool):
        owner (str): Unix systems only
        permissions (str): Unix systems only
        sha256 (str | Unset): Only for files, not directories
    """

    name: str
    path: str
    size_bytes: int
    size_human_readable: str
    created_timestamp: float
    modified_timestamp: float
    created_date: str
    modified_date: str
    is_directory: bool
    owner: str
    permissions: str
    sha256: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        size_bytes = self.size_bytes

        size_human_readable = self.size_human_readable

        created_timestamp = self.created_timestamp

        modified_timestamp = self.modified_timestamp

        created_date = self.created_date

        modified_date = self.modified_date

        is_directory = self.is_directory

        owner = self.owner

        permissions = self.permissions

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "path": path,
                "size_bytes": size_bytes,
                "size_human_readable": size_human_readable,
                "created_timestamp": created_timestamp,
                "modified_timestamp": modified_timestamp,
                "created_date": created_date,
                "modified_date": modified_date,
                "is_directory": is_directory,
                "owner": owner,
                "permissions": permissions,
            }
        )
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict

    def to_json(self) -> str:
        """This model as a JSON string: `json.dumps(self.to_dict())` (timestamps as ISO 8601 strings)."""
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls: type[T], text: str | bytes) -> T:
        """The model a JSON string (or UTF-8 bytes) holds: `from_dict(json.loads(text))`."""
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict:
            check_value(src_dict, "AgentServerDirectoryFileStats", "object")
        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "AgentServerDirectoryFileStats.name", "string")

        path = src_dict["path"]
        if path.__class__ is not str:
            check_value(path, "AgentServerDirectoryFileStats.path", "string")

        size_bytes = src_dict["size_bytes"]
        if size_bytes.__class__ is not int:
            check_value(
                size_bytes, "AgentServerDirectoryFileStats.size_bytes", "integer"
            )

        size_human_readable = src_dict["size_human_readable"]
        if size_human_readable.__class__ is not str:
            check_value(
                size_human_readable,
                "AgentServerDirectoryFileStats.size_human_readable",
                "string",
            )

        created_timestamp = src_dict["created_timestamp"]
        if (
            created_timestamp.__class__ is not float
            and created_timestamp.__class__ is not int
        ):
            check_value(
                created_timestamp,
                "AgentServerDirectoryFileStats.created_timestamp",
                "number",
            )

        modified_timestamp = src_dict["modified_timestamp"]
        if (
            modified_timestamp.__class__ is not float
            and modified_timestamp.__class__ is not int
        ):
            check_value(
                modified_timestamp,
                "AgentServerDirectoryFileStats.modified_timestamp",
                "number",
            )

        created_date = src_dict["created_date"]
        if created_date.__class__ is not str:
            check_value(
                created_date, "AgentServerDirectoryFileStats.created_date", "string"
            )

        modified_date = src_dict["modified_date"]
        if modified_date.__class__ is not str:
            check_value(
                modified_date, "AgentServerDirectoryFileStats.modified_date", "string"
            )

        is_directory = src_dict["is_directory"]
        if is_directory.__class__ is not bool:
            check_value(
                is_directory, "AgentServerDirectoryFileStats.is_directory", "boolean"
            )

        owner = src_dict["owner"]
        if owner.__class__ is not str:
            check_value(owner, "AgentServerDirectoryFileStats.owner", "string")

        permissions = src_dict["permissions"]
        if permissions.__class__ is not str:
            check_value(
                permissions, "AgentServerDirectoryFileStats.permissions", "string"
            )

        if len(src_dict) == 11:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                name,
                path,
                size_bytes,
                size_human_readable,
                created_timestamp,
                modified_timestamp,
                created_date,
                modified_date,
                is_directory,
                owner,
                permissions,
            )

        _src_get = src_dict.get
        sha256 = _src_get("sha256", UNSET)
        if sha256.__class__ is not str and sha256 is not UNSET:
            if sha256 is None:
                sha256 = UNSET
            else:
                check_value(sha256, "AgentServerDirectoryFileStats.sha256", "string")

        agent_server_directory_file_stats = cls(
            name,
            path,
            size_bytes,
            size_human_readable,
            created_timestamp,
            modified_timestamp,
            created_date,
            modified_date,
            is_directory,
            owner,
            permissions,
            sha256,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_server_directory_file_stats.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_server_directory_file_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
