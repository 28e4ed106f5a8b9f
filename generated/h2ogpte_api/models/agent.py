from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_type import AGENT_TYPE_VALUES, AgentType
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

if TYPE_CHECKING:
    from ..models.agent_api_keys import AgentApiKeys
    from ..models.custom_agent_detail_mcp_servers_inner import (
        CustomAgentDetailMcpServersInner,
    )


T = TypeVar("T", bound="Agent")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "value",
        "label",
        "enabled",
        "type",
        "owner",
        "description",
        "api_keys",
        "mcp_servers",
    )
)


@_attrs_define
class Agent:
    """
    Attributes:
        id (str | Unset): Agent ID (UUID for custom agents, string like "general-agent" for built-in)
        value (str | Unset): Agent identifier (agent_type for built-in, agent_name for custom)
        label (str | Unset): Display name for the agent
        enabled (bool | Unset): Whether the agent is enabled (true if all required keys are associated)
        type_ (AgentType | UnknownEnumValue | Unset): Agent type
        owner (None | str | Unset): Owner email (null for built-in agents)
        description (str | Unset): Agent description
        api_keys (AgentApiKeys | Unset): Key associations grouped by requirement type
        mcp_servers (list[CustomAgentDetailMcpServersInner] | Unset): MCP server associations (only for custom agents)
    """

    id: str | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    type_: AgentType | UnknownEnumValue | Unset = UNSET
    owner: None | str | Unset = UNSET
    description: str | Unset = UNSET
    api_keys: AgentApiKeys | Unset = UNSET
    mcp_servers: list[CustomAgentDetailMcpServersInner] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        label = self.label

        enabled = self.enabled

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        description = self.description

        api_keys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = self.api_keys.to_dict()

        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner is not UNSET:
            field_dict["owner"] = owner
        if description is not UNSET:
            field_dict["description"] = description
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
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
            check_value(src_dict, "Agent", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        id = _src_get("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            if id is None:
                id = UNSET
            else:
                check_value(id, "Agent.id", "string")

        value = _src_get("value", UNSET)
        if value.__class__ is not str and value is not UNSET:
            if value is None:
                value = UNSET
            else:
                check_value(value, "Agent.value", "string")

        label = _src_get("label", UNSET)
        if label.__class__ is not str and label is not UNSET:
            if label is None:
                label = UNSET
            else:
                check_value(label, "Agent.label", "string")

        enabled = _src_get("enabled", UNSET)
        if enabled.__class__ is not bool and enabled is not UNSET:
            if enabled is None:
                enabled = UNSET
            else:
                check_value(enabled, "Agent.enabled", "boolean")

        type_ = _src_get("type", UNSET)
        if (
            type_.__class__ is not str or type_ not in AGENT_TYPE_VALUES
        ) and type_ is not UNSET:
            if type_ is None:
                type_ = UNSET
            else:
                type_ = open_enum(type_, "Agent.type", AGENT_TYPE_VALUES)

        owner = _src_get("owner", UNSET)
        if owner.__class__ is not str and owner is not None and owner is not UNSET:
            check_value(owner, "Agent.owner", "string", "null")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "Agent.description", "string")

        _api_keys = _src_get("api_keys", UNSET)
        api_keys: AgentApiKeys | Unset
        if _api_keys is UNSET:
            api_keys = UNSET
        else:
            api_keys = AgentApiKeys.from_dict(_api_keys)

        _mcp_servers = _src_get("mcp_servers", UNSET)
        mcp_servers: list[CustomAgentDetailMcpServersInner] | Unset = UNSET
        if _mcp_servers is not UNSET:
            if _mcp_servers.__class__ is not list:
                check_value(_mcp_servers, "Agent.mcp_servers", "array")
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = CustomAgentDetailMcpServersInner.from_dict(
                    mcp_servers_item_data
                )

                mcp_servers.append(mcp_servers_item)

        agent = cls(
            id,
            value,
            label,
            enabled,
            type_,
            owner,
            description,
            api_keys,
            mcp_servers,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent

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


from ..models.agent_api_keys import AgentApiKeys  # noqa: E402
from ..models.custom_agent_detail_mcp_servers_inner import (
    CustomAgentDetailMcpServersInner,  # noqa: E402
)
