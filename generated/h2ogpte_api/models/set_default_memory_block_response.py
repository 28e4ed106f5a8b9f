from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_default_memory_block_response_scope import (
    SET_DEFAULT_MEMORY_BLOCK_RESPONSE_SCOPE_VALUES,
    SetDefaultMemoryBlockResponseScope,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    invalid,
    model_repr,
    open_enum,
)

if TYPE_CHECKING:
    from ..models.memory_block import MemoryBlock


T = TypeVar("T", bound="SetDefaultMemoryBlockResponse")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "scope",
        "memory_block",
    )
)


@_attrs_define
class SetDefaultMemoryBlockResponse:
    """
    Attributes:
        scope (SetDefaultMemoryBlockResponseScope | UnknownEnumValue | Unset):
        memory_block (MemoryBlock | None | Unset):
    """

    scope: SetDefaultMemoryBlockResponseScope | UnknownEnumValue | Unset = UNSET
    memory_block: MemoryBlock | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        memory_block: dict[str, Any] | None | Unset
        if isinstance(self.memory_block, Unset):
            memory_block = UNSET
        elif isinstance(self.memory_block, MemoryBlock):
            memory_block = self.memory_block.to_dict()
        else:
            memory_block = self.memory_block

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope
        if memory_block is not UNSET:
            field_dict["memory_block"] = memory_block

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
            check_value(src_dict, "SetDefaultMemoryBlockResponse", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        scope = _src_get("scope", UNSET)
        if (
            scope.__class__ is not str
            or scope not in SET_DEFAULT_MEMORY_BLOCK_RESPONSE_SCOPE_VALUES
        ) and scope is not UNSET:
            if scope is None:
                scope = UNSET
            else:
                scope = open_enum(
                    scope,
                    "SetDefaultMemoryBlockResponse.scope",
                    SET_DEFAULT_MEMORY_BLOCK_RESPONSE_SCOPE_VALUES,
                )

        def _parse_memory_block(data: object) -> MemoryBlock | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise invalid(
                    data,
                    "SetDefaultMemoryBlockResponse.memory_block",
                    "null or an object",
                )
            memory_block_type_1 = MemoryBlock.from_dict(data)

            return memory_block_type_1

        memory_block = _parse_memory_block(_src_get("memory_block", UNSET))

        set_default_memory_block_response = cls(
            scope,
            memory_block,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            set_default_memory_block_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return set_default_memory_block_response

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


from ..models.memory_block import MemoryBlock  # noqa: E402
