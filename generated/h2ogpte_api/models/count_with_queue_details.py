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
    from ..models.queue_details import QueueDetails


T = TypeVar("T", bound="CountWithQueueDetails")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "count",
        "queue_infos",
    )
)


@_attrs_define
class CountWithQueueDetails:
    """
    Attributes:
        count (int):
        queue_infos (list[QueueDetails]):
    """

    count: int
    queue_infos: list[QueueDetails]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        queue_infos = []
        for queue_infos_item_data in self.queue_infos:
            queue_infos_item = queue_infos_item_data.to_dict()
            queue_infos.append(queue_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "queue_infos": queue_infos,
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
            check_value(src_dict, "CountWithQueueDetails", "object")
        count = src_dict["count"]
        if count.__class__ is not int:
            check_value(count, "CountWithQueueDetails.count", "integer")

        _queue_infos = src_dict["queue_infos"]
        if _queue_infos.__class__ is not list:
            check_value(_queue_infos, "CountWithQueueDetails.queue_infos", "array")
        queue_infos = list(map(QueueDetails.from_dict, _queue_infos))

        count_with_queue_details = cls(
            count,
            queue_infos,
        )

        if len(src_dict) > 2:
            count_with_queue_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return count_with_queue_details

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


from ..models.queue_details import QueueDetails  # noqa: E402
