from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_key_type import AgentKeyType, check_agent_key_type
from ..types import UNSET, Unset

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
        type_ (AgentKeyType):
        id (str | Unset):
        description (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        owner_email (str | Unset):
    """

    name: str
    type_: AgentKeyType
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    owner_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        type_ = check_agent_key_type(src_dict["type"])

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                name,
                type_,
            )

        _src_get = src_dict.get
        id = _src_get("id", UNSET)

        description = _src_get("description", UNSET)

        created_at = _src_get("created_at", UNSET)

        updated_at = _src_get("updated_at", UNSET)

        owner_email = _src_get("owner_email", UNSET)

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
