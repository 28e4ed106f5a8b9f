from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddShowcaseChatRequest")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        shared_chat_id = pop("shared_chat_id")

        title = pop("title")

        description = pop("description")

        category = pop("category", UNSET)

        add_showcase_chat_request = cls(
            shared_chat_id,
            title,
            description,
            category,
        )

        add_showcase_chat_request.additional_properties = d
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
