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

T = TypeVar("T", bound="ShareChatRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "chat_session_id",
        "is_private",
        "is_frozen",
        "includes_artifacts",
    )
)


@_attrs_define
class ShareChatRequest:
    """
    Attributes:
        chat_session_id (str): ID of the chat session to share.
        is_private (bool | Unset): Whether the shared chat requires authentication to view. Default: False.
        is_frozen (bool | Unset): Whether to capture a snapshot of the chat at share time. Default: True.
        includes_artifacts (bool | Unset): Whether to include file artifacts in the shared chat. Default: False.
    """

    chat_session_id: str
    is_private: bool | Unset = UNSET
    is_frozen: bool | Unset = UNSET
    includes_artifacts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        chat_session_id = self.chat_session_id

        is_private = self.is_private

        is_frozen = self.is_frozen

        includes_artifacts = self.includes_artifacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_session_id": chat_session_id,
            }
        )
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if includes_artifacts is not UNSET:
            field_dict["includes_artifacts"] = includes_artifacts

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
            check_value(src_dict, "ShareChatRequest", "object")
        chat_session_id = src_dict["chat_session_id"]
        if chat_session_id.__class__ is not str:
            check_value(chat_session_id, "ShareChatRequest.chat_session_id", "string")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                chat_session_id,
            )

        _src_get = src_dict.get
        is_private = _src_get("is_private", UNSET)
        if is_private.__class__ is not bool and is_private is not UNSET:
            if is_private is None:
                is_private = UNSET
            else:
                check_value(is_private, "ShareChatRequest.is_private", "boolean")

        is_frozen = _src_get("is_frozen", UNSET)
        if is_frozen.__class__ is not bool and is_frozen is not UNSET:
            if is_frozen is None:
                is_frozen = UNSET
            else:
                check_value(is_frozen, "ShareChatRequest.is_frozen", "boolean")

        includes_artifacts = _src_get("includes_artifacts", UNSET)
        if includes_artifacts.__class__ is not bool and includes_artifacts is not UNSET:
            if includes_artifacts is None:
                includes_artifacts = UNSET
            else:
                check_value(
                    includes_artifacts, "ShareChatRequest.includes_artifacts", "boolean"
                )

        share_chat_request = cls(
            chat_session_id,
            is_private,
            is_frozen,
            includes_artifacts,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            share_chat_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return share_chat_request

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
