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

T = TypeVar("T", bound="AzureCredentials")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "account_key",
        "sas_token",
    )
)


@_attrs_define
class AzureCredentials:
    """The object with Azure credentials. If container is private, set either `account_key` or `sas_token`.

    Attributes:
        account_key (str | Unset):
        sas_token (str | Unset):
    """

    account_key: str | Unset = UNSET
    sas_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_key = self.account_key

        sas_token = self.sas_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_key is not UNSET:
            field_dict["account_key"] = account_key
        if sas_token is not UNSET:
            field_dict["sas_token"] = sas_token

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
            check_value(src_dict, "AzureCredentials", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        account_key = _src_get("account_key", UNSET)
        if account_key.__class__ is not str and account_key is not UNSET:
            if account_key is None:
                account_key = UNSET
            else:
                check_value(account_key, "AzureCredentials.account_key", "string")

        sas_token = _src_get("sas_token", UNSET)
        if sas_token.__class__ is not str and sas_token is not UNSET:
            if sas_token is None:
                sas_token = UNSET
            else:
                check_value(sas_token, "AzureCredentials.sas_token", "string")

        azure_credentials = cls(
            account_key,
            sas_token,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            azure_credentials.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return azure_credentials

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
