from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_default_memory_block_request_scope import (
    SET_DEFAULT_MEMORY_BLOCK_REQUEST_SCOPE_VALUES,
    SetDefaultMemoryBlockRequestScope,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

T = TypeVar("T", bound="SetDefaultMemoryBlockRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "scope",
        "memory_block_id",
    )
)


@_attrs_define
class SetDefaultMemoryBlockRequest:
    """
    Attributes:
        scope (SetDefaultMemoryBlockRequestScope | UnknownEnumValue): Which scope to set.
        memory_block_id (None | str | Unset): UUID of the memory block to set as default, or null to clear.
    """

    scope: SetDefaultMemoryBlockRequestScope | UnknownEnumValue
    memory_block_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        scope: str = self.scope

        memory_block_id: None | str | Unset
        if isinstance(self.memory_block_id, Unset):
            memory_block_id = UNSET
        else:
            memory_block_id = self.memory_block_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
            }
        )
        if memory_block_id is not UNSET:
            field_dict["memory_block_id"] = memory_block_id

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
            check_value(src_dict, "SetDefaultMemoryBlockRequest", "object")
        scope = src_dict["scope"]
        if (
            scope.__class__ is not str
            or scope not in SET_DEFAULT_MEMORY_BLOCK_REQUEST_SCOPE_VALUES
        ):
            scope = open_enum(
                scope,
                "SetDefaultMemoryBlockRequest.scope",
                SET_DEFAULT_MEMORY_BLOCK_REQUEST_SCOPE_VALUES,
            )

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                scope,
            )

        _src_get = src_dict.get
        memory_block_id = _src_get("memory_block_id", UNSET)
        if (
            memory_block_id.__class__ is not str
            and memory_block_id is not None
            and memory_block_id is not UNSET
        ):
            check_value(
                memory_block_id,
                "SetDefaultMemoryBlockRequest.memory_block_id",
                "string",
                "null",
            )

        set_default_memory_block_request = cls(
            scope,
            memory_block_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            set_default_memory_block_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return set_default_memory_block_request

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
