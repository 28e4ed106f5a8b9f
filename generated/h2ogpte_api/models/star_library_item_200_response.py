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

T = TypeVar("T", bound="StarLibraryItem200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "item_kind",
        "item_id",
        "is_starred_by_me",
        "star_count",
    )
)


@_attrs_define
class StarLibraryItem200Response:
    """
    Attributes:
        item_kind (str | Unset):
        item_id (str | Unset):
        is_starred_by_me (bool | Unset):
        star_count (int | Unset):
    """

    item_kind: str | Unset = UNSET
    item_id: str | Unset = UNSET
    is_starred_by_me: bool | Unset = UNSET
    star_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        item_kind = self.item_kind

        item_id = self.item_id

        is_starred_by_me = self.is_starred_by_me

        star_count = self.star_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_kind is not UNSET:
            field_dict["item_kind"] = item_kind
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if is_starred_by_me is not UNSET:
            field_dict["is_starred_by_me"] = is_starred_by_me
        if star_count is not UNSET:
            field_dict["star_count"] = star_count

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
            check_value(src_dict, "StarLibraryItem200Response", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        item_kind = _src_get("item_kind", UNSET)
        if item_kind.__class__ is not str and item_kind is not UNSET:
            if item_kind is None:
                item_kind = UNSET
            else:
                check_value(item_kind, "StarLibraryItem200Response.item_kind", "string")

        item_id = _src_get("item_id", UNSET)
        if item_id.__class__ is not str and item_id is not UNSET:
            if item_id is None:
                item_id = UNSET
            else:
                check_value(item_id, "StarLibraryItem200Response.item_id", "string")

        is_starred_by_me = _src_get("is_starred_by_me", UNSET)
        if is_starred_by_me.__class__ is not bool and is_starred_by_me is not UNSET:
            if is_starred_by_me is None:
                is_starred_by_me = UNSET
            else:
                check_value(
                    is_starred_by_me,
                    "StarLibraryItem200Response.is_starred_by_me",
                    "boolean",
                )

        star_count = _src_get("star_count", UNSET)
        if star_count.__class__ is not int and star_count is not UNSET:
            if star_count is None:
                star_count = UNSET
            else:
                check_value(
                    star_count, "StarLibraryItem200Response.star_count", "integer"
                )

        star_library_item_200_response = cls(
            item_kind,
            item_id,
            is_starred_by_me,
            star_count,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            star_library_item_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return star_library_item_200_response

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
