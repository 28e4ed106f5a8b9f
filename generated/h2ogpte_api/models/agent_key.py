from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_key_type import AgentKeyType, check_agent_key_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentKey")


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
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        name = pop("name")

        type_ = check_agent_key_type(pop("type"))

        id = pop("id", UNSET)

        description = pop("description", UNSET)

        created_at = pop("created_at", UNSET)

        updated_at = pop("updated_at", UNSET)

        owner_email = pop("owner_email", UNSET)

        agent_key = cls(
            name,
            type_,
            id,
            description,
            created_at,
            updated_at,
            owner_email,
        )

        agent_key.additional_properties = d
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
