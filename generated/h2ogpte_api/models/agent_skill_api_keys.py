from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="AgentSkillApiKeys")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "required",
        "optional",
    )
)


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

    def __repr__(self) -> str:
        return model_repr(self)

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
            check_value(src_dict, "AgentSkillApiKeys", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        required = cast(list[str] | Unset, _src_get("required", UNSET))
        if required is not UNSET and (required.__class__ is not list or required):
            check_items(required, "AgentSkillApiKeys.required", "string")

        optional = cast(list[str] | Unset, _src_get("optional", UNSET))
        if optional is not UNSET and (optional.__class__ is not list or optional):
            check_items(optional, "AgentSkillApiKeys.optional", "string")

        agent_skill_api_keys = cls(
            required,
            optional,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_skill_api_keys.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
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
