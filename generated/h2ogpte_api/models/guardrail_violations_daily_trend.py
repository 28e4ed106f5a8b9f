from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="GuardrailViolationsDailyTrend")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "day",
        "violation_type",
        "total",
    )
)


@_attrs_define
class GuardrailViolationsDailyTrend:
    """
    Attributes:
        day (str | Unset):
        violation_type (str | Unset): One row per (day, violation_type); a day appears once per type.
        total (int | Unset):
    """

    day: str | Unset = UNSET
    violation_type: str | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        violation_type = self.violation_type

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if violation_type is not UNSET:
            field_dict["violation_type"] = violation_type
        if total is not UNSET:
            field_dict["total"] = total

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
            check_value(src_dict, "GuardrailViolationsDailyTrend", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        day = _src_get("day", UNSET)
        if day.__class__ is not str and day is not UNSET:
            if day is None:
                day = UNSET
            else:
                check_value(day, "GuardrailViolationsDailyTrend.day", "string")

        violation_type = _src_get("violation_type", UNSET)
        if violation_type.__class__ is not str and violation_type is not UNSET:
            if violation_type is None:
                violation_type = UNSET
            else:
                check_value(
                    violation_type,
                    "GuardrailViolationsDailyTrend.violation_type",
                    "string",
                )

        total = _src_get("total", UNSET)
        if total.__class__ is not int and total is not UNSET:
            if total is None:
                total = UNSET
            else:
                check_value(total, "GuardrailViolationsDailyTrend.total", "integer")

        guardrail_violations_daily_trend = cls(
            day,
            violation_type,
            total,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            guardrail_violations_daily_trend.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return guardrail_violations_daily_trend

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
