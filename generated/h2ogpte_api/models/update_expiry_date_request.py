from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    invalid,
    model_repr,
)

T = TypeVar("T", bound="UpdateExpiryDateRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "expiry_date",
        "timezone",
    )
)


@_attrs_define
class UpdateExpiryDateRequest:
    """
    Attributes:
        expiry_date (datetime.date): The expiry date.
        timezone (str | Unset): Optional timezone to associate with the expiry date (with IANA timezone support).
    """

    expiry_date: datetime.date
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expiry_date = self.expiry_date.isoformat()

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiry_date": expiry_date,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

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
            check_value(src_dict, "UpdateExpiryDateRequest", "object")
        _expiry_date = src_dict["expiry_date"]
        try:
            expiry_date = datetime.date.fromisoformat(_expiry_date)
        except (TypeError, ValueError):
            raise invalid(
                _expiry_date, "UpdateExpiryDateRequest.expiry_date", "a date string"
            ) from None

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                expiry_date,
            )

        _src_get = src_dict.get
        timezone = _src_get("timezone", UNSET)
        if timezone.__class__ is not str and timezone is not UNSET:
            if timezone is None:
                timezone = UNSET
            else:
                check_value(timezone, "UpdateExpiryDateRequest.timezone", "string")

        update_expiry_date_request = cls(
            expiry_date,
            timezone,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            update_expiry_date_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return update_expiry_date_request

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
