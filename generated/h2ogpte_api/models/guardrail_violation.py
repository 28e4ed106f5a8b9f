from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        id = _src_get("id", UNSET)

        created_at = _src_get("created_at", UNSET)

        user_id = _src_get("user_id", UNSET)

        username = _src_get("username", UNSET)

        email = _src_get("email", UNSET)

        def _parse_collection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_id = _parse_collection_id(_src_get("collection_id", UNSET))

        collection_name = _src_get("collection_name", UNSET)

        violation_type = _src_get("violation_type", UNSET)

        violation_message = _src_get("violation_message", UNSET)

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
