from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.guardrail_violations_by_type import GuardrailViolationsByType


T = TypeVar("T", bound="GuardrailViolationsSummary")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "total_violations",
        "last_24h",
        "last_7d",
        "last_30d",
        "violation_rate",
        "by_type",
    )
)


@_attrs_define
class GuardrailViolationsSummary:
    """
    Attributes:
        total_violations (int | Unset):
        last_24h (int | Unset):
        last_7d (int | Unset):
        last_30d (int | Unset):
        violation_rate (float | None | Unset):
        by_type (list[GuardrailViolationsByType] | Unset):
    """

    total_violations: int | Unset = UNSET
    last_24h: int | Unset = UNSET
    last_7d: int | Unset = UNSET
    last_30d: int | Unset = UNSET
    violation_rate: float | None | Unset = UNSET
    by_type: list[GuardrailViolationsByType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total_violations = self.total_violations

        last_24h = self.last_24h

        last_7d = self.last_7d

        last_30d = self.last_30d

        violation_rate: float | None | Unset
        if isinstance(self.violation_rate, Unset):
            violation_rate = UNSET
        else:
            violation_rate = self.violation_rate

        by_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_type, Unset):
            by_type = []
            for by_type_item_data in self.by_type:
                by_type_item = by_type_item_data.to_dict()
                by_type.append(by_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_violations is not UNSET:
            field_dict["total_violations"] = total_violations
        if last_24h is not UNSET:
            field_dict["last_24h"] = last_24h
        if last_7d is not UNSET:
            field_dict["last_7d"] = last_7d
        if last_30d is not UNSET:
            field_dict["last_30d"] = last_30d
        if violation_rate is not UNSET:
            field_dict["violation_rate"] = violation_rate
        if by_type is not UNSET:
            field_dict["by_type"] = by_type

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
            check_value(src_dict, "GuardrailViolationsSummary", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        total_violations = _src_get("total_violations", UNSET)
        if total_violations.__class__ is not int and total_violations is not UNSET:
            if total_violations is None:
                total_violations = UNSET
            else:
                check_value(
                    total_violations,
                    "GuardrailViolationsSummary.total_violations",
                    "integer",
                )

        last_24h = _src_get("last_24h", UNSET)
        if last_24h.__class__ is not int and last_24h is not UNSET:
            if last_24h is None:
                last_24h = UNSET
            else:
                check_value(last_24h, "GuardrailViolationsSummary.last_24h", "integer")

        last_7d = _src_get("last_7d", UNSET)
        if last_7d.__class__ is not int and last_7d is not UNSET:
            if last_7d is None:
                last_7d = UNSET
            else:
                check_value(last_7d, "GuardrailViolationsSummary.last_7d", "integer")

        last_30d = _src_get("last_30d", UNSET)
        if last_30d.__class__ is not int and last_30d is not UNSET:
            if last_30d is None:
                last_30d = UNSET
            else:
                check_value(last_30d, "GuardrailViolationsSummary.last_30d", "integer")

        violation_rate = _src_get("violation_rate", UNSET)
        if (
            violation_rate.__class__ is not float
            and violation_rate.__class__ is not int
            and violation_rate is not None
            and violation_rate is not UNSET
        ):
            check_value(
                violation_rate,
                "GuardrailViolationsSummary.violation_rate",
                "number",
                "null",
            )

        _by_type = _src_get("by_type", UNSET)
        by_type: list[GuardrailViolationsByType] | Unset = UNSET
        if _by_type is not UNSET:
            if _by_type.__class__ is not list:
                check_value(_by_type, "GuardrailViolationsSummary.by_type", "array")
            by_type = []
            for by_type_item_data in _by_type:
                by_type_item = GuardrailViolationsByType.from_dict(by_type_item_data)

                by_type.append(by_type_item)

        guardrail_violations_summary = cls(
            total_violations,
            last_24h,
            last_7d,
            last_30d,
            violation_rate,
            by_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            guardrail_violations_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return guardrail_violations_summary

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


from ..models.guardrail_violations_by_type import GuardrailViolationsByType  # noqa: E402
