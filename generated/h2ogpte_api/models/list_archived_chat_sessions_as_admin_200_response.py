from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.chat_session import ChatSession


T = TypeVar("T", bound="ListArchivedChatSessionsAsAdmin200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "items",
        "total",
    )
)


@_attrs_define
class ListArchivedChatSessionsAsAdmin200Response:
    """
    Attributes:
        items (list[ChatSession] | Unset):
        total (int | Unset):
    """

    items: list[ChatSession] | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if total is not UNSET:
            field_dict["total"] = total

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
            check_value(
                src_dict, "ListArchivedChatSessionsAsAdmin200Response", "object"
            )
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        _items = _src_get("items", UNSET)
        items: list[ChatSession] | Unset = UNSET
        if _items is not UNSET:
            if _items.__class__ is not list:
                check_value(
                    _items, "ListArchivedChatSessionsAsAdmin200Response.items", "array"
                )
            items = []
            for items_item_data in _items:
                items_item = ChatSession.from_dict(items_item_data)

                items.append(items_item)

        total = _src_get("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            if total is None:
                total = UNSET
            else:
                check_value(
                    total, "ListArchivedChatSessionsAsAdmin200Response.total", "integer"
                )

        list_archived_chat_sessions_as_admin_200_response = cls(
            items,
            total,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            list_archived_chat_sessions_as_admin_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return list_archived_chat_sessions_as_admin_200_response

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


from ..models.chat_session import ChatSession  # noqa: E402
