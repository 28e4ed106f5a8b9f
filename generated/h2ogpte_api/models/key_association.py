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

T = TypeVar("T", bound="KeyAssociation")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "key_id",
        "associate_id",
        "user_id",
        "email",
    )
)


@_attrs_define
class KeyAssociation:
    """
    Attributes:
        name (str):
        key_id (str):
        associate_id (str | Unset):
        user_id (str | Unset):
        email (str | Unset):
    """

    name: str
    key_id: str
    associate_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key_id = self.key_id

        associate_id = self.associate_id

        user_id = self.user_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key_id": key_id,
            }
        )
        if associate_id is not UNSET:
            field_dict["associate_id"] = associate_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if email is not UNSET:
            field_dict["email"] = email

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
            check_value(src_dict, "KeyAssociation", "object")
        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "KeyAssociation.name", "string")

        key_id = src_dict["key_id"]
        if key_id.__class__ is not str:
            check_value(key_id, "KeyAssociation.key_id", "string")

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                name,
                key_id,
            )

        _src_get = src_dict.get
        associate_id = _src_get("associate_id", UNSET)
        if associate_id.__class__ is not str and associate_id is not UNSET:
            if associate_id is None:
                associate_id = UNSET
            else:
                check_value(associate_id, "KeyAssociation.associate_id", "string")

        user_id = _src_get("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            if user_id is None:
                user_id = UNSET
            else:
                check_value(user_id, "KeyAssociation.user_id", "string")

        email = _src_get("email", UNSET)
        if email.__class__ is not str and email is not UNSET:
            if email is None:
                email = UNSET
            else:
                check_value(email, "KeyAssociation.email", "string")

        key_association = cls(
            name,
            key_id,
            associate_id,
            user_id,
            email,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            key_association.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return key_association

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
