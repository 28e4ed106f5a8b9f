from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.guardrail_violations_by_collection import (
        GuardrailViolationsByCollection,
    )
    from ..models.guardrail_violations_by_type import GuardrailViolationsByType
    from ..models.guardrail_violations_by_user import GuardrailViolationsByUser
    from ..models.guardrail_violations_daily_trend import GuardrailViolationsDailyTrend


T = TypeVar("T", bound="GuardrailViolationsDashboard")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "daily_trend",
        "by_type",
        "by_collection",
        "by_user",
        "available_types",
    )
)


@_attrs_define
class GuardrailViolationsDashboard:
    """
    Attributes:
        daily_trend (list[GuardrailViolationsDailyTrend] | Unset):
        by_type (list[GuardrailViolationsByType] | Unset):
        by_collection (list[GuardrailViolationsByCollection] | Unset):
        by_user (list[GuardrailViolationsByUser] | Unset):
        available_types (list[str] | Unset):
    """

    daily_trend: list[GuardrailViolationsDailyTrend] | Unset = UNSET
    by_type: list[GuardrailViolationsByType] | Unset = UNSET
    by_collection: list[GuardrailViolationsByCollection] | Unset = UNSET
    by_user: list[GuardrailViolationsByUser] | Unset = UNSET
    available_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        daily_trend: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.daily_trend, Unset):
            daily_trend = []
            for daily_trend_item_data in self.daily_trend:
                daily_trend_item = daily_trend_item_data.to_dict()
                daily_trend.append(daily_trend_item)

        by_type: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_type, Unset):
            by_type = []
            for by_type_item_data in self.by_type:
                by_type_item = by_type_item_data.to_dict()
                by_type.append(by_type_item)

        by_collection: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_collection, Unset):
            by_collection = []
            for by_collection_item_data in self.by_collection:
                by_collection_item = by_collection_item_data.to_dict()
                by_collection.append(by_collection_item)

        by_user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_user, Unset):
            by_user = []
            for by_user_item_data in self.by_user:
                by_user_item = by_user_item_data.to_dict()
                by_user.append(by_user_item)

        available_types: list[str] | Unset = UNSET
        if not isinstance(self.available_types, Unset):
            available_types = self.available_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if daily_trend is not UNSET:
            field_dict["daily_trend"] = daily_trend
        if by_type is not UNSET:
            field_dict["by_type"] = by_type
        if by_collection is not UNSET:
            field_dict["by_collection"] = by_collection
        if by_user is not UNSET:
            field_dict["by_user"] = by_user
        if available_types is not UNSET:
            field_dict["available_types"] = available_types

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
            check_value(src_dict, "GuardrailViolationsDashboard", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        _daily_trend = _src_get("daily_trend", UNSET)
        daily_trend: list[GuardrailViolationsDailyTrend] | Unset = UNSET
        if _daily_trend is not UNSET:
            if _daily_trend.__class__ is not list:
                check_value(
                    _daily_trend, "GuardrailViolationsDashboard.daily_trend", "array"
                )
            daily_trend = []
            for daily_trend_item_data in _daily_trend:
                daily_trend_item = GuardrailViolationsDailyTrend.from_dict(
                    daily_trend_item_data
                )

                daily_trend.append(daily_trend_item)

        _by_type = _src_get("by_type", UNSET)
        by_type: list[GuardrailViolationsByType] | Unset = UNSET
        if _by_type is not UNSET:
            if _by_type.__class__ is not list:
                check_value(_by_type, "GuardrailViolationsDashboard.by_type", "array")
            by_type = []
            for by_type_item_data in _by_type:
                by_type_item = GuardrailViolationsByType.from_dict(by_type_item_data)

                by_type.append(by_type_item)

        _by_collection = _src_get("by_collection", UNSET)
        by_collection: list[GuardrailViolationsByCollection] | Unset = UNSET
        if _by_collection is not UNSET:
            if _by_collection.__class__ is not list:
                check_value(
                    _by_collection,
                    "GuardrailViolationsDashboard.by_collection",
                    "array",
                )
            by_collection = []
            for by_collection_item_data in _by_collection:
                by_collection_item = GuardrailViolationsByCollection.from_dict(
                    by_collection_item_data
                )

                by_collection.append(by_collection_item)

        _by_user = _src_get("by_user", UNSET)
        by_user: list[GuardrailViolationsByUser] | Unset = UNSET
        if _by_user is not UNSET:
            if _by_user.__class__ is not list:
                check_value(_by_user, "GuardrailViolationsDashboard.by_user", "array")
            by_user = []
            for by_user_item_data in _by_user:
                by_user_item = GuardrailViolationsByUser.from_dict(by_user_item_data)

                by_user.append(by_user_item)

        available_types = cast(list[str] | Unset, _src_get("available_types", UNSET))
        if available_types is not UNSET and (
            available_types.__class__ is not list or available_types
        ):
            check_items(
                available_types,
                "GuardrailViolationsDashboard.available_types",
                "string",
            )

        guardrail_violations_dashboard = cls(
            daily_trend,
            by_type,
            by_collection,
            by_user,
            available_types,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            guardrail_violations_dashboard.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return guardrail_violations_dashboard

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


from ..models.guardrail_violations_by_collection import GuardrailViolationsByCollection  # noqa: E402
from ..models.guardrail_violations_by_type import GuardrailViolationsByType  # noqa: E402
from ..models.guardrail_violations_by_user import GuardrailViolationsByUser  # noqa: E402
from ..models.guardrail_violations_daily_trend import GuardrailViolationsDailyTrend  # noqa: E402
