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
    from ..models.inspect_mcp_tool_200_response_servers_inner_security_type_0 import (
        InspectMcpTool200ResponseServersInnerSecurityType0,
    )
    from ..models.inspect_mcp_tool_200_response_servers_inner_tools_inner import (
        InspectMcpTool200ResponseServersInnerToolsInner,
    )


T = TypeVar("T", bound="InspectMcpTool200ResponseServersInner")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "status",
        "server_name",
        "server_type",
        "tools",
        "tool_count",
        "security",
        "error",
        "detection_method",
    )
)


@_attrs_define
class InspectMcpTool200ResponseServersInner:
    """
    Attributes:
        status (str | Unset):
        server_name (str | Unset):
        server_type (str | Unset):
        tools (list[InspectMcpTool200ResponseServersInnerToolsInner] | Unset):
        tool_count (int | Unset):
        security (InspectMcpTool200ResponseServersInnerSecurityType0 | None | Unset):
        error (None | str | Unset):
        detection_method (str | Unset):
    """

    status: str | Unset = UNSET
    server_name: str | Unset = UNSET
    server_type: str | Unset = UNSET
    tools: list[InspectMcpTool200ResponseServersInnerToolsInner] | Unset = UNSET
    tool_count: int | Unset = UNSET
    security: InspectMcpTool200ResponseServersInnerSecurityType0 | None | Unset = UNSET
    error: None | str | Unset = UNSET
    detection_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        server_name = self.server_name

        server_type = self.server_type

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_count = self.tool_count

        security: dict[str, Any] | None | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(
            self.security, InspectMcpTool200ResponseServersInnerSecurityType0
        ):
            security = self.security.to_dict()
        else:
            security = self.security

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        detection_method = self.detection_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if server_type is not UNSET:
            field_dict["server_type"] = server_type
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_count is not UNSET:
            field_dict["tool_count"] = tool_count
        if security is not UNSET:
            field_dict["security"] = security
        if error is not UNSET:
            field_dict["error"] = error
        if detection_method is not UNSET:
            field_dict["detection_method"] = detection_method

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
            check_value(src_dict, "InspectMcpTool200ResponseServersInner", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        status = _src_get("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            if status is None:
                status = UNSET
            else:
                check_value(
                    status, "InspectMcpTool200ResponseServersInner.status", "string"
                )

        server_name = _src_get("server_name", UNSET)
        if server_name.__class__ is not str and server_name is not UNSET:
            if server_name is None:
                server_name = UNSET
            else:
                check_value(
                    server_name,
                    "InspectMcpTool200ResponseServersInner.server_name",
                    "string",
                )

        server_type = _src_get("server_type", UNSET)
        if server_type.__class__ is not str and server_type is not UNSET:
            if server_type is None:
                server_type = UNSET
            else:
                check_value(
                    server_type,
                    "InspectMcpTool200ResponseServersInner.server_type",
                    "string",
                )

        _tools = _src_get("tools", UNSET)
        tools: list[InspectMcpTool200ResponseServersInnerToolsInner] | Unset = UNSET
        if _tools is not UNSET:
            if _tools.__class__ is not list:
                check_value(
                    _tools, "InspectMcpTool200ResponseServersInner.tools", "array"
                )
            tools = []
            for tools_item_data in _tools:
                tools_item = InspectMcpTool200ResponseServersInnerToolsInner.from_dict(
                    tools_item_data
                )

                tools.append(tools_item)

        tool_count = _src_get("tool_count", UNSET)
        if tool_count.__class__ is not int and tool_count is not UNSET:
            if tool_count is None:
                tool_count = UNSET
            else:
                check_value(
                    tool_count,
                    "InspectMcpTool200ResponseServersInner.tool_count",
                    "integer",
                )

        def _parse_security(
            data: object,
        ) -> InspectMcpTool200ResponseServersInnerSecurityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise invalid(
                    data,
                    "InspectMcpTool200ResponseServersInner.security",
                    "an object or null",
                )
            security_type_0 = (
                InspectMcpTool200ResponseServersInnerSecurityType0.from_dict(data)
            )

            return security_type_0

        security = _parse_security(_src_get("security", UNSET))

        error = _src_get("error", UNSET)
        if error.__class__ is not str and error is not None and error is not UNSET:
            check_value(
                error, "InspectMcpTool200ResponseServersInner.error", "string", "null"
            )

        detection_method = _src_get("detection_method", UNSET)
        if detection_method.__class__ is not str and detection_method is not UNSET:
            if detection_method is None:
                detection_method = UNSET
            else:
                check_value(
                    detection_method,
                    "InspectMcpTool200ResponseServersInner.detection_method",
                    "string",
                )

        inspect_mcp_tool_200_response_servers_inner = cls(
            status,
            server_name,
            server_type,
            tools,
            tool_count,
            security,
            error,
            detection_method,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            inspect_mcp_tool_200_response_servers_inner.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return inspect_mcp_tool_200_response_servers_inner

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


from ..models.inspect_mcp_tool_200_response_servers_inner_security_type_0 import (
    InspectMcpTool200ResponseServersInnerSecurityType0,  # noqa: E402
)
from ..models.inspect_mcp_tool_200_response_servers_inner_tools_inner import (
    InspectMcpTool200ResponseServersInnerToolsInner,  # noqa: E402
)
