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

T = TypeVar("T", bound="CustomAgentToolAssociation")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "agent_id",
        "agent_name",
        "mcp_server_name",
        "user_id",
        "tool_id",
        "tool_name",
    )
)


@_attrs_define
class CustomAgentToolAssociation:
    """
    Attributes:
        id (str): Association UUID
        agent_id (str): Custom agent UUID
        agent_name (str): Custom agent name
        mcp_server_name (str): MCP server name
        user_id (str): User UUID who owns the association
        tool_id (None | str | Unset): Associated tool UUID (null if unresolved)
        tool_name (None | str | Unset): Associated tool name (null if unresolved)
    """

    id: str
    agent_id: str
    agent_name: str
    mcp_server_name: str
    user_id: str
    tool_id: None | str | Unset = UNSET
    tool_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        agent_name = self.agent_name

        mcp_server_name = self.mcp_server_name

        user_id = self.user_id

        tool_id: None | str | Unset
        if isinstance(self.tool_id, Unset):
            tool_id = UNSET
        else:
            tool_id = self.tool_id

        tool_name: None | str | Unset
        if isinstance(self.tool_name, Unset):
            tool_name = UNSET
        else:
            tool_name = self.tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agent_id": agent_id,
                "agent_name": agent_name,
                "mcp_server_name": mcp_server_name,
                "user_id": user_id,
            }
        )
        if tool_id is not UNSET:
            field_dict["tool_id"] = tool_id
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
            check_value(src_dict, "CustomAgentToolAssociation", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "CustomAgentToolAssociation.id", "string")

        agent_id = src_dict["agent_id"]
        if agent_id.__class__ is not str:
            check_value(agent_id, "CustomAgentToolAssociation.agent_id", "string")

        agent_name = src_dict["agent_name"]
        if agent_name.__class__ is not str:
            check_value(agent_name, "CustomAgentToolAssociation.agent_name", "string")

        mcp_server_name = src_dict["mcp_server_name"]
        if mcp_server_name.__class__ is not str:
            check_value(
                mcp_server_name, "CustomAgentToolAssociation.mcp_server_name", "string"
            )

        user_id = src_dict["user_id"]
        if user_id.__class__ is not str:
            check_value(user_id, "CustomAgentToolAssociation.user_id", "string")

        if len(src_dict) == 5:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                agent_id,
                agent_name,
                mcp_server_name,
                user_id,
            )

        _src_get = src_dict.get
        tool_id = _src_get("tool_id", UNSET)
        if (
            tool_id.__class__ is not str
            and tool_id is not None
            and tool_id is not UNSET
        ):
            check_value(tool_id, "CustomAgentToolAssociation.tool_id", "string", "null")

        tool_name = _src_get("tool_name", UNSET)
        if (
            tool_name.__class__ is not str
            and tool_name is not None
            and tool_name is not UNSET
        ):
            check_value(
                tool_name, "CustomAgentToolAssociation.tool_name", "string", "null"
            )

        custom_agent_tool_association = cls(
            id,
            agent_id,
            agent_name,
            mcp_server_name,
            user_id,
            tool_id,
            tool_name,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            custom_agent_tool_association.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return custom_agent_tool_association

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
