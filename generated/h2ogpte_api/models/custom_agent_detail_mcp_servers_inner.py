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
    invalid,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.custom_agent_detail_mcp_servers_inner_associated_tool import (
        CustomAgentDetailMcpServersInnerAssociatedTool,
    )


T = TypeVar("T", bound="CustomAgentDetailMcpServersInner")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "tool_name",
        "tool_args",
        "associated_tool",
    )
)


@_attrs_define
class CustomAgentDetailMcpServersInner:
    """
    Attributes:
        tool_name (str | Unset): MCP server name from agent metadata
        tool_args (str | Unset): Tool arguments as JSON string
        associated_tool (CustomAgentDetailMcpServersInnerAssociatedTool | None | Unset):
    """

    tool_name: str | Unset = UNSET
    tool_args: str | Unset = UNSET
    associated_tool: CustomAgentDetailMcpServersInnerAssociatedTool | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        tool_args = self.tool_args

        associated_tool: dict[str, Any] | None | Unset
        if isinstance(self.associated_tool, Unset):
            associated_tool = UNSET
        elif isinstance(
            self.associated_tool, CustomAgentDetailMcpServersInnerAssociatedTool
        ):
            associated_tool = self.associated_tool.to_dict()
        else:
            associated_tool = self.associated_tool

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if tool_args is not UNSET:
            field_dict["tool_args"] = tool_args
        if associated_tool is not UNSET:
            field_dict["associated_tool"] = associated_tool

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
            check_value(src_dict, "CustomAgentDetailMcpServersInner", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        tool_name = _src_get("tool_name", UNSET)
        if tool_name.__class__ is not str and tool_name is not UNSET:
            if tool_name is None:
                tool_name = UNSET
            else:
                check_value(
                    tool_name, "CustomAgentDetailMcpServersInner.tool_name", "string"
                )

        tool_args = _src_get("tool_args", UNSET)
        if tool_args.__class__ is not str and tool_args is not UNSET:
            if tool_args is None:
                tool_args = UNSET
            else:
                check_value(
                    tool_args, "CustomAgentDetailMcpServersInner.tool_args", "string"
                )

        def _parse_associated_tool(
            data: object,
        ) -> CustomAgentDetailMcpServersInnerAssociatedTool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise invalid(
                    data,
                    "CustomAgentDetailMcpServersInner.associated_tool",
                    "null or an object",
                )
            associated_tool_type_1 = (
                CustomAgentDetailMcpServersInnerAssociatedTool.from_dict(data)
            )

            return associated_tool_type_1

        associated_tool = _parse_associated_tool(_src_get("associated_tool", UNSET))

        custom_agent_detail_mcp_servers_inner = cls(
            tool_name,
            tool_args,
            associated_tool,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            custom_agent_detail_mcp_servers_inner.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return custom_agent_detail_mcp_servers_inner

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


from ..models.custom_agent_detail_mcp_servers_inner_associated_tool import (
    CustomAgentDetailMcpServersInnerAssociatedTool,  # noqa: E402
)
