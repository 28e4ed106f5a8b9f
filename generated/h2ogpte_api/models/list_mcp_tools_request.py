from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    invalid,
    model_repr,
)

T = TypeVar("T", bound="ListMcpToolsRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "config_type",
        "server_names",
        "mcp_dir",
        "include_remote",
    )
)


@_attrs_define
class ListMcpToolsRequest:
    """
    Attributes:
        config_type (str | Unset): Type of config ('runner' or 'creator') Default: 'runner'.
        server_names (list[str] | None | Unset): Optional list of server names to filter
        mcp_dir (None | str | Unset): Override directory for MCP configs
        include_remote (bool | Unset): Whether to include remote MCP servers Default: True.
    """

    config_type: str | Unset = UNSET
    server_names: list[str] | None | Unset = UNSET
    mcp_dir: None | str | Unset = UNSET
    include_remote: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        config_type = self.config_type

        server_names: list[str] | None | Unset
        if isinstance(self.server_names, Unset):
            server_names = UNSET
        elif isinstance(self.server_names, list):
            server_names = self.server_names

        else:
            server_names = self.server_names

        mcp_dir: None | str | Unset
        if isinstance(self.mcp_dir, Unset):
            mcp_dir = UNSET
        else:
            mcp_dir = self.mcp_dir

        include_remote = self.include_remote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_type is not UNSET:
            field_dict["config_type"] = config_type
        if server_names is not UNSET:
            field_dict["server_names"] = server_names
        if mcp_dir is not UNSET:
            field_dict["mcp_dir"] = mcp_dir
        if include_remote is not UNSET:
            field_dict["include_remote"] = include_remote

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
            check_value(src_dict, "ListMcpToolsRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        config_type = _src_get("config_type", UNSET)
        if config_type.__class__ is not str and config_type is not UNSET:
            if config_type is None:
                config_type = UNSET
            else:
                check_value(config_type, "ListMcpToolsRequest.config_type", "string")

        def _parse_server_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise invalid(
                    data, "ListMcpToolsRequest.server_names", "an array or null"
                )
            server_names_type_0 = cast(list[str], data)
            if server_names_type_0.__class__ is not list or server_names_type_0:
                check_items(
                    server_names_type_0, "ListMcpToolsRequest.server_names", "string"
                )

            return server_names_type_0

        server_names = _parse_server_names(_src_get("server_names", UNSET))

        mcp_dir = _src_get("mcp_dir", UNSET)
        if (
            mcp_dir.__class__ is not str
            and mcp_dir is not None
            and mcp_dir is not UNSET
        ):
            check_value(mcp_dir, "ListMcpToolsRequest.mcp_dir", "string", "null")

        include_remote = _src_get("include_remote", UNSET)
        if include_remote.__class__ is not bool and include_remote is not UNSET:
            if include_remote is None:
                include_remote = UNSET
            else:
                check_value(
                    include_remote, "ListMcpToolsRequest.include_remote", "boolean"
                )

        list_mcp_tools_request = cls(
            config_type,
            server_names,
            mcp_dir,
            include_remote,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            list_mcp_tools_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return list_mcp_tools_request

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
