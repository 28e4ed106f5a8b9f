from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_items,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="DeleteSharedChatsRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(("shared_chat_ids",))


@_attrs_define
class DeleteSharedChatsRequest:
    """
    Attributes:
        shared_chat_ids (list[str]): List of shared chat IDs to delete.
    """

    shared_chat_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        shared_chat_ids = self.shared_chat_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shared_chat_ids": shared_chat_ids,
            }
        )

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
            check_value(src_dict, "DeleteSharedChatsRequest", "object")
        shared_chat_ids = cast(list[str], src_dict["shared_chat_ids"])
        if shared_chat_ids.__class__ is not list or shared_chat_ids:
            check_items(
                shared_chat_ids, "DeleteSharedChatsRequest.shared_chat_ids", "string"
            )

        delete_shared_chats_request = cls(
            shared_chat_ids,
        )

        if len(src_dict) > 1:
            delete_shared_chats_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return delete_shared_chats_request

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
