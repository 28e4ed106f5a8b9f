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

T = TypeVar("T", bound="AdminCleanupChatSessionsRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "older_than_days",
        "force",
    )
)


@_attrs_define
class AdminCleanupChatSessionsRequest:
    """
    Attributes:
        older_than_days (int): Delete chat sessions older than this many days.
        force (bool | Unset): If true, also deletes sessions with keep_forever set. Default: False.
    """

    older_than_days: int
    force: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        older_than_days = self.older_than_days

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "older_than_days": older_than_days,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

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
            check_value(src_dict, "AdminCleanupChatSessionsRequest", "object")
        older_than_days = src_dict["older_than_days"]
        if older_than_days.__class__ is not int:
            check_value(
                older_than_days,
                "AdminCleanupChatSessionsRequest.older_than_days",
                "integer",
            )

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                older_than_days,
            )

        _src_get = src_dict.get
        force = _src_get("force", UNSET)
        if force.__class__ is not bool and force is not UNSET:
            if force is None:
                force = UNSET
            else:
                check_value(force, "AdminCleanupChatSessionsRequest.force", "boolean")

        admin_cleanup_chat_sessions_request = cls(
            older_than_days,
            force,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            admin_cleanup_chat_sessions_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return admin_cleanup_chat_sessions_request

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
