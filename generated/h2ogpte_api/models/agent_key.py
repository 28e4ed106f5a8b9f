from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_key_type import (
    AGENT_KEY_TYPE_VALUES,
    AgentKeyType,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

T = TypeVar("T", bound="AgentKey")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "type",
        "id",
        "description",
        "created_at",
        "updated_at",
        "owner_email",
    )
)


@_attrs_define
class AgentKey:
    """
    Attributes:
        name (str):
        type_ (AgentKeyType | UnknownEnumValue):
        id (str | Unset):
        description (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        owner_email (str | Unset):
    """

    name: str
    type_: AgentKeyType | UnknownEnumValue
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    owner_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        id = self.id

        description = self.description

        created_at = self.created_at

        updated_at = self.updated_at

        owner_email = self.owner_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
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
            check_value(src_dict, "AgentKey", "object")
        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "AgentKey.name", "string")

        type_ = src_dict["type"]
        if type_.__class__ is not str or type_ not in AGENT_KEY_TYPE_VALUES:
            type_ = open_enum(type_, "AgentKey.type", AGENT_KEY_TYPE_VALUES)

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                name,
                type_,
            )

        _src_get = src_dict.get
        id = _src_get("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            if id is None:
                id = UNSET
            else:
                check_value(id, "AgentKey.id", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "AgentKey.description", "string")

        created_at = _src_get("created_at", UNSET)
        if created_at.__class__ is not str and created_at is not UNSET:
            if created_at is None:
                created_at = UNSET
            else:
                check_value(created_at, "AgentKey.created_at", "string")

        updated_at = _src_get("updated_at", UNSET)
        if updated_at.__class__ is not str and updated_at is not UNSET:
            if updated_at is None:
                updated_at = UNSET
            else:
                check_value(updated_at, "AgentKey.updated_at", "string")

        owner_email = _src_get("owner_email", UNSET)
        if owner_email.__class__ is not str and owner_email is not UNSET:
            if owner_email is None:
                owner_email = UNSET
            else:
                check_value(owner_email, "AgentKey.owner_email", "string")

        agent_key = cls(
            name,
            type_,
            id,
            description,
            created_at,
            updated_at,
            owner_email,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_key.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_key

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
