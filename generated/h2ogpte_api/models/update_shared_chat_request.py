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

T = TypeVar("T", bound="UpdateSharedChatRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "is_private",
        "includes_artifacts",
    )
)


@_attrs_define
class UpdateSharedChatRequest:
    """
    Attributes:
        is_private (bool | Unset): Whether the shared chat requires authentication.
        includes_artifacts (bool | Unset): Whether to include file artifacts.
    """

    is_private: bool | Unset = UNSET
    includes_artifacts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        is_private = self.is_private

        includes_artifacts = self.includes_artifacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
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
            check_value(src_dict, "UpdateSharedChatRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        is_private = _src_get("is_private", UNSET)
        if is_private.__class__ is not bool and is_private is not UNSET:
            if is_private is None:
                is_private = UNSET
            else:
                check_value(is_private, "UpdateSharedChatRequest.is_private", "boolean")

        includes_artifacts = _src_get("includes_artifacts", UNSET)
        if includes_artifacts.__class__ is not bool and includes_artifacts is not UNSET:
            if includes_artifacts is None:
                includes_artifacts = UNSET
            else:
                check_value(
                    includes_artifacts,
                    "UpdateSharedChatRequest.includes_artifacts",
                    "boolean",
                )

        update_shared_chat_request = cls(
            is_private,
            includes_artifacts,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            update_shared_chat_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return update_shared_chat_request

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
