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
    from ..models.model_usage_stats_per_user import ModelUsageStatsPerUser


T = TypeVar("T", bound="UsageStatsPerModelAndUser")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "llm_name",
        "total_cost",
        "total_calls",
        "total_input_tokens",
        "total_output_tokens",
        "user_usage",
    )
)


@_attrs_define
class UsageStatsPerModelAndUser:
    """
    Attributes:
        llm_name (str):
        total_cost (float):
        total_calls (int):
        total_input_tokens (int):
        total_output_tokens (int):
        user_usage (list[ModelUsageStatsPerUser]):
    """

    llm_name: str
    total_cost: float
    total_calls: int
    total_input_tokens: int
    total_output_tokens: int
    user_usage: list[ModelUsageStatsPerUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        llm_name = self.llm_name

        total_cost = self.total_cost

        total_calls = self.total_calls

        total_input_tokens = self.total_input_tokens

        total_output_tokens = self.total_output_tokens

        user_usage = []
        for user_usage_item_data in self.user_usage:
            user_usage_item = user_usage_item_data.to_dict()
            user_usage.append(user_usage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "llm_name": llm_name,
                "total_cost": total_cost,
                "total_calls": total_calls,
                "total_input_tokens": total_input_tokens,
                "total_output_tokens": total_output_tokens,
                "user_usage": user_usage,
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
            check_value(src_dict, "UsageStatsPerModelAndUser", "object")
        llm_name = src_dict["llm_name"]
        if llm_name.__class__ is not str:
            check_value(llm_name, "UsageStatsPerModelAndUser.llm_name", "string")

        total_cost = src_dict["total_cost"]
        if total_cost.__class__ is not float and total_cost.__class__ is not int:
            check_value(total_cost, "UsageStatsPerModelAndUser.total_cost", "number")

        total_calls = src_dict["total_calls"]
        if total_calls.__class__ is not int:
            check_value(total_calls, "UsageStatsPerModelAndUser.total_calls", "integer")

        total_input_tokens = src_dict["total_input_tokens"]
        if total_input_tokens.__class__ is not int:
            check_value(
                total_input_tokens,
                "UsageStatsPerModelAndUser.total_input_tokens",
                "integer",
            )

        total_output_tokens = src_dict["total_output_tokens"]
        if total_output_tokens.__class__ is not int:
            check_value(
                total_output_tokens,
                "UsageStatsPerModelAndUser.total_output_tokens",
                "integer",
            )

        _user_usage = src_dict["user_usage"]
        if _user_usage.__class__ is not list:
            check_value(_user_usage, "UsageStatsPerModelAndUser.user_usage", "array")
        user_usage = list(map(ModelUsageStatsPerUser.from_dict, _user_usage))

        usage_stats_per_model_and_user = cls(
            llm_name,
            total_cost,
            total_calls,
            total_input_tokens,
            total_output_tokens,
            user_usage,
        )

        if len(src_dict) > 6:
            usage_stats_per_model_and_user.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return usage_stats_per_model_and_user

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


from ..models.model_usage_stats_per_user import ModelUsageStatsPerUser  # noqa: E402
