from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_agent_key_association_requirement_type import (
    CUSTOM_AGENT_KEY_ASSOCIATION_REQUIREMENT_TYPE_VALUES,
    CustomAgentKeyAssociationRequirementType,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

T = TypeVar("T", bound="CustomAgentKeyAssociation")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "agent_id",
        "env_key_name",
        "user_id",
        "requirement_type",
        "key_id",
        "key_name",
        "owner_email",
    )
)


@_attrs_define
class CustomAgentKeyAssociation:
    """
    Attributes:
        id (str): Association UUID
        agent_id (str): Custom agent UUID
        env_key_name (str): Env var name (from envs.json or user-added)
        user_id (str): User UUID who owns the association
        requirement_type (CustomAgentKeyAssociationRequirementType | UnknownEnumValue): From envs.json value or custom
            if assigned after the fact
        key_id (None | str | Unset): Agent key UUID (null for placeholder associations)
        key_name (None | str | Unset): Agent key name
        owner_email (None | str | Unset): Agent key owner email
    """

    id: str
    agent_id: str
    env_key_name: str
    user_id: str
    requirement_type: CustomAgentKeyAssociationRequirementType | UnknownEnumValue
    key_id: None | str | Unset = UNSET
    key_name: None | str | Unset = UNSET
    owner_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        env_key_name = self.env_key_name

        user_id = self.user_id

        requirement_type: str = self.requirement_type

        key_id: None | str | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        key_name: None | str | Unset
        if isinstance(self.key_name, Unset):
            key_name = UNSET
        else:
            key_name = self.key_name

        owner_email: None | str | Unset
        if isinstance(self.owner_email, Unset):
            owner_email = UNSET
        else:
            owner_email = self.owner_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agent_id": agent_id,
                "env_key_name": env_key_name,
                "user_id": user_id,
                "requirement_type": requirement_type,
            }
        )
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if owner_email is not UNSET:
            field_dict["owner_email"] = owner_email

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
            check_value(src_dict, "CustomAgentKeyAssociation", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "CustomAgentKeyAssociation.id", "string")

        agent_id = src_dict["agent_id"]
        if agent_id.__class__ is not str:
            check_value(agent_id, "CustomAgentKeyAssociation.agent_id", "string")

        env_key_name = src_dict["env_key_name"]
        if env_key_name.__class__ is not str:
            check_value(
                env_key_name, "CustomAgentKeyAssociation.env_key_name", "string"
            )

        user_id = src_dict["user_id"]
        if user_id.__class__ is not str:
            check_value(user_id, "CustomAgentKeyAssociation.user_id", "string")

        requirement_type = src_dict["requirement_type"]
        if (
            requirement_type.__class__ is not str
            or requirement_type
            not in CUSTOM_AGENT_KEY_ASSOCIATION_REQUIREMENT_TYPE_VALUES
        ):
            requirement_type = open_enum(
                requirement_type,
                "CustomAgentKeyAssociation.requirement_type",
                CUSTOM_AGENT_KEY_ASSOCIATION_REQUIREMENT_TYPE_VALUES,
            )

        if len(src_dict) == 5:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                agent_id,
                env_key_name,
                user_id,
                requirement_type,
            )

        _src_get = src_dict.get
        key_id = _src_get("key_id", UNSET)
        if key_id.__class__ is not str and key_id is not None and key_id is not UNSET:
            check_value(key_id, "CustomAgentKeyAssociation.key_id", "string", "null")

        key_name = _src_get("key_name", UNSET)
        if (
            key_name.__class__ is not str
            and key_name is not None
            and key_name is not UNSET
        ):
            check_value(
                key_name, "CustomAgentKeyAssociation.key_name", "string", "null"
            )

        owner_email = _src_get("owner_email", UNSET)
        if (
            owner_email.__class__ is not str
            and owner_email is not None
            and owner_email is not UNSET
        ):
            check_value(
                owner_email, "CustomAgentKeyAssociation.owner_email", "string", "null"
            )

        custom_agent_key_association = cls(
            id,
            agent_id,
            env_key_name,
            user_id,
            requirement_type,
            key_id,
            key_name,
            owner_email,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            custom_agent_key_association.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return custom_agent_key_association

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
