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

T = TypeVar("T", bound="UsageStats")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "current",
        "max_allowed_24h",
        "cost_unit",
        "interval",
    )
)


@_attrs_define
class UsageStats:
    """
    Attributes:
        current (float):
        max_allowed_24h (float):
        cost_unit (str):
        interval (str):
    """

    current: float
    max_allowed_24h: float
    cost_unit: str
    interval: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        max_allowed_24h = self.max_allowed_24h

        cost_unit = self.cost_unit

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "max_allowed_24h": max_allowed_24h,
                "cost_unit": cost_unit,
                "interval": interval,
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
            check_value(src_dict, "UsageStats", "object")
        current = src_dict["current"]
        if current.__class__ is not float and current.__class__ is not int:
            check_value(current, "UsageStats.current", "number")

        max_allowed_24h = src_dict["max_allowed_24h"]
        if (
            max_allowed_24h.__class__ is not float
            and max_allowed_24h.__class__ is not int
        ):
            check_value(max_allowed_24h, "UsageStats.max_allowed_24h", "number")

        cost_unit = src_dict["cost_unit"]
        if cost_unit.__class__ is not str:
            check_value(cost_unit, "UsageStats.cost_unit", "string")

        interval = src_dict["interval"]
        if interval.__class__ is not str:
            check_value(interval, "UsageStats.interval", "string")

        usage_stats = cls(
            current,
            max_allowed_24h,
            cost_unit,
            interval,
        )

        if len(src_dict) > 4:
            usage_stats.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return usage_stats

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
