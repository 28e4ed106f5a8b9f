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

T = TypeVar("T", bound="GuardrailViolation")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "created_at",
        "user_id",
        "username",
        "email",
        "collection_id",
        "collection_name",
        "violation_type",
        "violation_message",
    )
)


@_attrs_define
class GuardrailViolation:
    """
    Attributes:
        id (str | Unset):
        created_at (str | Unset):
        user_id (str | Unset):
        username (str | Unset):
        email (str | Unset):
        collection_id (None | str | Unset):
        collection_name (str | Unset):
        violation_type (str | Unset):
        violation_message (str | Unset):
    """

    id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    user_id: str | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    collection_id: None | str | Unset = UNSET
    collection_name: str | Unset = UNSET
    violation_type: str | Unset = UNSET
    violation_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        user_id = self.user_id

        username = self.username

        email = self.email

        collection_id: None | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        else:
            collection_id = self.collection_id

        collection_name = self.collection_name

        violation_type = self.violation_type

        violation_message = self.violation_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if violation_type is not UNSET:
            field_dict["violation_type"] = violation_type
        if violation_message is not UNSET:
            field_dict["violation_message"] = violation_message

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
            check_value(src_dict, "GuardrailViolation", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        id = _src_get("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            if id is None:
                id = UNSET
            else:
                check_value(id, "GuardrailViolation.id", "string")

        created_at = _src_get("created_at", UNSET)
        if created_at.__class__ is not str and created_at is not UNSET:
            if created_at is None:
                created_at = UNSET
            else:
                check_value(created_at, "GuardrailViolation.created_at", "string")

        user_id = _src_get("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            if user_id is None:
                user_id = UNSET
            else:
                check_value(user_id, "GuardrailViolation.user_id", "string")

        username = _src_get("username", UNSET)
        if username.__class__ is not str and username is not UNSET:
            if username is None:
                username = UNSET
            else:
                check_value(username, "GuardrailViolation.username", "string")

        email = _src_get("email", UNSET)
        if email.__class__ is not str and email is not UNSET:
            if email is None:
                email = UNSET
            else:
                check_value(email, "GuardrailViolation.email", "string")

        collection_id = _src_get("collection_id", UNSET)
        if (
            collection_id.__class__ is not str
            and collection_id is not None
            and collection_id is not UNSET
        ):
            check_value(
                collection_id, "GuardrailViolation.collection_id", "string", "null"
            )

        collection_name = _src_get("collection_name", UNSET)
        if collection_name.__class__ is not str and collection_name is not UNSET:
            if collection_name is None:
                collection_name = UNSET
            else:
                check_value(
                    collection_name, "GuardrailViolation.collection_name", "string"
                )

        violation_type = _src_get("violation_type", UNSET)
        if violation_type.__class__ is not str and violation_type is not UNSET:
            if violation_type is None:
                violation_type = UNSET
            else:
                check_value(
                    violation_type, "GuardrailViolation.violation_type", "string"
                )

        violation_message = _src_get("violation_message", UNSET)
        if violation_message.__class__ is not str and violation_message is not UNSET:
            if violation_message is None:
                violation_message = UNSET
            else:
                check_value(
                    violation_message, "GuardrailViolation.violation_message", "string"
                )

        guardrail_violation = cls(
            id,
            created_at,
            user_id,
            username,
            email,
            collection_id,
            collection_name,
            violation_type,
            violation_message,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            guardrail_violation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return guardrail_violation

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
