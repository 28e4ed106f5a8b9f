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

T = TypeVar("T", bound="SetGlobalConfigurationRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "string_value",
        "can_overwrite",
        "is_public",
        "value_type",
    )
)


@_attrs_define
class SetGlobalConfigurationRequest:
    """
    Attributes:
        string_value (str): The value to be set for the global config.
        can_overwrite (bool): Whether user settings can override this global setting.
        is_public (bool): Whether users can see the value for this global setting.
        value_type (str | Unset): The type of the value to be set for the global config.
    """

    string_value: str
    can_overwrite: bool
    is_public: bool
    value_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        string_value = self.string_value

        can_overwrite = self.can_overwrite

        is_public = self.is_public

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "string_value": string_value,
                "can_overwrite": can_overwrite,
                "is_public": is_public,
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
            check_value(src_dict, "SetGlobalConfigurationRequest", "object")
        string_value = src_dict["string_value"]
        if string_value.__class__ is not str:
            check_value(
                string_value, "SetGlobalConfigurationRequest.string_value", "string"
            )

        can_overwrite = src_dict["can_overwrite"]
        if can_overwrite.__class__ is not bool:
            check_value(
                can_overwrite, "SetGlobalConfigurationRequest.can_overwrite", "boolean"
            )

        is_public = src_dict["is_public"]
        if is_public.__class__ is not bool:
            check_value(is_public, "SetGlobalConfigurationRequest.is_public", "boolean")

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                string_value,
                can_overwrite,
                is_public,
            )

        _src_get = src_dict.get
        value_type = _src_get("value_type", UNSET)
        if value_type.__class__ is not str and value_type is not UNSET:
            if value_type is None:
                value_type = UNSET
            else:
                check_value(
                    value_type, "SetGlobalConfigurationRequest.value_type", "string"
                )

        set_global_configuration_request = cls(
            string_value,
            can_overwrite,
            is_public,
            value_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            set_global_configuration_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return set_global_configuration_request

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
