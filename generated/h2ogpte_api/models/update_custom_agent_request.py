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
    from ..models.update_custom_agent_request_agent_args import (
        UpdateCustomAgentRequestAgentArgs,
    )
    from ..models.update_custom_agent_request_mcp_servers_mapping_type_0 import (
        UpdateCustomAgentRequestMcpServersMappingType0,
    )


T = TypeVar("T", bound="UpdateCustomAgentRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "agent_args",
        "mcp_servers_mapping",
    )
)


@_attrs_define
class UpdateCustomAgentRequest:
    """
    Attributes:
        agent_args (UpdateCustomAgentRequestAgentArgs): The new arguments for the custom agent
        mcp_servers_mapping (None | Unset | UpdateCustomAgentRequestMcpServersMappingType0): Optional dict mapping MCP
            server names to tool names (or null)
    """

    agent_args: UpdateCustomAgentRequestAgentArgs
    mcp_servers_mapping: (
        None | Unset | UpdateCustomAgentRequestMcpServersMappingType0
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        agent_args = self.agent_args.to_dict()

        mcp_servers_mapping: dict[str, Any] | None | Unset
        if isinstance(self.mcp_servers_mapping, Unset):
            mcp_servers_mapping = UNSET
        elif isinstance(
            self.mcp_servers_mapping, UpdateCustomAgentRequestMcpServersMappingType0
        ):
            mcp_servers_mapping = self.mcp_servers_mapping.to_dict()
        else:
            mcp_servers_mapping = self.mcp_servers_mapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_args": agent_args,
            }
        )
        if mcp_servers_mapping is not UNSET:
            field_dict["mcp_servers_mapping"] = mcp_servers_mapping

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
            check_value(src_dict, "UpdateCustomAgentRequest", "object")
        agent_args = UpdateCustomAgentRequestAgentArgs.from_dict(src_dict["agent_args"])

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                agent_args,
            )

        _src_get = src_dict.get

        def _parse_mcp_servers_mapping(
            data: object,
        ) -> None | Unset | UpdateCustomAgentRequestMcpServersMappingType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise invalid(
                    data,
                    "UpdateCustomAgentRequest.mcp_servers_mapping",
                    "an object or null",
                )
            mcp_servers_mapping_type_0 = (
                UpdateCustomAgentRequestMcpServersMappingType0.from_dict(data)
            )

            return mcp_servers_mapping_type_0

        mcp_servers_mapping = _parse_mcp_servers_mapping(
            _src_get("mcp_servers_mapping", UNSET)
        )

        update_custom_agent_request = cls(
            agent_args,
            mcp_servers_mapping,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            update_custom_agent_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return update_custom_agent_request

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


from ..models.update_custom_agent_request_agent_args import (
    UpdateCustomAgentRequestAgentArgs,  # noqa: E402
)
from ..models.update_custom_agent_request_mcp_servers_mapping_type_0 import (
    UpdateCustomAgentRequestMcpServersMappingType0,  # noqa: E402
)
