from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.skill_key_input import SkillKeyInput


T = TypeVar("T", bound="SetSkillAssociationsRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "skill_id",
        "keys",
        "tools",
    )
)


@_attrs_define
class SetSkillAssociationsRequest:
    """
    Attributes:
        skill_id (str):
        keys (list[SkillKeyInput] | Unset):
        tools (list[str] | Unset): Executors that receive the skill's env vars; only python and shell are accepted,
            empty defaults to both.
    """

    skill_id: str
    keys: list[SkillKeyInput] | Unset = UNSET
    tools: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        skill_id = self.skill_id

        keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = []
            for keys_item_data in self.keys:
                keys_item = keys_item_data.to_dict()
                keys.append(keys_item)

        tools: list[str] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill_id": skill_id,
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys
        if tools is not UNSET:
            field_dict["tools"] = tools

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
            check_value(src_dict, "SetSkillAssociationsRequest", "object")
        skill_id = src_dict["skill_id"]
        if skill_id.__class__ is not str:
            check_value(skill_id, "SetSkillAssociationsRequest.skill_id", "string")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                skill_id,
            )

        _src_get = src_dict.get
        _keys = _src_get("keys", UNSET)
        keys: list[SkillKeyInput] | Unset = UNSET
        if _keys is not UNSET:
            if _keys.__class__ is not list:
                check_value(_keys, "SetSkillAssociationsRequest.keys", "array")
            keys = []
            for keys_item_data in _keys:
                keys_item = SkillKeyInput.from_dict(keys_item_data)

                keys.append(keys_item)

        tools = cast(list[str] | Unset, _src_get("tools", UNSET))
        if tools is not UNSET and (tools.__class__ is not list or tools):
            check_items(tools, "SetSkillAssociationsRequest.tools", "string")

        set_skill_associations_request = cls(
            skill_id,
            keys,
            tools,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            set_skill_associations_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return set_skill_associations_request

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


from ..models.skill_key_input import SkillKeyInput  # noqa: E402
