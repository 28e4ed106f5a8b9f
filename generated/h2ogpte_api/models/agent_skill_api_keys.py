from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentSkillApiKeys")


@_attrs_define
class AgentSkillApiKeys:
    """Env vars the skill declares in envs.json, by requirement.

    Attributes:
        required (list[str] | Unset):
        optional (list[str] | Unset):
    """

    required: list[str] | Unset = UNSET
    optional: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        optional: list[str] | Unset = UNSET
        if not isinstance(self.optional, Unset):
            optional = self.optional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if optional is not UNSET:
            field_dict["optional"] = optional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        required = cast(list[str], pop("required", UNSET))

        optional = cast(list[str], pop("optional", UNSET))

        agent_skill_api_keys = cls(
            required,
            optional,
        )

        agent_skill_api_keys.additional_properties = d
        return agent_skill_api_keys

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
