from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.chat_message_meta import ChatMessageMeta


T = TypeVar("T", bound="ChatMessage")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "content",
        "votes",
        "created_at",
        "has_references",
        "total_references",
        "username",
        "reply_to",
        "error",
        "llm_args",
        "type_list",
    )
)


@_attrs_define
class ChatMessage:
    """
    Attributes:
        id (str):
        content (str):
        votes (int):
        created_at (datetime.datetime):
        has_references (bool):
        total_references (int):
        username (str | Unset):
        reply_to (str | Unset):
        error (str | Unset):
        llm_args (str | Unset): JSON-encoded LLM arguments (e.g. `{"use_agent": true}`) that were applied when the
            question was dispatched. Only populated on question messages (`reply_to` is null); reply messages have `llm_args
            = "null"` (literal string).
        type_list (list[ChatMessageMeta] | Unset):
    """

    id: str
    content: str
    votes: int
    created_at: datetime.datetime
    has_references: bool
    total_references: int
    username: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    error: str | Unset = UNSET
    llm_args: str | Unset = UNSET
    type_list: list[ChatMessageMeta] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        votes = self.votes

        created_at = self.created_at.isoformat()

        has_references = self.has_references

        total_references = self.total_references

        username = self.username

        reply_to = self.reply_to

        error = self.error

        llm_args = self.llm_args

        type_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.type_list, Unset):
            type_list = []
            for type_list_item_data in self.type_list:
                type_list_item = type_list_item_data.to_dict()
                type_list.append(type_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "votes": votes,
                "created_at": created_at,
                "has_references": has_references,
                "total_references": total_references,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if error is not UNSET:
            field_dict["error"] = error
        if llm_args is not UNSET:
            field_dict["llm_args"] = llm_args
        if type_list is not UNSET:
            field_dict["type_list"] = type_list

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
            check_value(src_dict, "ChatMessage", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "ChatMessage.id", "string")

        content = src_dict["content"]
        if content.__class__ is not str:
            check_value(content, "ChatMessage.content", "string")

        votes = src_dict["votes"]
        if votes.__class__ is not int:
            check_value(votes, "ChatMessage.votes", "integer")

        _created_at = src_dict["created_at"]
        try:
            created_at = parse_datetime(_created_at)
        except (TypeError, ValueError):
            raise invalid(
                _created_at, "ChatMessage.created_at", "a date-time string"
            ) from None

        has_references = src_dict["has_references"]
        if has_references.__class__ is not bool:
            check_value(has_references, "ChatMessage.has_references", "boolean")

        total_references = src_dict["total_references"]
        if total_references.__class__ is not int:
            check_value(total_references, "ChatMessage.total_references", "integer")

        if len(src_dict) == 6:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                content,
                votes,
                created_at,
                has_references,
                total_references,
            )

        _src_get = src_dict.get
        username = _src_get("username", UNSET)
        if username.__class__ is not str and username is not UNSET:
            if username is None:
                username = UNSET
            else:
                check_value(username, "ChatMessage.username", "string")

        reply_to = _src_get("reply_to", UNSET)
        if reply_to.__class__ is not str and reply_to is not UNSET:
            if reply_to is None:
                reply_to = UNSET
            else:
                check_value(reply_to, "ChatMessage.reply_to", "string")

        error = _src_get("error", UNSET)
        if error.__class__ is not str and error is not UNSET:
            if error is None:
                error = UNSET
            else:
                check_value(error, "ChatMessage.error", "string")

        llm_args = _src_get("llm_args", UNSET)
        if llm_args.__class__ is not str and llm_args is not UNSET:
            if llm_args is None:
                llm_args = UNSET
            else:
                check_value(llm_args, "ChatMessage.llm_args", "string")

        _type_list = _src_get("type_list", UNSET)
        type_list: list[ChatMessageMeta] | Unset = UNSET
        if _type_list is not UNSET:
            if _type_list.__class__ is not list:
                check_value(_type_list, "ChatMessage.type_list", "array")
            type_list = []
            for type_list_item_data in _type_list:
                type_list_item = ChatMessageMeta.from_dict(type_list_item_data)

                type_list.append(type_list_item)

        chat_message = cls(
            id,
            content,
            votes,
            created_at,
            has_references,
            total_references,
            username,
            reply_to,
            error,
            llm_args,
            type_list,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            chat_message.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_message

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


from ..models.chat_message_meta import ChatMessageMeta  # noqa: E402
