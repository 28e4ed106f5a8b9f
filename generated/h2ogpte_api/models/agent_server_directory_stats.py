from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.agent_server_directory_file_stats import AgentServerDirectoryFileStats


T = TypeVar("T", bound="AgentServerDirectoryStats")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "object",
        "size_bytes",
        "size_human_readable",
        "file_count",
        "directory_count",
        "created_timestamp",
        "modified_timestamp",
        "created_date",
        "modified_date",
        "is_empty",
        "top_level_contents",
        "owner",
        "permissions",
        "files",
    )
)


@_attrs_define
class AgentServerDirectoryStats:
    """
    Attributes:
        id (str):
        object_ (str):
        size_bytes (int):
        size_human_readable (str):
        file_count (int):
        directory_count (int):
        created_timestamp (float):
        modified_timestamp (float):
        created_date (str):
        modified_date (str):
        is_empty (bool):
        top_level_contents (list[str]):
        owner (str):
        permissions (str):
        files (list[AgentServerDirectoryFileStats] | Unset): Only populated when detail_level > 0
    """

    id: str
    object_: str
    size_bytes: int
    size_human_readable: str
    file_count: int
    directory_count: int
    created_timestamp: float
    modified_timestamp: float
    created_date: str
    modified_date: str
    is_empty: bool
    top_level_contents: list[str]
    owner: str
    permissions: str
    files: list[AgentServerDirectoryFileStats] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        size_bytes = self.size_bytes

        size_human_readable = self.size_human_readable

        file_count = self.file_count

        directory_count = self.directory_count

        created_timestamp = self.created_timestamp

        modified_timestamp = self.modified_timestamp

        created_date = self.created_date

        modified_date = self.modified_date

        is_empty = self.is_empty

        top_level_contents = self.top_level_contents

        owner = self.owner

        permissions = self.permissions

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "size_bytes": size_bytes,
                "size_human_readable": size_human_readable,
                "file_count": file_count,
                "directory_count": directory_count,
                "created_timestamp": created_timestamp,
                "modified_timestamp": modified_timestamp,
                "created_date": created_date,
                "modified_date": modified_date,
                "is_empty": is_empty,
                "top_level_contents": top_level_contents,
                "owner": owner,
                "permissions": permissions,
            }
        )
        if files is not UNSET:
            field_dict["files"] = files

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
            check_value(src_dict, "AgentServerDirectoryStats", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "AgentServerDirectoryStats.id", "string")

        object_ = src_dict["object"]
        if object_.__class__ is not str:
            check_value(object_, "AgentServerDirectoryStats.object", "string")

        size_bytes = src_dict["size_bytes"]
        if size_bytes.__class__ is not int:
            check_value(size_bytes, "AgentServerDirectoryStats.size_bytes", "integer")

        size_human_readable = src_dict["size_human_readable"]
        if size_human_readable.__class__ is not str:
            check_value(
                size_human_readable,
                "AgentServerDirectoryStats.size_human_readable",
                "string",
            )

        file_count = src_dict["file_count"]
        if file_count.__class__ is not int:
            check_value(file_count, "AgentServerDirectoryStats.file_count", "integer")

        directory_count = src_dict["directory_count"]
        if directory_count.__class__ is not int:
            check_value(
                directory_count, "AgentServerDirectoryStats.directory_count", "integer"
            )

        created_timestamp = src_dict["created_timestamp"]
        if (
            created_timestamp.__class__ is not float
            and created_timestamp.__class__ is not int
        ):
            check_value(
                created_timestamp,
                "AgentServerDirectoryStats.created_timestamp",
                "number",
            )

        modified_timestamp = src_dict["modified_timestamp"]
        if (
            modified_timestamp.__class__ is not float
            and modified_timestamp.__class__ is not int
        ):
            check_value(
                modified_timestamp,
                "AgentServerDirectoryStats.modified_timestamp",
                "number",
            )

        created_date = src_dict["created_date"]
        if created_date.__class__ is not str:
            check_value(
                created_date, "AgentServerDirectoryStats.created_date", "string"
            )

        modified_date = src_dict["modified_date"]
        if modified_date.__class__ is not str:
            check_value(
                modified_date, "AgentServerDirectoryStats.modified_date", "string"
            )

        is_empty = src_dict["is_empty"]
        if is_empty.__class__ is not bool:
            check_value(is_empty, "AgentServerDirectoryStats.is_empty", "boolean")

        top_level_contents = cast(list[str], src_dict["top_level_contents"])
        if top_level_contents.__class__ is not list or top_level_contents:
            check_items(
                top_level_contents,
                "AgentServerDirectoryStats.top_level_contents",
                "string",
            )

        owner = src_dict["owner"]
        if owner.__class__ is not str:
            check_value(owner, "AgentServerDirectoryStats.owner", "string")

        permissions = src_dict["permissions"]
        if permissions.__class__ is not str:
            check_value(permissions, "AgentServerDirectoryStats.permissions", "string")

        if len(src_dict) == 14:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                object_,
                size_bytes,
                size_human_readable,
                file_count,
                directory_count,
                created_timestamp,
                modified_timestamp,
                created_date,
                modified_date,
                is_empty,
                top_level_contents,
                owner,
                permissions,
            )

        _src_get = src_dict.get
        _files = _src_get("files", UNSET)
        files: list[AgentServerDirectoryFileStats] | Unset = UNSET
        if _files is not UNSET:
            if _files.__class__ is not list:
                check_value(_files, "AgentServerDirectoryStats.files", "array")
            files = []
            for files_item_data in _files:
                files_item = AgentServerDirectoryFileStats.from_dict(files_item_data)

                files.append(files_item)

        agent_server_directory_stats = cls(
            id,
            object_,
            size_bytes,
            size_human_readable,
            file_count,
            directory_count,
            created_timestamp,
            modified_timestamp,
            created_date,
            modified_date,
            is_empty,
            top_level_contents,
            owner,
            permissions,
            files,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_server_directory_stats.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_server_directory_stats

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


from ..models.agent_server_directory_file_stats import AgentServerDirectoryFileStats  # noqa: E402
