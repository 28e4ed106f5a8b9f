from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        item_kind = _src_get("item_kind", UNSET)

        item_id = _src_get("item_id", UNSET)

        is_starred_by_me = _src_get("is_starred_by_me", UNSET)

        star_count = _src_get("star_count", UNSET)

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
