from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalConfigurationItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        key_name = pop("key_name")

        string_value = pop("string_value")

        value_type = pop("value_type")

        can_overwrite = pop("can_overwrite")

        is_public = pop("is_public")

        upper_bound = pop("upper_bound", UNSET)

        is_read_only = pop("is_read_only", UNSET)

        is_encrypted = pop("is_encrypted", UNSET)

        description = pop("description", UNSET)

        category = pop("category", UNSET)

        needs_propagation = pop("needs_propagation", UNSET)

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

        global_configuration_item.additional_properties = d
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
