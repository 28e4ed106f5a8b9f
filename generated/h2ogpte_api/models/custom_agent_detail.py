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
    from ..models.custom_agent_detail_agent_args import CustomAgentDetailAgentArgs
    from ..models.custom_agent_detail_mcp_servers_inner import (
        CustomAgentDetailMcpServersInner,
    )
    from ..models.custom_agent_key_association import CustomAgentKeyAssociation


T = TypeVar("T", bound="CustomAgentDetail")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "agent_name",
        "agent_type",
        "agent_args",
        "owner_email",
        "mcp_servers",
        "api_keys",
    )
)


@_attrs_define
class CustomAgentDetail:
    """
    Attributes:
        id (str | Unset): The ID of the custom agent
        agent_name (str | Unset): The name of the agent
        agent_type (str | Unset): The type of the agent
        agent_args (CustomAgentDetailAgentArgs | Unset): The agent arguments
        owner_email (str | Unset): The owner's email
        mcp_servers (list[CustomAgentDetailMcpServersInner] | None | Unset): Array of MCP server associations with tool
            details
        api_keys (list[CustomAgentKeyAssociation] | Unset): Key associations (env var → agent key) for this agent
    """

    id: str | Unset = UNSET
    agent_name: str | Unset = UNSET
    agent_type: str | Unset = UNSET
    agent_args: CustomAgentDetailAgentArgs | Unset = UNSET
    owner_email: str | Unset = UNSET
    mcp_servers: list[CustomAgentDetailMcpServersInner] | None | Unset = UNSET
    api_keys: list[CustomAgentKeyAssociation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_name = self.agent_name

        agent_type = self.agent_type

        agent_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_args, Unset):
            agent_args = self.agent_args.to_dict()

        owner_email = self.owner_email

        mcp_servers: list[dict[str, Any]] | None | Unset
        if isinstance(self.mcp_servers, Unset):
            mcp_servers = UNSET
        elif isinstance(self.mcp_servers, list):
            mcp_servers = []
            for mcp_servers_type_0_item_data in self.mcp_servers:
                mcp_servers_type_0_item = mcp_servers_type_0_item_data.to_dict()
                mcp_servers.append(mcp_servers_type_0_item)

        else:
            mcp_servers = self.mcp_servers

        api_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                api_keys.append(api_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if agent_type is not UNSET:
            field_dict["agent_type"] = agent_type
        if agent_args is not UNSET:
            field_dict["agent_args"] = agent_args
        if owner_email is not UNSET:
            field_dict["owner_email"] = owner_email
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys

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
            check_value(src_dict, "CustomAgentDetail", "object")
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
                check_value(id, "CustomAgentDetail.id", "string")

        agent_name = _src_get("agent_name", UNSET)
        if agent_name.__class__ is not str and agent_name is not UNSET:
            if agent_name is None:
                agent_name = UNSET
            else:
                check_value(agent_name, "CustomAgentDetail.agent_name", "string")

        agent_type = _src_get("agent_type", UNSET)
        if agent_type.__class__ is not str and agent_type is not UNSET:
            if agent_type is None:
                agent_type = UNSET
            else:
                check_value(agent_type, "CustomAgentDetail.agent_type", "string")

        _agent_args = _src_get("agent_args", UNSET)
        agent_args: CustomAgentDetailAgentArgs | Unset
        if _agent_args is UNSET:
            agent_args = UNSET
        else:
            agent_args = CustomAgentDetailAgentArgs.from_dict(_agent_args)

        owner_email = _src_get("owner_email", UNSET)
        if owner_email.__class__ is not str and owner_email is not UNSET:
            if owner_email is None:
                owner_email = UNSET
            else:
                check_value(owner_email, "CustomAgentDetail.owner_email", "string")

        def _parse_mcp_servers(
            data: object,
        ) -> list[CustomAgentDetailMcpServersInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise invalid(data, "CustomAgentDetail.mcp_servers", "an array or null")
            _mcp_servers_type_0 = data
            if _mcp_servers_type_0.__class__ is not list:
                check_value(
                    _mcp_servers_type_0, "CustomAgentDetail.mcp_servers", "array"
                )
            mcp_servers_type_0 = list(
                map(CustomAgentDetailMcpServersInner.from_dict, _mcp_servers_type_0)
            )

            return mcp_servers_type_0

        mcp_servers = _parse_mcp_servers(_src_get("mcp_servers", UNSET))

        _api_keys = _src_get("api_keys", UNSET)
        api_keys: list[CustomAgentKeyAssociation] | Unset = UNSET
        if _api_keys is not UNSET:
            if _api_keys.__class__ is not list:
                check_value(_api_keys, "CustomAgentDetail.api_keys", "array")
            api_keys = []
            for api_keys_item_data in _api_keys:
                api_keys_item = CustomAgentKeyAssociation.from_dict(api_keys_item_data)

                api_keys.append(api_keys_item)

        custom_agent_detail = cls(
            id,
            agent_name,
            agent_type,
            agent_args,
            owner_email,
            mcp_servers,
            api_keys,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            custom_agent_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return custom_agent_detail

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


from ..models.custom_agent_detail_agent_args import CustomAgentDetailAgentArgs  # noqa: E402
from ..models.custom_agent_detail_mcp_servers_inner import (
    CustomAgentDetailMcpServersInner,  # noqa: E402
)
from ..models.custom_agent_key_association import CustomAgentKeyAssociation  # noqa: E402
