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
    invalid,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.memory_block import MemoryBlock


T = TypeVar("T", bound="DefaultMemoryBlocksByScope")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "llm",
        "agent",
    )
)


@_attrs_define
class DefaultMemoryBlocksByScope:
    """
    Attributes:
        llm (MemoryBlock | None | Unset):
        agent (MemoryBlock | None | Unset):
    """

    llm: MemoryBlock | None | Unset = UNSET
    agent: MemoryBlock | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        llm: dict[str, Any] | None | Unset
        if isinstance(self.llm, Unset):
            llm = UNSET
        elif isinstance(self.llm, MemoryBlock):
            llm = self.llm.to_dict()
        else:
            llm = self.llm

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, MemoryBlock):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm is not UNSET:
            field_dict["llm"] = llm
        if agent is not UNSET:
            field_dict["agent"] = agent

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
            check_value(src_dict, "DefaultMemoryBlocksByScope", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get

        def _parse_llm(data: object) -> MemoryBlock | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise invalid(
                    data, "DefaultMemoryBlocksByScope.llm", "null or an object"
                )
            llm_type_1 = MemoryBlock.from_dict(data)

            return llm_type_1

        llm = _parse_llm(_src_get("llm", UNSET))

        def _parse_agent(data: object) -> MemoryBlock | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise invalid(
                    data, "DefaultMemoryBlocksByScope.agent", "null or an object"
                )
            agent_type_1 = MemoryBlock.from_dict(data)

            return agent_type_1

        agent = _parse_agent(_src_get("agent", UNSET))

        default_memory_blocks_by_scope = cls(
            llm,
            agent,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            default_memory_blocks_by_scope.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return default_memory_blocks_by_scope

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
