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

T = TypeVar("T", bound="UpdateShowcaseChatRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "title",
        "description",
        "category",
    )
)


@_attrs_define
class UpdateShowcaseChatRequest:
    """
    Attributes:
        title (str | Unset): Omit to keep the existing value. Empty / whitespace-only is rejected with 400.
        description (str | Unset): Omit to keep the existing value. Empty / whitespace-only is rejected with 400.
        category (str | Unset): Omit to keep the existing value; pass an empty (or whitespace-only) string to clear the
            category (tile moves to Uncategorized).
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category

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
            check_value(src_dict, "UpdateShowcaseChatRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        title = _src_get("title", UNSET)
        if title.__class__ is not str and title is not UNSET:
            if title is None:
                title = UNSET
            else:
                check_value(title, "UpdateShowcaseChatRequest.title", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(
                    description, "UpdateShowcaseChatRequest.description", "string"
                )

        category = _src_get("category", UNSET)
        if category.__class__ is not str and category is not UNSET:
            if category is None:
                category = UNSET
            else:
                check_value(category, "UpdateShowcaseChatRequest.category", "string")

        update_showcase_chat_request = cls(
            title,
            description,
            category,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            update_showcase_chat_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return update_showcase_chat_request

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
