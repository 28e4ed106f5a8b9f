from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StarLibraryItem200Response")


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
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        item_kind = pop("item_kind", UNSET)

        item_id = pop("item_id", UNSET)

        is_starred_by_me = pop("is_starred_by_me", UNSET)

        star_count = pop("star_count", UNSET)

        star_library_item_200_response = cls(
            item_kind,
            item_id,
            is_starred_by_me,
            star_count,
        )

        star_library_item_200_response.additional_properties = d
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
