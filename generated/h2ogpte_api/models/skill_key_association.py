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

T = TypeVar("T", bound="SkillKeyAssociation")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "key_id",
        "key_name",
        "owner_email",
        "requirement_type",
    )
)


@_attrs_define
class SkillKeyAssociation:
    """
    Attributes:
        name (str): Env var name declared in the skill's envs.json.
        key_id (None | str | Unset): Associated agent key id, or null when unset.
        key_name (None | str | Unset):
        owner_email (None | str | Unset):
        requirement_type (str | Unset):
    """

    name: str
    key_id: None | str | Unset = UNSET
    key_name: None | str | Unset = UNSET
    owner_email: None | str | Unset = UNSET
    requirement_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key_id: None | str | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        key_name: None | str | Unset
        if isinstance(self.key_name, Unset):
            key_name = UNSET
        else:
            key_name = self.key_name

        owner_email: None | str | Unset
        if isinstance(self.owner_email, Unset):
            owner_email = UNSET
        else:
            owner_email = self.owner_email

        requirement_type = self.requirement_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if owner_email is not UNSET:
            field_dict["owner_email"] = owner_email
        if requirement_type is not UNSET:
            field_dict["requirement_type"] = requirement_type

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
            check_value(src_dict, "SkillKeyAssociation", "object")
        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "SkillKeyAssociation.name", "string")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                name,
            )

        _src_get = src_dict.get
        key_id = _src_get("key_id", UNSET)
        if key_id.__class__ is not str and key_id is not None and key_id is not UNSET:
            check_value(key_id, "SkillKeyAssociation.key_id", "string", "null")

        key_name = _src_get("key_name", UNSET)
        if (
            key_name.__class__ is not str
            and key_name is not None
            and key_name is not UNSET
        ):
            check_value(key_name, "SkillKeyAssociation.key_name", "string", "null")

        owner_email = _src_get("owner_email", UNSET)
        if (
            owner_email.__class__ is not str
            and owner_email is not None
            and owner_email is not UNSET
        ):
            check_value(
                owner_email, "SkillKeyAssociation.owner_email", "string", "null"
            )

        requirement_type = _src_get("requirement_type", UNSET)
        if requirement_type.__class__ is not str and requirement_type is not UNSET:
            if requirement_type is None:
                requirement_type = UNSET
            else:
                check_value(
                    requirement_type, "SkillKeyAssociation.requirement_type", "string"
                )

        skill_key_association = cls(
            name,
            key_id,
            key_name,
            owner_email,
            requirement_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            skill_key_association.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return skill_key_association

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
