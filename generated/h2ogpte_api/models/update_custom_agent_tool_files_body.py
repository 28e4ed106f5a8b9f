from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    FileTypes,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="UpdateCustomAgentToolFilesBody")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "tool_args",
        "file",
        "filename",
    )
)


@_attrs_define
class UpdateCustomAgentToolFilesBody:
    """
    Attributes:
        tool_args (str): JSON string containing the new arguments for the custom agent tool
        file (File | Unset): Optional file to replace the existing tool file. When provided, the old file will be
            deleted from object storage.
        filename (str | Unset): Optional name of the file being uploaded. Must be provided together with file.
    """

    tool_args: str
    file: File | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        tool_args = self.tool_args

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_args": tool_args,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("tool_args", (None, str(self.tool_args).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.filename, Unset):
            files.append(
                ("filename", (None, str(self.filename).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict:
            check_value(src_dict, "UpdateCustomAgentToolFilesBody", "object")
        tool_args = src_dict["tool_args"]

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                tool_args,
            )

        _src_get = src_dict.get
        _file = _src_get("file", UNSET)
        file: File | Unset
        if _file is UNSET:
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        filename = _src_get("filename", UNSET)

        update_custom_agent_tool_files_body = cls(
            tool_args,
            file,
            filename,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            update_custom_agent_tool_files_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return update_custom_agent_tool_files_body

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
