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
    from ..models.admin_session_item import AdminSessionItem


T = TypeVar("T", bound="AdminSessionsListResponse")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "items",
        "next_cursor",
    )
)


@_attrs_define
class AdminSessionsListResponse:
    """
    Attributes:
        items (list[AdminSessionItem]): Page of session metadata.
        next_cursor (str | Unset): Opaque cursor for the next page. Absent when iteration is complete.
    """

    items: list[AdminSessionItem]
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

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
            check_value(src_dict, "AdminSessionsListResponse", "object")
        _items = src_dict["items"]
        if _items.__class__ is not list:
            check_value(_items, "AdminSessionsListResponse.items", "array")
        items = list(map(AdminSessionItem.from_dict, _items))

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                items,
            )

        _src_get = src_dict.get
        next_cursor = _src_get("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not UNSET:
            if next_cursor is None:
                next_cursor = UNSET
            else:
                check_value(
                    next_cursor, "AdminSessionsListResponse.next_cursor", "string"
                )

        admin_sessions_list_response = cls(
            items,
            next_cursor,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            admin_sessions_list_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return admin_sessions_list_response

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


from ..models.admin_session_item import AdminSessionItem  # noqa: E402
