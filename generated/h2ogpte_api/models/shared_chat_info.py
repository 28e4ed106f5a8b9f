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

T = TypeVar("T", bound="SharedChatInfo")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "is_private",
        "is_frozen",
        "includes_artifacts",
        "created_at",
        "name",
        "chat_session_id",
        "showcase_id",
    )
)


@_attrs_define
class SharedChatInfo:
    """
    Attributes:
        id (str): Unique identifier of the shared chat.
        is_private (bool): Whether the shared chat requires authentication.
        is_frozen (bool): Whether the shared chat is a frozen snapshot.
        includes_artifacts (bool): Whether file artifacts are included.
        created_at (datetime.datetime): When the shared chat was created.
        name (str | Unset): Name of the shared chat.
        chat_session_id (str | Unset): ID of the source chat session.
        showcase_id (str | Unset): When set, this shared chat is currently featured on the public Showcase page; this is
            the id of the matching showcase entry.
    """

    id: str
    is_private: bool
    is_frozen: bool
    includes_artifacts: bool
    created_at: datetime.datetime
    name: str | Unset = UNSET
    chat_session_id: str | Unset = UNSET
    showcase_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_private = self.is_private

        is_frozen = self.is_frozen

        includes_artifacts = self.includes_artifacts

        created_at = self.created_at.isoformat()

        name = self.name

        chat_session_id = self.chat_session_id

        showcase_id = self.showcase_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_private": is_private,
                "is_frozen": is_frozen,
                "includes_artifacts": includes_artifacts,
                "created_at": created_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if chat_session_id is not UNSET:
            field_dict["chat_session_id"] = chat_session_id
        if showcase_id is not UNSET:
            field_dict["showcase_id"] = showcase_id

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
            check_value(src_dict, "SharedChatInfo", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "SharedChatInfo.id", "string")

        is_private = src_dict["is_private"]
        if is_private.__class__ is not bool:
            check_value(is_private, "SharedChatInfo.is_private", "boolean")

        is_frozen = src_dict["is_frozen"]
        if is_frozen.__class__ is not bool:
            check_value(is_frozen, "SharedChatInfo.is_frozen", "boolean")

        includes_artifacts = src_dict["includes_artifacts"]
        if includes_artifacts.__class__ is not bool:
            check_value(
                includes_artifacts, "SharedChatInfo.includes_artifacts", "boolean"
            )

        _created_at = src_dict["created_at"]
        try:
            created_at = parse_datetime(_created_at)
        except (TypeError, ValueError):
            raise invalid(
                _created_at, "SharedChatInfo.created_at", "a date-time string"
            ) from None

        if len(src_dict) == 5:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                is_private,
                is_frozen,
                includes_artifacts,
                created_at,
            )

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "SharedChatInfo.name", "string")

        chat_session_id = _src_get("chat_session_id", UNSET)
        if chat_session_id.__class__ is not str and chat_session_id is not UNSET:
            if chat_session_id is None:
                chat_session_id = UNSET
            else:
                check_value(chat_session_id, "SharedChatInfo.chat_session_id", "string")

        showcase_id = _src_get("showcase_id", UNSET)
        if showcase_id.__class__ is not str and showcase_id is not UNSET:
            if showcase_id is None:
                showcase_id = UNSET
            else:
                check_value(showcase_id, "SharedChatInfo.showcase_id", "string")

        shared_chat_info = cls(
            id,
            is_private,
            is_frozen,
            includes_artifacts,
            created_at,
            name,
            chat_session_id,
            showcase_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            shared_chat_info.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return shared_chat_info

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
