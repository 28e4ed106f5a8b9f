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

T = TypeVar("T", bound="GlobalConfigurationItem")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "key_name",
        "string_value",
        "value_type",
        "can_overwrite",
        "is_public",
        "upper_bound",
        "is_read_only",
        "is_encrypted",
        "description",
        "category",
        "needs_propagation",
    )
)


@_attrs_define
class GlobalConfigurationItem:
    """
    Attributes:
        key_name (str):
        string_value (str):
        value_type (str):
        can_overwrite (bool):
        is_public (bool):
        upper_bound (float | Unset):
        is_read_only (bool | Unset):
        is_encrypted (bool | Unset):
        description (str | Unset):
        category (str | Unset):
        needs_propagation (bool | Unset): When true, mux resolves this key per-user (with role-priority overrides) and
            caches the resolved value for the duration of the global `config_cache_ttl_seconds` setting. The UI uses this
            flag to render an info icon explaining that changes take up to the cache-TTL seconds to propagate across all mux
            replicas.
    """

    key_name: str
    string_value: str
    value_type: str
    can_overwrite: bool
    is_public: bool
    upper_bound: float | Unset = UNSET
    is_read_only: bool | Unset = UNSET
    is_encrypted: bool | Unset = UNSET
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    needs_propagation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        key_name = self.key_name

        string_value = self.string_value

        value_type = self.value_type

        can_overwrite = self.can_overwrite

        is_public = self.is_public

        upper_bound = self.upper_bound

        is_read_only = self.is_read_only

        is_encrypted = self.is_encrypted

        description = self.description

        category = self.category

        needs_propagation = self.needs_propagation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_name": key_name,
                "string_value": string_value,
                "value_type": value_type,
                "can_overwrite": can_overwrite,
                "is_public": is_public,
            }
        )
        if upper_bound is not UNSET:
            field_dict["upper_bound"] = upper_bound
        if is_read_only is not UNSET:
            field_dict["is_read_only"] = is_read_only
        if is_encrypted is not UNSET:
            field_dict["is_encrypted"] = is_encrypted
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if needs_propagation is not UNSET:
            field_dict["needs_propagation"] = needs_propagation

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
            check_value(src_dict, "GlobalConfigurationItem", "object")
        key_name = src_dict["key_name"]
        if key_name.__class__ is not str:
            check_value(key_name, "GlobalConfigurationItem.key_name", "string")

        string_value = src_dict["string_value"]
        if string_value.__class__ is not str:
            check_value(string_value, "GlobalConfigurationItem.string_value", "string")

        value_type = src_dict["value_type"]
        if value_type.__class__ is not str:
            check_value(value_type, "GlobalConfigurationItem.value_type", "string")

        can_overwrite = src_dict["can_overwrite"]
        if can_overwrite.__class__ is not bool:
            check_value(
                can_overwrite, "GlobalConfigurationItem.can_overwrite", "boolean"
            )

        is_public = src_dict["is_public"]
        if is_public.__class__ is not bool:
            check_value(is_public, "GlobalConfigurationItem.is_public", "boolean")

        if len(src_dict) == 5:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                key_name,
                string_value,
                value_type,
                can_overwrite,
                is_public,
            )

        _src_get = src_dict.get
        upper_bound = _src_get("upper_bound", UNSET)
        if (
            upper_bound.__class__ is not float
            and upper_bound.__class__ is not int
            and upper_bound is not UNSET
        ):
            if upper_bound is None:
                upper_bound = UNSET
            else:
                check_value(
                    upper_bound, "GlobalConfigurationItem.upper_bound", "number"
                )

        is_read_only = _src_get("is_read_only", UNSET)
        if is_read_only.__class__ is not bool and is_read_only is not UNSET:
            if is_read_only is None:
                is_read_only = UNSET
            else:
                check_value(
                    is_read_only, "GlobalConfigurationItem.is_read_only", "boolean"
                )

        is_encrypted = _src_get("is_encrypted", UNSET)
        if is_encrypted.__class__ is not bool and is_encrypted is not UNSET:
            if is_encrypted is None:
                is_encrypted = UNSET
            else:
                check_value(
                    is_encrypted, "GlobalConfigurationItem.is_encrypted", "boolean"
                )

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(
                    description, "GlobalConfigurationItem.description", "string"
                )

        category = _src_get("category", UNSET)
        if category.__class__ is not str and category is not UNSET:
            if category is None:
                category = UNSET
            else:
                check_value(category, "GlobalConfigurationItem.category", "string")

        needs_propagation = _src_get("needs_propagation", UNSET)
        if needs_propagation.__class__ is not bool and needs_propagation is not UNSET:
            if needs_propagation is None:
                needs_propagation = UNSET
            else:
                check_value(
                    needs_propagation,
                    "GlobalConfigurationItem.needs_propagation",
                    "boolean",
                )

        global_configuration_item = cls(
            key_name,
            string_value,
            value_type,
            can_overwrite,
            is_public,
            upper_bound,
            is_read_only,
            is_encrypted,
            description,
            category,
            needs_propagation,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            global_configuration_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return global_configuration_item

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
