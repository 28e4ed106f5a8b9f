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

T = TypeVar("T", bound="AddBuiltinSkillRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "skill_id",
        "enable_by_default",
    )
)


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

    def __repr__(self) -> str:
        return model_repr(self)

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
            check_value(src_dict, "AddBuiltinSkillRequest", "object")
        skill_id = src_dict["skill_id"]
        if skill_id.__class__ is not str:
            check_value(skill_id, "AddBuiltinSkillRequest.skill_id", "string")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                skill_id,
            )

        _src_get = src_dict.get
        enable_by_default = _src_get("enable_by_default", UNSET)
        if enable_by_default.__class__ is not bool and enable_by_default is not UNSET:
            if enable_by_default is None:
                enable_by_default = UNSET
            else:
                check_value(
                    enable_by_default,
                    "AddBuiltinSkillRequest.enable_by_default",
                    "boolean",
                )

        add_builtin_skill_request = cls(
            skill_id,
            enable_by_default,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            add_builtin_skill_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
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
