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
    from ..models.inspect_mcp_tool_200_response_servers_inner import (
        InspectMcpTool200ResponseServersInner,
    )


T = TypeVar("T", bound="InspectMcpTool200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "status",
        "servers",
        "error",
    )
)


@_attrs_define
class InspectMcpTool200Response:
    """
    Attributes:
        status (str | Unset):
        servers (list[InspectMcpTool200ResponseServersInner] | Unset): Per-server inspection results
        error (None | str | Unset):
    """

    status: str | Unset = UNSET
    servers: list[InspectMcpTool200ResponseServersInner] | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = []
            for servers_item_data in self.servers:
                servers_item = servers_item_data.to_dict()
                servers.append(servers_item)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if servers is not UNSET:
            field_dict["servers"] = servers
        if error is not UNSET:
            field_dict["error"] = error

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
            check_value(src_dict, "InspectMcpTool200Response", "object")
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
                check_value(status, "InspectMcpTool200Response.status", "string")

        _servers = _src_get("servers", UNSET)
        servers: list[InspectMcpTool200ResponseServersInner] | Unset = UNSET
        if _servers is not UNSET:
            if _servers.__class__ is not list:
                check_value(_servers, "InspectMcpTool200Response.servers", "array")
            servers = []
            for servers_item_data in _servers:
                servers_item = InspectMcpTool200ResponseServersInner.from_dict(
                    servers_item_data
                )

                servers.append(servers_item)

        error = _src_get("error", UNSET)
        if error.__class__ is not str and error is not None and error is not UNSET:
            check_value(error, "InspectMcpTool200Response.error", "string", "null")

        inspect_mcp_tool_200_response = cls(
            status,
            servers,
            error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            inspect_mcp_tool_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return inspect_mcp_tool_200_response

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


from ..models.inspect_mcp_tool_200_response_servers_inner import (
    InspectMcpTool200ResponseServersInner,  # noqa: E402
)
