from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    invalid,
    model_repr,
    parse_datetime,
)

T = TypeVar("T", bound="UserConfigurationItem")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "key_name",
        "string_value",
        "value_type",
        "updated_at",
    )
)


@_attrs_define
class UserConfigurationItem:
    """
    Attributes:
        key_name (str):
        string_value (str):
        value_type (str):
        updated_at (datetime.datetime | Unset): When this override was last saved.
    """

    key_name: str
    string_value: str
    value_type: str
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        key_name = self.key_name

        string_value = self.string_value

        value_type = self.value_type

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_name": key_name,
                "string_value": string_value,
                "value_type": value_type,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            check_value(src_dict, "UserConfigurationItem", "object")
        key_name = src_dict["key_name"]
        if key_name.__class__ is not str:
            check_value(key_name, "UserConfigurationItem.key_name", "string")

        string_value = src_dict["string_value"]
        if string_value.__class__ is not str:
            check_value(string_value, "UserConfigurationItem.string_value", "string")

        value_type = src_dict["value_type"]
        if value_type.__class__ is not str:
            check_value(value_type, "UserConfigurationItem.value_type", "string")

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                key_name,
                string_value,
                value_type,
            )

        _src_get = src_dict.get
        _updated_at = _src_get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = _updated_at
        elif _updated_at is None:
            updated_at = UNSET
        else:
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError):
                raise invalid(
                    _updated_at,
                    "UserConfigurationItem.updated_at",
                    "a date-time string",
                ) from None

        user_configuration_item = cls(
            key_name,
            string_value,
            value_type,
            updated_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            user_configuration_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return user_configuration_item

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
