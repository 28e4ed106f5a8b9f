from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddBuiltinSkillRequest")


@_attrs_define
class AddBuiltinSkillRequest:
    """
    Attributes:
        skill_id (str): The ID of the predefined skill to add
        enable_by_default (bool | Unset): Whether to enable the skill by default Default: False.
    """

    skill_id: str
    enable_by_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_id = self.skill_id

        enable_by_default = self.enable_by_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill_id": skill_id,
            }
        )
        if enable_by_default is not UNSET:
            field_dict["enable_by_default"] = enable_by_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        skill_id = pop("skill_id")

        enable_by_default = pop("enable_by_default", UNSET)

        add_builtin_skill_request = cls(
            skill_id,
            enable_by_default,
        )

        add_builtin_skill_request.additional_properties = d
        return add_builtin_skill_request

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
