from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_agent_key_request_type import (
    UpdateAgentKeyRequestType,
    check_update_agent_key_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAgentKeyRequest")


@_attrs_define
class UpdateAgentKeyRequest:
    """
    Attributes:
        name (str | Unset):
        type_ (UpdateAgentKeyRequestType | Unset):
        value (str | Unset):
        description (str | Unset):
    """

    name: str | Unset = UNSET
    type_: UpdateAgentKeyRequestType | Unset = UNSET
    value: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        name = pop("name", UNSET)

        _type_ = pop("type", UNSET)
        type_: UpdateAgentKeyRequestType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_update_agent_key_request_type(_type_)

        value = pop("value", UNSET)

        description = pop("description", UNSET)

        update_agent_key_request = cls(
            name,
            type_,
            value,
            description,
        )

        update_agent_key_request.additional_properties = d
        return update_agent_key_request

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
