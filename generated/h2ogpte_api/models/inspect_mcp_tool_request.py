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
    from ..models.inspect_mcp_tool_request_servers_type_0 import (
        InspectMcpToolRequestServersType0,
    )


T = TypeVar("T", bound="InspectMcpToolRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "tool_id",
        "servers",
        "file_name",
        "file_data_base64",
        "model",
    )
)


@_attrs_define
class InspectMcpToolRequest:
    """
    Attributes:
        tool_id (None | str | Unset): ID of an existing MCP tool to inspect
        servers (InspectMcpToolRequestServersType0 | None | Unset): Map of server_name to server config for pre-add
            remote inspection
        file_name (None | str | Unset): Filename for pre-add upload inspection
        file_data_base64 (None | str | Unset): Base64-encoded file content for pre-add upload inspection
        model (None | str | Unset): LLM model for security inspection
    """

    tool_id: None | str | Unset = UNSET
    servers: InspectMcpToolRequestServersType0 | None | Unset = UNSET
    file_name: None | str | Unset = UNSET
    file_data_base64: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        tool_id: None | str | Unset
        if isinstance(self.tool_id, Unset):
            tool_id = UNSET
        else:
            tool_id = self.tool_id

        servers: dict[str, Any] | None | Unset
        if isinstance(self.servers, Unset):
            servers = UNSET
        elif isinstance(self.servers, InspectMcpToolRequestServersType0):
            servers = self.servers.to_dict()
        else:
            servers = self.servers

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        file_data_base64: None | str | Unset
        if isinstance(self.file_data_base64, Unset):
            file_data_base64 = UNSET
        else:
            file_data_base64 = self.file_data_base64

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_id is not UNSET:
            field_dict["tool_id"] = tool_id
        if servers is not UNSET:
            field_dict["servers"] = servers
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_data_base64 is not UNSET:
            field_dict["file_data_base64"] = file_data_base64
        if model is not UNSET:
            field_dict["model"] = model

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
            check_value(src_dict, "InspectMcpToolRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        tool_id = _src_get("tool_id", UNSET)
        if (
            tool_id.__class__ is not str
            and tool_id is not None
            and tool_id is not UNSET
        ):
            check_value(tool_id, "InspectMcpToolRequest.tool_id", "string", "null")

        def _parse_servers(
            data: object,
        ) -> InspectMcpToolRequestServersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise invalid(
                    data, "InspectMcpToolRequest.servers", "an object or null"
                )
            servers_type_0 = InspectMcpToolRequestServersType0.from_dict(data)

            return servers_type_0

        servers = _parse_servers(_src_get("servers", UNSET))

        file_name = _src_get("file_name", UNSET)
        if (
            file_name.__class__ is not str
            and file_name is not None
            and file_name is not UNSET
        ):
            check_value(file_name, "InspectMcpToolRequest.file_name", "string", "null")

        file_data_base64 = _src_get("file_data_base64", UNSET)
        if (
            file_data_base64.__class__ is not str
            and file_data_base64 is not None
            and file_data_base64 is not UNSET
        ):
            check_value(
                file_data_base64,
                "InspectMcpToolRequest.file_data_base64",
                "string",
                "null",
            )

        model = _src_get("model", UNSET)
        if model.__class__ is not str and model is not None and model is not UNSET:
            check_value(model, "InspectMcpToolRequest.model", "string", "null")

        inspect_mcp_tool_request = cls(
            tool_id,
            servers,
            file_name,
            file_data_base64,
            model,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            inspect_mcp_tool_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return inspect_mcp_tool_request

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


from ..models.inspect_mcp_tool_request_servers_type_0 import (
    InspectMcpToolRequestServersType0,  # noqa: E402
)
