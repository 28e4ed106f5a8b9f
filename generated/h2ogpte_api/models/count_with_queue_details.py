from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.queue_details import QueueDetails


T = TypeVar("T", bound="CountWithQueueDetails")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        count = pop("count")

        queue_infos = [
            QueueDetails.from_dict(queue_infos_item_data)
            for queue_infos_item_data in pop("queue_infos")
        ]

        count_with_queue_details = cls(
            count,
            queue_infos,
        )

        count_with_queue_details.additional_properties = d
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
