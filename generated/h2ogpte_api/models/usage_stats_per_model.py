from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

T = TypeVar("T", bound="UsageStatsPerModel")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "llm_name",
        "llm_cost",
        "call_count",
        "input_tokens",
        "output_tokens",
    )
)


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

    def __repr__(self) -> str:
        return model_repr(self)

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
            check_value(src_dict, "UsageStatsPerModel", "object")
        llm_name = src_dict["llm_name"]
        if llm_name.__class__ is not str:
            check_value(llm_name, "UsageStatsPerModel.llm_name", "string")

        llm_cost = src_dict["llm_cost"]
        if llm_cost.__class__ is not float and llm_cost.__class__ is not int:
            check_value(llm_cost, "UsageStatsPerModel.llm_cost", "number")

        call_count = src_dict["call_count"]
        if call_count.__class__ is not int:
            check_value(call_count, "UsageStatsPerModel.call_count", "integer")

        input_tokens = src_dict["input_tokens"]
        if input_tokens.__class__ is not int:
            check_value(input_tokens, "UsageStatsPerModel.input_tokens", "integer")

        output_tokens = src_dict["output_tokens"]
        if output_tokens.__class__ is not int:
            check_value(output_tokens, "UsageStatsPerModel.output_tokens", "integer")

        usage_stats_per_model = cls(
            llm_name,
            llm_cost,
            call_count,
            input_tokens,
            output_tokens,
        )

        if len(src_dict) > 5:
            usage_stats_per_model.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
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
