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
    from ..models.list_mcp_tools_200_response_servers import (
        ListMcpTools200ResponseServers,
    )


T = TypeVar("T", bound="ListMcpTools200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "status",
        "servers",
        "total_servers",
        "total_tools",
        "error",
    )
)


@_attrs_define
class ListMcpTools200Response:
    """
    Attributes:
        status (str | Unset):
        servers (ListMcpTools200ResponseServers | Unset):
        total_servers (int | Unset):
        total_tools (int | Unset):
        error (None | str | Unset):
    """

    status: str | Unset = UNSET
    servers: ListMcpTools200ResponseServers | Unset = UNSET
    total_servers: int | Unset = UNSET
    total_tools: int | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = self.servers.to_dict()

        total_servers = self.total_servers

        total_tools = self.total_tools

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
        if total_servers is not UNSET:
            field_dict["total_servers"] = total_servers
        if total_tools is not UNSET:
            field_dict["total_tools"] = total_tools
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
            check_value(src_dict, "ListMcpTools200Response", "object")
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
                check_value(status, "ListMcpTools200Response.status", "string")

        _servers = _src_get("servers", UNSET)
        servers: ListMcpTools200ResponseServers | Unset
        if _servers is UNSET:
            servers = UNSET
        else:
            servers = ListMcpTools200ResponseServers.from_dict(_servers)

        total_servers = _src_get("total_servers", UNSET)
        if total_servers.__class__ is not int and total_servers is not UNSET:
            if total_servers is None:
                total_servers = UNSET
            else:
                check_value(
                    total_servers, "ListMcpTools200Response.total_servers", "integer"
                )

        total_tools = _src_get("total_tools", UNSET)
        if total_tools.__class__ is not int and total_tools is not UNSET:
            if total_tools is None:
                total_tools = UNSET
            else:
                check_value(
                    total_tools, "ListMcpTools200Response.total_tools", "integer"
                )

        error = _src_get("error", UNSET)
        if error.__class__ is not str and error is not None and error is not UNSET:
            check_value(error, "ListMcpTools200Response.error", "string", "null")

        list_mcp_tools_200_response = cls(
            status,
            servers,
            total_servers,
            total_tools,
            error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            list_mcp_tools_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return list_mcp_tools_200_response

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


from ..models.list_mcp_tools_200_response_servers import ListMcpTools200ResponseServers  # noqa: E402
