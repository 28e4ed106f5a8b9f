from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="MemoryBlockPrivacyRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "is_public",
        "permissions",
    )
)


@_attrs_define
class MemoryBlockPrivacyRequest:
    """
    Attributes:
        is_public (bool): Whether the memory block should be public.
        permissions (list[str] | Unset): Public permission levels to grant when is_public is true (e.g.
            'h2ogpte/memory_block/edit'). Read access is always granted to a public memory block. Ignored when is_public is
            false. When omitted, edit access is granted by default; pass an explicit empty array to make the block public
            read-only.
    """

    is_public: bool
    permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        is_public = self.is_public

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_public": is_public,
            }
        )
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

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
            check_value(src_dict, "MemoryBlockPrivacyRequest", "object")
        is_public = src_dict["is_public"]
        if is_public.__class__ is not bool:
            check_value(is_public, "MemoryBlockPrivacyRequest.is_public", "boolean")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                is_public,
            )

        _src_get = src_dict.get
        permissions = cast(list[str] | Unset, _src_get("permissions", UNSET))
        if permissions is not UNSET and (
            permissions.__class__ is not list or permissions
        ):
            check_items(permissions, "MemoryBlockPrivacyRequest.permissions", "string")

        memory_block_privacy_request = cls(
            is_public,
            permissions,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            memory_block_privacy_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return memory_block_privacy_request

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
