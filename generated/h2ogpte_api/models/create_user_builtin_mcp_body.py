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

T = TypeVar("T", bound="CreateUserBuiltinMcpBody")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "mcp_config",
        "logo_file",
    )
)


@_attrs_define
class CreateUserBuiltinMcpBody:
    """
    Attributes:
        mcp_config (str): JSON string containing the MCP configuration (name, description, type, mcp_config_json, etc.)
        logo_file (File | Unset): Optional logo image file to upload
    """

    mcp_config: str
    logo_file: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        mcp_config = self.mcp_config

        logo_file: FileTypes | Unset = UNSET
        if not isinstance(self.logo_file, Unset):
            logo_file = self.logo_file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mcp_config": mcp_config,
            }
        )
        if logo_file is not UNSET:
            field_dict["logo_file"] = logo_file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("mcp_config", (None, str(self.mcp_config).encode(), "text/plain"))
        )

        if not isinstance(self.logo_file, Unset):
            files.append(("logo_file", self.logo_file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict:
            check_value(src_dict, "CreateUserBuiltinMcpBody", "object")
        mcp_config = src_dict["mcp_config"]

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                mcp_config,
            )

        _src_get = src_dict.get
        _logo_file = _src_get("logo_file", UNSET)
        logo_file: File | Unset
        if _logo_file is UNSET:
            logo_file = UNSET
        else:
            logo_file = File(payload=BytesIO(_logo_file))

        create_user_builtin_mcp_body = cls(
            mcp_config,
            logo_file,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            create_user_builtin_mcp_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_user_builtin_mcp_body

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
