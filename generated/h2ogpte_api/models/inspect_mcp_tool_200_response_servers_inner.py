from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        status = _src_get("status", UNSET)

        server_name = _src_get("server_name", UNSET)

        server_type = _src_get("server_type", UNSET)

        _tools = _src_get("tools", UNSET)
        tools: list[InspectMcpTool200ResponseServersInnerToolsInner] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = InspectMcpTool200ResponseServersInnerToolsInner.from_dict(
                    tools_item_data
                )

                tools.append(tools_item)

        tool_count = _src_get("tool_count", UNSET)

        def _parse_security(
            data: object,
        ) -> InspectMcpTool200ResponseServersInnerSecurityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                security_type_0 = (
                    InspectMcpTool200ResponseServersInnerSecurityType0.from_dict(data)
                )

                return security_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                InspectMcpTool200ResponseServersInnerSecurityType0 | None | Unset, data
            )

        security = _parse_security(_src_get("security", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(_src_get("error", UNSET))

        detection_method = _src_get("detection_method", UNSET)

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
