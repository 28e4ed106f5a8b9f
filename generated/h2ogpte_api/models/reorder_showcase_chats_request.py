from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.reorder_showcase_chat_entry import ReorderShowcaseChatEntry


T = TypeVar("T", bound="ReorderShowcaseChatsRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(("orders",))


@_attrs_define
class ReorderShowcaseChatsRequest:
    """
    Attributes:
        orders (list[ReorderShowcaseChatEntry]):
    """

    orders: list[ReorderShowcaseChatEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
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
            check_value(src_dict, "ReorderShowcaseChatsRequest", "object")
        _orders = src_dict["orders"]
        if _orders.__class__ is not list:
            check_value(_orders, "ReorderShowcaseChatsRequest.orders", "array")
        orders = list(map(ReorderShowcaseChatEntry.from_dict, _orders))

        reorder_showcase_chats_request = cls(
            orders,
        )

        if len(src_dict) > 1:
            reorder_showcase_chats_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return reorder_showcase_chats_request

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


from ..models.reorder_showcase_chat_entry import ReorderShowcaseChatEntry  # noqa: E402
