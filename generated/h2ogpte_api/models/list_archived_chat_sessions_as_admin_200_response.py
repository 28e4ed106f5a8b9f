from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_session import ChatSession


T = TypeVar("T", bound="ListArchivedChatSessionsAsAdmin200Response")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        _items = pop("items", UNSET)
        items: list[ChatSession] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ChatSession.from_dict(items_item_data)

                items.append(items_item)

        total = pop("total", UNSET)

        list_archived_chat_sessions_as_admin_200_response = cls(
            items,
            total,
        )

        list_archived_chat_sessions_as_admin_200_response.additional_properties = d
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
