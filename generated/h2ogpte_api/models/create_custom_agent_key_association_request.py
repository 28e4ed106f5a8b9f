from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

T = TypeVar("T", bound="CreateCustomAgentKeyAssociationRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "agent_id",
        "env_key_name",
        "key_id",
    )
)


@_attrs_define
class CreateCustomAgentKeyAssociationRequest:
    """
    Attributes:
        agent_id (str): Custom agent UUID
        env_key_name (str): Env var name (from envs.json or user-added)
        key_id (str): Agent key UUID to associate
    """

    agent_id: str
    env_key_name: str
    key_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        env_key_name = self.env_key_name

        key_id = self.key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "env_key_name": env_key_name,
                "key_id": key_id,
            }
        )

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
            check_value(src_dict, "CreateCustomAgentKeyAssociationRequest", "object")
        agent_id = src_dict["agent_id"]
        if agent_id.__class__ is not str:
            check_value(
                agent_id, "CreateCustomAgentKeyAssociationRequest.agent_id", "string"
            )

        env_key_name = src_dict["env_key_name"]
        if env_key_name.__class__ is not str:
            check_value(
                env_key_name,
                "CreateCustomAgentKeyAssociationRequest.env_key_name",
                "string",
            )

        key_id = src_dict["key_id"]
        if key_id.__class__ is not str:
            check_value(
                key_id, "CreateCustomAgentKeyAssociationRequest.key_id", "string"
            )

        create_custom_agent_key_association_request = cls(
            agent_id,
            env_key_name,
            key_id,
        )

        if len(src_dict) > 3:
            create_custom_agent_key_association_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_custom_agent_key_association_request

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
