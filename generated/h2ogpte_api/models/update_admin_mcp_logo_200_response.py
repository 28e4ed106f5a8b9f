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

T = TypeVar("T", bound="UpdateAdminMcpLogo200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "message",
        "logo_url",
    )
)


@_attrs_define
class UpdateAdminMcpLogo200Response:
    """
    Attributes:
        message (str | Unset): Success message
        logo_url (str | Unset): URL of the uploaded logo
    """

    message: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        logo_url = self.logo_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url

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
            check_value(src_dict, "UpdateAdminMcpLogo200Response", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        message = _src_get("message", UNSET)
        if message.__class__ is not str and message is not UNSET:
            if message is None:
                message = UNSET
            else:
                check_value(message, "UpdateAdminMcpLogo200Response.message", "string")

        logo_url = _src_get("logo_url", UNSET)
        if logo_url.__class__ is not str and logo_url is not UNSET:
            if logo_url is None:
                logo_url = UNSET
            else:
                check_value(
                    logo_url, "UpdateAdminMcpLogo200Response.logo_url", "string"
                )

        update_admin_mcp_logo_200_response = cls(
            message,
            logo_url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            update_admin_mcp_logo_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return update_admin_mcp_logo_200_response

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
