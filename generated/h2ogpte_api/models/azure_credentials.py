from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AzureCredentials")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        account_key = pop("account_key", UNSET)

        sas_token = pop("sas_token", UNSET)

        azure_credentials = cls(
            account_key,
            sas_token,
        )

        azure_credentials.additional_properties = d
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
