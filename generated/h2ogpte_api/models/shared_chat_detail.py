from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shared_chat_detail_messages_item import SharedChatDetailMessagesItem


T = TypeVar("T", bound="SharedChatDetail")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        is_frozen = pop("is_frozen")

        is_private = pop("is_private")

        includes_artifacts = pop("includes_artifacts")

        messages = [
            SharedChatDetailMessagesItem.from_dict(messages_item_data)
            for messages_item_data in pop("messages")
        ]

        name = pop("name", UNSET)

        shared_at = pop("shared_at", UNSET)

        shared_by = pop("shared_by", UNSET)

        shared_chat_detail = cls(
            is_frozen,
            is_private,
            includes_artifacts,
            messages,
            name,
            shared_at,
            shared_by,
        )

        shared_chat_detail.additional_properties = d
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
