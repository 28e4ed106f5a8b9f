from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_type import AgentType, check_agent_type
from ..types import UNSET, Unset

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
        type_ (AgentType | Unset): Agent type
        owner (None | str | Unset): Owner email (null for built-in agents)
        description (str | Unset): Agent description
        api_keys (AgentApiKeys | Unset): Key associations grouped by requirement type
        mcp_servers (list[CustomAgentDetailMcpServersInner] | Unset): MCP server associations (only for custom agents)
    """

    id: str | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    type_: AgentType | Unset = UNSET
    owner: None | str | Unset = UNSET
    description: str | Unset = UNSET
    api_keys: AgentApiKeys | Unset = UNSET
    mcp_servers: list[CustomAgentDetailMcpServersInner] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        id = _src_get("id", UNSET)

        value = _src_get("value", UNSET)

        label = _src_get("label", UNSET)

        enabled = _src_get("enabled", UNSET)

        _type_ = _src_get("type", UNSET)
        type_: AgentType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_agent_type(_type_)

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(_src_get("owner", UNSET))

        description = _src_get("description", UNSET)

        _api_keys = _src_get("api_keys", UNSET)
        api_keys: AgentApiKeys | Unset
        if _api_keys is UNSET:
            api_keys = UNSET
        else:
            api_keys = AgentApiKeys.from_dict(_api_keys)

        _mcp_servers = _src_get("mcp_servers", UNSET)
        mcp_servers: list[CustomAgentDetailMcpServersInner] | Unset = UNSET
        if _mcp_servers is not UNSET:
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
