from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_server_directory_file_stats import AgentServerDirectoryFileStats


T = TypeVar("T", bound="AgentServerDirectoryStats")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        id = pop("id")

        object_ = pop("object")

        size_bytes = pop("size_bytes")

        size_human_readable = pop("size_human_readable")

        file_count = pop("file_count")

        directory_count = pop("directory_count")

        created_timestamp = pop("created_timestamp")

        modified_timestamp = pop("modified_timestamp")

        created_date = pop("created_date")

        modified_date = pop("modified_date")

        is_empty = pop("is_empty")

        top_level_contents = cast(list[str], pop("top_level_contents"))

        owner = pop("owner")

        permissions = pop("permissions")

        _files = pop("files", UNSET)
        files: list[AgentServerDirectoryFileStats] | Unset = UNSET
        if _files is not UNSET:
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

        agent_server_directory_stats.additional_properties = d
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
