from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="UserPermission")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "description",
        "category",
        "dependencies",
    )
)


@_attrs_define
class UserPermission:
    """
    Attributes:
        id (str):
        name (str):
        description (str | Unset):
        category (str | Unset):
        dependencies (list[str] | Unset): List of permissions that this permission depends on.
    """

    id: str
    name: str
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    dependencies: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        category = self.category

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies

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
            check_value(src_dict, "UserPermission", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "UserPermission.id", "string")

        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "UserPermission.name", "string")

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                name,
            )

        _src_get = src_dict.get
        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "UserPermission.description", "string")

        category = _src_get("category", UNSET)
        if category.__class__ is not str and category is not UNSET:
            if category is None:
                category = UNSET
            else:
                check_value(category, "UserPermission.category", "string")

        dependencies = cast(list[str] | Unset, _src_get("dependencies", UNSET))
        if dependencies is not UNSET and (
            dependencies.__class__ is not list or dependencies
        ):
            check_items(dependencies, "UserPermission.dependencies", "string")

        user_permission = cls(
            id,
            name,
            description,
            category,
            dependencies,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            user_permission.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return user_permission

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
