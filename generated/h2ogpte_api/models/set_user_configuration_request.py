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

T = TypeVar("T", bound="SetUserConfigurationRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "string_value",
        "value_type",
    )
)


@_attrs_define
class SetUserConfigurationRequest:
    """
    Attributes:
        string_value (str):
        value_type (str | Unset):
    """

    string_value: str
    value_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        string_value = self.string_value

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "string_value": string_value,
            }
        )
        if value_type is not UNSET:
            field_dict["value_type"] = value_type

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
            check_value(src_dict, "SetUserConfigurationRequest", "object")
        string_value = src_dict["string_value"]
        if string_value.__class__ is not str:
            check_value(
                string_value, "SetUserConfigurationRequest.string_value", "string"
            )

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                string_value,
            )

        _src_get = src_dict.get
        value_type = _src_get("value_type", UNSET)
        if value_type.__class__ is not str and value_type is not UNSET:
            if value_type is None:
                value_type = UNSET
            else:
                check_value(
                    value_type, "SetUserConfigurationRequest.value_type", "string"
                )

        set_user_configuration_request = cls(
            string_value,
            value_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            set_user_configuration_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return set_user_configuration_request

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
