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

T = TypeVar("T", bound="EndpointError")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "error_type",
    )
)


@_attrs_define
class EndpointError:
    """
    Attributes:
        code (int): Error code
        message (str): Error message
        error_type (str | Unset): Optional machine-readable error category. For model-access failures: "model_access"
            (the model is genuinely unauthorized or unknown) vs "authorization_unavailable" (the grant lookup itself failed,
            e.g. a transient DB error). "authorization_unavailable" also accompanies a 503 or 500 whose identity lookup
            could not verify the caller's API key, as opposed to a 401, which means the key itself was rejected. Omitted for
            most errors.
    """

    code: int
    message: str
    error_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        error_type = self.error_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if error_type is not UNSET:
            field_dict["error_type"] = error_type

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
            check_value(src_dict, "EndpointError", "object")
        code = src_dict["code"]
        if code.__class__ is not int:
            check_value(code, "EndpointError.code", "integer")

        message = src_dict["message"]
        if message.__class__ is not str:
            check_value(message, "EndpointError.message", "string")

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                code,
                message,
            )

        _src_get = src_dict.get
        error_type = _src_get("error_type", UNSET)
        if error_type.__class__ is not str and error_type is not UNSET:
            if error_type is None:
                error_type = UNSET
            else:
                check_value(error_type, "EndpointError.error_type", "string")

        endpoint_error = cls(
            code,
            message,
            error_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            endpoint_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return endpoint_error

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
