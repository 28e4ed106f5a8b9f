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
    from ..models.memory_block import MemoryBlock


T = TypeVar("T", bound="ListMemoryBlocks200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "items",
        "total",
    )
)


@_attrs_define
class ListMemoryBlocks200Response:
    """
    Attributes:
        items (list[MemoryBlock]):
        total (int): Total number of accessible memory blocks matching the filters.
    """

    items: list[MemoryBlock]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
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
            check_value(src_dict, "ListMemoryBlocks200Response", "object")
        _items = src_dict["items"]
        if _items.__class__ is not list:
            check_value(_items, "ListMemoryBlocks200Response.items", "array")
        items = list(map(MemoryBlock.from_dict, _items))

        total = src_dict["total"]
        if total.__class__ is not int:
            check_value(total, "ListMemoryBlocks200Response.total", "integer")

        list_memory_blocks_200_response = cls(
            items,
            total,
        )

        if len(src_dict) > 2:
            list_memory_blocks_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return list_memory_blocks_200_response

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


from ..models.memory_block import MemoryBlock  # noqa: E402
