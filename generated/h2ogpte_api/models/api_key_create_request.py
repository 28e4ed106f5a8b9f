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

T = TypeVar("T", bound="APIKeyCreateRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "user_id",
        "name",
        "collection_id",
        "expires_in",
        "inactivity_interval",
    )
)


@_attrs_define
class APIKeyCreateRequest:
    """
    Attributes:
        user_id (str): Id of the user the key will be created for
        name (str | Unset): The name for the API key
        collection_id (str | Unset): The id of the collection you want the key to be configured to
        expires_in (str | Unset): Interval of when the API key should expire
        inactivity_interval (int | Unset): The number of days a key can be unused for (no activity) before it becomes
            invalid.
    """

    user_id: str
    name: str | Unset = UNSET
    collection_id: str | Unset = UNSET
    expires_in: str | Unset = UNSET
    inactivity_interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name = self.name

        collection_id = self.collection_id

        expires_in = self.expires_in

        inactivity_interval = self.inactivity_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if inactivity_interval is not UNSET:
            field_dict["inactivity_interval"] = inactivity_interval

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
            check_value(src_dict, "APIKeyCreateRequest", "object")
        user_id = src_dict["user_id"]
        if user_id.__class__ is not str:
            check_value(user_id, "APIKeyCreateRequest.user_id", "string")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                user_id,
            )

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "APIKeyCreateRequest.name", "string")

        collection_id = _src_get("collection_id", UNSET)
        if collection_id.__class__ is not str and collection_id is not UNSET:
            if collection_id is None:
                collection_id = UNSET
            else:
                check_value(
                    collection_id, "APIKeyCreateRequest.collection_id", "string"
                )

        expires_in = _src_get("expires_in", UNSET)
        if expires_in.__class__ is not str and expires_in is not UNSET:
            if expires_in is None:
                expires_in = UNSET
            else:
                check_value(expires_in, "APIKeyCreateRequest.expires_in", "string")

        inactivity_interval = _src_get("inactivity_interval", UNSET)
        if (
            inactivity_interval.__class__ is not int
            and inactivity_interval is not UNSET
        ):
            if inactivity_interval is None:
                inactivity_interval = UNSET
            else:
                check_value(
                    inactivity_interval,
                    "APIKeyCreateRequest.inactivity_interval",
                    "integer",
                )

        api_key_create_request = cls(
            user_id,
            name,
            collection_id,
            expires_in,
            inactivity_interval,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            api_key_create_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return api_key_create_request

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
