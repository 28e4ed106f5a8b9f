from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_block_update_request_access_mode import (
    MemoryBlockUpdateRequestAccessMode,
    check_memory_block_update_request_access_mode,
)
from ..models.memory_block_update_request_injection_mode import (
    MemoryBlockUpdateRequestInjectionMode,
    check_memory_block_update_request_injection_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryBlockUpdateRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "content",
        "system_prompt_amendment",
        "injection_mode",
        "access_mode",
        "max_content_length",
    )
)


@_attrs_define
class MemoryBlockUpdateRequest:
    """
    Attributes:
        name (str | Unset): New name for the memory block.
        content (str | Unset): Updated content of the memory block.
        system_prompt_amendment (str | Unset): Updated system prompt amendment.
        injection_mode (MemoryBlockUpdateRequestInjectionMode | Unset): Where memory content is injected.
            'system_prompt' adds it to the LLM system prompt; 'user_instruction' prepends it to the user message;
            'agent_file' makes it only available as AGENTS.md in agent mode; 'agent_tool' exposes content lazily via the
            read_memory_block / update_memory_block tools (no pre-injection).
        access_mode (MemoryBlockUpdateRequestAccessMode | Unset): Controls whether the LLM/agent can read the memory,
            write to it, or both.
        max_content_length (int | Unset): Maximum number of characters allowed in memory content. Set to 0 for
            unlimited.
    """

    name: str | Unset = UNSET
    content: str | Unset = UNSET
    system_prompt_amendment: str | Unset = UNSET
    injection_mode: MemoryBlockUpdateRequestInjectionMode | Unset = UNSET
    access_mode: MemoryBlockUpdateRequestAccessMode | Unset = UNSET
    max_content_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        system_prompt_amendment = self.system_prompt_amendment

        injection_mode: str | Unset = UNSET
        if not isinstance(self.injection_mode, Unset):
            injection_mode = self.injection_mode

        access_mode: str | Unset = UNSET
        if not isinstance(self.access_mode, Unset):
            access_mode = self.access_mode

        max_content_length = self.max_content_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if system_prompt_amendment is not UNSET:
            field_dict["system_prompt_amendment"] = system_prompt_amendment
        if injection_mode is not UNSET:
            field_dict["injection_mode"] = injection_mode
        if access_mode is not UNSET:
            field_dict["access_mode"] = access_mode
        if max_content_length is not UNSET:
            field_dict["max_content_length"] = max_content_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        name = _src_get("name", UNSET)

        content = _src_get("content", UNSET)

        system_prompt_amendment = _src_get("system_prompt_amendment", UNSET)

        _injection_mode = _src_get("injection_mode", UNSET)
        injection_mode: MemoryBlockUpdateRequestInjectionMode | Unset
        if _injection_mode is UNSET:
            injection_mode = UNSET
        else:
            injection_mode = check_memory_block_update_request_injection_mode(
                _injection_mode
            )

        _access_mode = _src_get("access_mode", UNSET)
        access_mode: MemoryBlockUpdateRequestAccessMode | Unset
        if _access_mode is UNSET:
            access_mode = UNSET
        else:
            access_mode = check_memory_block_update_request_access_mode(_access_mode)

        max_content_length = _src_get("max_content_length", UNSET)

        memory_block_update_request = cls(
            name,
            content,
            system_prompt_amendment,
            injection_mode,
            access_mode,
            max_content_length,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            memory_block_update_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return memory_block_update_request

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
