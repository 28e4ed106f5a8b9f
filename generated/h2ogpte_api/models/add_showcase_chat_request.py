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

T = TypeVar("T", bound="AddShowcaseChatRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "shared_chat_id",
        "title",
        "description",
        "category",
    )
)


@_attrs_define
class AddShowcaseChatRequest:
    """
    Attributes:
        shared_chat_id (str):
        title (str): Required. Non-empty after trim.
        description (str): Required. Non-empty after trim.
        category (str | Unset): Optional free-text category used to group tiles in the listing.
    """

    shared_chat_id: str
    title: str
    description: str
    category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        shared_chat_id = self.shared_chat_id

        title = self.title

        description = self.description

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shared_chat_id": shared_chat_id,
                "title": title,
                "description": description,
            }
        )
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
            check_value(src_dict, "AddShowcaseChatRequest", "object")
        shared_chat_id = src_dict["shared_chat_id"]
        if shared_chat_id.__class__ is not str:
            check_value(
                shared_chat_id, "AddShowcaseChatRequest.shared_chat_id", "string"
            )

        title = src_dict["title"]
        if title.__class__ is not str:
            check_value(title, "AddShowcaseChatRequest.title", "string")

        description = src_dict["description"]
        if description.__class__ is not str:
            check_value(description, "AddShowcaseChatRequest.description", "string")

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                shared_chat_id,
                title,
                description,
            )

        _src_get = src_dict.get
        category = _src_get("category", UNSET)
        if category.__class__ is not str and category is not UNSET:
            if category is None:
                category = UNSET
            else:
                check_value(category, "AddShowcaseChatRequest.category", "string")

        add_showcase_chat_request = cls(
            shared_chat_id,
            title,
            description,
            category,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            add_showcase_chat_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return add_showcase_chat_request

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
