from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="AgentKeyAssociationAssociatedKey")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "owner_email",
        "description",
    )
)


@_attrs_define
class AgentKeyAssociationAssociatedKey:
    """Associated agent key details if key is assigned

    Attributes:
        id (str | Unset): Agent key ID
        name (str | Unset): Agent key name
        owner_email (str | Unset): Agent key owner email
        description (str | Unset): Agent key description
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    owner_email: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        owner_email = self.owner_email

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if owner_email is not UNSET:
            field_dict["owner_email"] = owner_email
        if description is not UNSET:
            field_dict["description"] = description

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
            check_value(src_dict, "AgentKeyAssociationAssociatedKey", "object")
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
                check_value(id, "AgentKeyAssociationAssociatedKey.id", "string")

        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "AgentKeyAssociationAssociatedKey.name", "string")

        owner_email = _src_get("owner_email", UNSET)
        if owner_email.__class__ is not str and owner_email is not UNSET:
            if owner_email is None:
                owner_email = UNSET
            else:
                check_value(
                    owner_email,
                    "AgentKeyAssociationAssociatedKey.owner_email",
                    "string",
                )

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(
                    description,
                    "AgentKeyAssociationAssociatedKey.description",
                    "string",
                )

        agent_key_association_associated_key = cls(
            id,
            name,
            owner_email,
            description,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_key_association_associated_key.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_key_association_associated_key

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
