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

T = TypeVar("T", bound="ChatCompletionDelta")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "body",
        "finished",
        "message_id",
    )
)


@_attrs_define
class ChatCompletionDelta:
    """
    Attributes:
        body (str):
        finished (bool):
        message_id (str | Unset): Id of the chat completion message. The attribute is populated only in the last message
            (`finished==True`).
    """

    body: str
    finished: bool
    message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        finished = self.finished

        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "finished": finished,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id

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
            check_value(src_dict, "ChatCompletionDelta", "object")
        body = src_dict["body"]
        if body.__class__ is not str:
            check_value(body, "ChatCompletionDelta.body", "string")

        finished = src_dict["finished"]
        if finished.__class__ is not bool:
            check_value(finished, "ChatCompletionDelta.finished", "boolean")

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                body,
                finished,
            )

        _src_get = src_dict.get
        message_id = _src_get("message_id", UNSET)
        if message_id.__class__ is not str and message_id is not UNSET:
            if message_id is None:
                message_id = UNSET
            else:
                check_value(message_id, "ChatCompletionDelta.message_id", "string")

        chat_completion_delta = cls(
            body,
            finished,
            message_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            chat_completion_delta.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_completion_delta

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
