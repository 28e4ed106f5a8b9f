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

T = TypeVar("T", bound="CreateCustomAgentToolAssociationRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "agent_id",
        "mcp_server_name",
        "tool_name",
    )
)


@_attrs_define
class CreateCustomAgentToolAssociationRequest:
    """
    Attributes:
        agent_id (str): Custom agent UUID
        mcp_server_name (str): MCP server name
        tool_name (None | str | Unset): Tool name to associate (null for unresolved)
    """

    agent_id: str
    mcp_server_name: str
    tool_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        mcp_server_name = self.mcp_server_name

        tool_name: None | str | Unset
        if isinstance(self.tool_name, Unset):
            tool_name = UNSET
        else:
            tool_name = self.tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "mcp_server_name": mcp_server_name,
            }
        )
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name

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
            check_value(src_dict, "CreateCustomAgentToolAssociationRequest", "object")
        agent_id = src_dict["agent_id"]
        if agent_id.__class__ is not str:
            check_value(
                agent_id, "CreateCustomAgentToolAssociationRequest.agent_id", "string"
            )

        mcp_server_name = src_dict["mcp_server_name"]
        if mcp_server_name.__class__ is not str:
            check_value(
                mcp_server_name,
                "CreateCustomAgentToolAssociationRequest.mcp_server_name",
                "string",
            )

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                agent_id,
                mcp_server_name,
            )

        _src_get = src_dict.get
        tool_name = _src_get("tool_name", UNSET)
        if (
            tool_name.__class__ is not str
            and tool_name is not None
            and tool_name is not UNSET
        ):
            check_value(
                tool_name,
                "CreateCustomAgentToolAssociationRequest.tool_name",
                "string",
                "null",
            )

        create_custom_agent_tool_association_request = cls(
            agent_id,
            mcp_server_name,
            tool_name,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            create_custom_agent_tool_association_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_custom_agent_tool_association_request

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
