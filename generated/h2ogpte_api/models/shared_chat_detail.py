from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.shared_chat_detail_messages_item import SharedChatDetailMessagesItem


T = TypeVar("T", bound="SharedChatDetail")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "is_frozen",
        "is_private",
        "includes_artifacts",
        "messages",
        "name",
        "shared_at",
        "shared_by",
    )
)


@_attrs_define
class SharedChatDetail:
    """
    Attributes:
        is_frozen (bool): Whether the shared chat is a frozen snapshot.
        is_private (bool): Whether the shared chat requires authentication.
        includes_artifacts (bool): Whether file artifacts are included.
        messages (list[SharedChatDetailMessagesItem]): Chat messages in the shared chat.
        name (str | Unset): Name of the shared chat.
        shared_at (str | Unset): When the chat was shared.
        shared_by (str | Unset): Username of the person who shared the chat.
    """

    is_frozen: bool
    is_private: bool
    includes_artifacts: bool
    messages: list[SharedChatDetailMessagesItem]
    name: str | Unset = UNSET
    shared_at: str | Unset = UNSET
    shared_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        is_frozen = self.is_frozen

        is_private = self.is_private

        includes_artifacts = self.includes_artifacts

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        name = self.name

        shared_at = self.shared_at

        shared_by = self.shared_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_frozen": is_frozen,
                "is_private": is_private,
                "includes_artifacts": includes_artifacts,
                "messages": messages,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if shared_at is not UNSET:
            field_dict["shared_at"] = shared_at
        if shared_by is not UNSET:
            field_dict["shared_by"] = shared_by

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
            check_value(src_dict, "SharedChatDetail", "object")
        is_frozen = src_dict["is_frozen"]
        if is_frozen.__class__ is not bool:
            check_value(is_frozen, "SharedChatDetail.is_frozen", "boolean")

        is_private = src_dict["is_private"]
        if is_private.__class__ is not bool:
            check_value(is_private, "SharedChatDetail.is_private", "boolean")

        includes_artifacts = src_dict["includes_artifacts"]
        if includes_artifacts.__class__ is not bool:
            check_value(
                includes_artifacts, "SharedChatDetail.includes_artifacts", "boolean"
            )

        _messages = src_dict["messages"]
        if _messages.__class__ is not list:
            check_value(_messages, "SharedChatDetail.messages", "array")
        messages = list(map(SharedChatDetailMessagesItem.from_dict, _messages))

        if len(src_dict) == 4:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                is_frozen,
                is_private,
                includes_artifacts,
                messages,
            )

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "SharedChatDetail.name", "string")

        shared_at = _src_get("shared_at", UNSET)
        if shared_at.__class__ is not str and shared_at is not UNSET:
            if shared_at is None:
                shared_at = UNSET
            else:
                check_value(shared_at, "SharedChatDetail.shared_at", "string")

        shared_by = _src_get("shared_by", UNSET)
        if shared_by.__class__ is not str and shared_by is not UNSET:
            if shared_by is None:
                shared_by = UNSET
            else:
                check_value(shared_by, "SharedChatDetail.shared_by", "string")

        shared_chat_detail = cls(
            is_frozen,
            is_private,
            includes_artifacts,
            messages,
            name,
            shared_at,
            shared_by,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            shared_chat_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return shared_chat_detail

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


from ..models.shared_chat_detail_messages_item import SharedChatDetailMessagesItem  # noqa: E402
