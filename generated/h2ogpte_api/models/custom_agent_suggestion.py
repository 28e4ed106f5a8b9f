from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.custom_agent_suggestion_mcp_server import (
        CustomAgentSuggestionMcpServer,
    )


T = TypeVar("T", bound="CustomAgentSuggestion")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(("mcp_servers",))


@_attrs_define
class CustomAgentSuggestion:
    """
    Attributes:
        mcp_servers (list[CustomAgentSuggestionMcpServer] | Unset): List of MCP server suggestions with tool
            configurations
    """

    mcp_servers: list[CustomAgentSuggestionMcpServer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers

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
            check_value(src_dict, "CustomAgentSuggestion", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        _mcp_servers = _src_get("mcp_servers", UNSET)
        mcp_servers: list[CustomAgentSuggestionMcpServer] | Unset = UNSET
        if _mcp_servers is not UNSET:
            if _mcp_servers.__class__ is not list:
                check_value(_mcp_servers, "CustomAgentSuggestion.mcp_servers", "array")
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = CustomAgentSuggestionMcpServer.from_dict(
                    mcp_servers_item_data
                )

                mcp_servers.append(mcp_servers_item)

        custom_agent_suggestion = cls(
            mcp_servers,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            custom_agent_suggestion.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return custom_agent_suggestion

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


from ..models.custom_agent_suggestion_mcp_server import CustomAgentSuggestionMcpServer  # noqa: E402
