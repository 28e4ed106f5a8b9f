from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_session_item_transport import (
    ADMIN_SESSION_ITEM_TRANSPORT_VALUES,
    AdminSessionItemTransport,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    invalid,
    model_repr,
    open_enum,
    parse_datetime,
)

T = TypeVar("T", bound="AdminSessionItem")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "session_id",
        "user_id",
        "username",
        "transport",
        "is_anonymous",
        "expires_in_seconds",
        "subject",
        "expires_at",
    )
)


@_attrs_define
class AdminSessionItem:
    """
    Attributes:
        session_id (str): Unique identifier of the session.
        user_id (str): ID of the user the session belongs to.
        username (str): Username of the user the session belongs to.
        transport (AdminSessionItemTransport | UnknownEnumValue): How the session authenticated. One of `keycloak`,
            `anonymous`, `spoof`, or `unknown`.
        is_anonymous (bool): True if the session is for a guest / anonymous user.
        expires_in_seconds (int): Remaining Redis TTL on the session key, in seconds.
        subject (str | Unset): OIDC subject claim for the user (when known).
        expires_at (datetime.datetime | Unset): Access-token expiry from the underlying OAuth2 token. Zero for anonymous
            or spoofed sessions.
    """

    session_id: str
    user_id: str
    username: str
    transport: AdminSessionItemTransport | UnknownEnumValue
    is_anonymous: bool
    expires_in_seconds: int
    subject: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        user_id = self.user_id

        username = self.username

        transport: str = self.transport

        is_anonymous = self.is_anonymous

        expires_in_seconds = self.expires_in_seconds

        subject = self.subject

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "user_id": user_id,
                "username": username,
                "transport": transport,
                "is_anonymous": is_anonymous,
                "expires_in_seconds": expires_in_seconds,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
            check_value(src_dict, "AdminSessionItem", "object")
        session_id = src_dict["session_id"]
        if session_id.__class__ is not str:
            check_value(session_id, "AdminSessionItem.session_id", "string")

        user_id = src_dict["user_id"]
        if user_id.__class__ is not str:
            check_value(user_id, "AdminSessionItem.user_id", "string")

        username = src_dict["username"]
        if username.__class__ is not str:
            check_value(username, "AdminSessionItem.username", "string")

        transport = src_dict["transport"]
        if (
            transport.__class__ is not str
            or transport not in ADMIN_SESSION_ITEM_TRANSPORT_VALUES
        ):
            transport = open_enum(
                transport,
                "AdminSessionItem.transport",
                ADMIN_SESSION_ITEM_TRANSPORT_VALUES,
            )

        is_anonymous = src_dict["is_anonymous"]
        if is_anonymous.__class__ is not bool:
            check_value(is_anonymous, "AdminSessionItem.is_anonymous", "boolean")

        expires_in_seconds = src_dict["expires_in_seconds"]
        if expires_in_seconds.__class__ is not int:
            check_value(
                expires_in_seconds, "AdminSessionItem.expires_in_seconds", "integer"
            )

        if len(src_dict) == 6:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                session_id,
                user_id,
                username,
                transport,
                is_anonymous,
                expires_in_seconds,
            )

        _src_get = src_dict.get
        subject = _src_get("subject", UNSET)
        if subject.__class__ is not str and subject is not UNSET:
            if subject is None:
                subject = UNSET
            else:
                check_value(subject, "AdminSessionItem.subject", "string")

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
                    _expires_at, "AdminSessionItem.expires_at", "a date-time string"
                ) from None

        admin_session_item = cls(
            session_id,
            user_id,
            username,
            transport,
            is_anonymous,
            expires_in_seconds,
            subject,
            expires_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            admin_session_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return admin_session_item

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
