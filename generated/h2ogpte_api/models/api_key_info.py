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
    parse_datetime,
)

T = TypeVar("T", bound="APIKeyInfo")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "username",
        "name",
        "hint",
        "created_at",
        "total_calls",
        "is_active",
        "is_global_key",
        "expires_at",
        "last_used_at",
        "inactivity_interval",
        "collection_name",
        "collection_id",
    )
)


@_attrs_define
class APIKeyInfo:
    """
    Attributes:
        id (str): The unique identifier of the API key
        username (str): The username of the user this key belongs to
        name (str): The name of the API key
        hint (str): Hint for the secret key of the API key
        created_at (datetime.datetime): The date and time of when the API key was created
        total_calls (int): Number of times this API key has been used
        is_active (bool): Status denoting if the API key is active or not
        is_global_key (bool): Status denoting if the API key is global or collection specific
        expires_at (datetime.datetime | Unset): The date and time of the API key expiration
        last_used_at (datetime.datetime | Unset): The date and time of the most recent API call using this key
        inactivity_interval (int | Unset): The number of days this API key can be inactive for before becoming invalid
        collection_name (str | Unset): The name of the collection associated with the API key (if it has been configured
            to a collection)
        collection_id (str | Unset): The id of the collection associated with the API key (if it has been configured to
            a collection)
    """

    id: str
    username: str
    name: str
    hint: str
    created_at: datetime.datetime
    total_calls: int
    is_active: bool
    is_global_key: bool
    expires_at: datetime.datetime | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    inactivity_interval: int | Unset = UNSET
    collection_name: str | Unset = UNSET
    collection_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        name = self.name

        hint = self.hint

        created_at = self.created_at.isoformat()

        total_calls = self.total_calls

        is_active = self.is_active

        is_global_key = self.is_global_key

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        inactivity_interval = self.inactivity_interval

        collection_name = self.collection_name

        collection_id = self.collection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "name": name,
                "hint": hint,
                "created_at": created_at,
                "total_calls": total_calls,
                "is_active": is_active,
                "is_global_key": is_global_key,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if inactivity_interval is not UNSET:
            field_dict["inactivity_interval"] = inactivity_interval
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id

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
            check_value(src_dict, "APIKeyInfo", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "APIKeyInfo.id", "string")

        username = src_dict["username"]
        if username.__class__ is not str:
            check_value(username, "APIKeyInfo.username", "string")

        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "APIKeyInfo.name", "string")

        hint = src_dict["hint"]
        if hint.__class__ is not str:
            check_value(hint, "APIKeyInfo.hint", "string")

        _created_at = src_dict["created_at"]
        try:
            created_at = parse_datetime(_created_at)
        except (TypeError, ValueError):
            raise invalid(
                _created_at, "APIKeyInfo.created_at", "a date-time string"
            ) from None

        total_calls = src_dict["total_calls"]
        if total_calls.__class__ is not int:
            check_value(total_calls, "APIKeyInfo.total_calls", "integer")

        is_active = src_dict["is_active"]
        if is_active.__class__ is not bool:
            check_value(is_active, "APIKeyInfo.is_active", "boolean")

        is_global_key = src_dict["is_global_key"]
        if is_global_key.__class__ is not bool:
            check_value(is_global_key, "APIKeyInfo.is_global_key", "boolean")

        if len(src_dict) == 8:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                username,
                name,
                hint,
                created_at,
                total_calls,
                is_active,
                is_global_key,
            )

        _src_get = src_dict.get
        _expires_at = _src_get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = _expires_at
        elif _expires_at is None:
            expires_at = UNSET
        else:
            try:
                expires_at = parse_datetime(_expires_at)
            except (TypeError, ValueError):
                raise invalid(
                    _expires_at, "APIKeyInfo.expires_at", "a date-time string"
                ) from None

        _last_used_at = _src_get("last_used_at", UNSET)
        last_used_at: datetime.datetime | Unset
        if _last_used_at is UNSET:
            last_used_at = _last_used_at
        elif _last_used_at is None:
            last_used_at = UNSET
        else:
            try:
                last_used_at = parse_datetime(_last_used_at)
            except (TypeError, ValueError):
                raise invalid(
                    _last_used_at, "APIKeyInfo.last_used_at", "a date-time string"
                ) from None

        inactivity_interval = _src_get("inactivity_interval", UNSET)
        if (
            inactivity_interval.__class__ is not int
            and inactivity_interval is not UNSET
        ):
            if inactivity_interval is None:
                inactivity_interval = UNSET
            else:
                check_value(
                    inactivity_interval, "APIKeyInfo.inactivity_interval", "integer"
                )

        collection_name = _src_get("collection_name", UNSET)
        if collection_name.__class__ is not str and collection_name is not UNSET:
            if collection_name is None:
                collection_name = UNSET
            else:
                check_value(collection_name, "APIKeyInfo.collection_name", "string")

        collection_id = _src_get("collection_id", UNSET)
        if collection_id.__class__ is not str and collection_id is not UNSET:
            if collection_id is None:
                collection_id = UNSET
            else:
                check_value(collection_id, "APIKeyInfo.collection_id", "string")

        api_key_info = cls(
            id,
            username,
            name,
            hint,
            created_at,
            total_calls,
            is_active,
            is_global_key,
            expires_at,
            last_used_at,
            inactivity_interval,
            collection_name,
            collection_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            api_key_info.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return api_key_info

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
