from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageStatsPerModel")


@_attrs_define
class UsageStatsPerModel:
    """
    Attributes:
        llm_name (str):
        llm_cost (float):
        call_count (int):
        input_tokens (int):
        output_tokens (int):
    """

    llm_name: str
    llm_cost: float
    call_count: int
    input_tokens: int
    output_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_name = self.llm_name

        llm_cost = self.llm_cost

        call_count = self.call_count

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llm_name": llm_name,
                "llm_cost": llm_cost,
                "call_count": call_count,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        llm_name = pop("llm_name")

        llm_cost = pop("llm_cost")

        call_count = pop("call_count")

        input_tokens = pop("input_tokens")

        output_tokens = pop("output_tokens")

        usage_stats_per_model = cls(
            llm_name,
            llm_cost,
            call_count,
            input_tokens,
            output_tokens,
        )

        usage_stats_per_model.additional_properties = d
        return usage_stats_per_model

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
