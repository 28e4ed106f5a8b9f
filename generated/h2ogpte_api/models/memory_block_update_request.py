from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_block_update_request_access_mode import (
    MEMORY_BLOCK_UPDATE_REQUEST_ACCESS_MODE_VALUES,
    MemoryBlockUpdateRequestAccessMode,
)
from ..models.memory_block_update_request_injection_mode import (
    MEMORY_BLOCK_UPDATE_REQUEST_INJECTION_MODE_VALUES,
    MemoryBlockUpdateRequestInjectionMode,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

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
        injection_mode (MemoryBlockUpdateRequestInjectionMode | UnknownEnumValue | Unset): Where memory content is
            injected. 'system_prompt' adds it to the LLM system prompt; 'user_instruction' prepends it to the user message;
            'agent_file' makes it only available as AGENTS.md in agent mode; 'agent_tool' exposes content lazily via the
            read_memory_block / update_memory_block tools (no pre-injection).
        access_mode (MemoryBlockUpdateRequestAccessMode | UnknownEnumValue | Unset): Controls whether the LLM/agent can
            read the memory, write to it, or both.
        max_content_length (int | Unset): Maximum number of characters allowed in memory content. Set to 0 for
            unlimited.
    """

    name: str | Unset = UNSET
    content: str | Unset = UNSET
    system_prompt_amendment: str | Unset = UNSET
    injection_mode: MemoryBlockUpdateRequestInjectionMode | UnknownEnumValue | Unset = (
        UNSET
    )
    access_mode: MemoryBlockUpdateRequestAccessMode | UnknownEnumValue | Unset = UNSET
    max_content_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
            check_value(src_dict, "MemoryBlockUpdateRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "MemoryBlockUpdateRequest.name", "string")

        content = _src_get("content", UNSET)
        if content.__class__ is not str and content is not UNSET:
            if content is None:
                content = UNSET
            else:
                check_value(content, "MemoryBlockUpdateRequest.content", "string")

        system_prompt_amendment = _src_get("system_prompt_amendment", UNSET)
        if (
            system_prompt_amendment.__class__ is not str
            and system_prompt_amendment is not UNSET
        ):
            if system_prompt_amendment is None:
                system_prompt_amendment = UNSET
            else:
                check_value(
                    system_prompt_amendment,
                    "MemoryBlockUpdateRequest.system_prompt_amendment",
                    "string",
                )

        injection_mode = _src_get("injection_mode", UNSET)
        if (
            injection_mode.__class__ is not str
            or injection_mode not in MEMORY_BLOCK_UPDATE_REQUEST_INJECTION_MODE_VALUES
        ) and injection_mode is not UNSET:
            if injection_mode is None:
                injection_mode = UNSET
            else:
                injection_mode = open_enum(
                    injection_mode,
                    "MemoryBlockUpdateRequest.injection_mode",
                    MEMORY_BLOCK_UPDATE_REQUEST_INJECTION_MODE_VALUES,
                )

        access_mode = _src_get("access_mode", UNSET)
        if (
            access_mode.__class__ is not str
            or access_mode not in MEMORY_BLOCK_UPDATE_REQUEST_ACCESS_MODE_VALUES
        ) and access_mode is not UNSET:
            if access_mode is None:
                access_mode = UNSET
            else:
                access_mode = open_enum(
                    access_mode,
                    "MemoryBlockUpdateRequest.access_mode",
                    MEMORY_BLOCK_UPDATE_REQUEST_ACCESS_MODE_VALUES,
                )

        max_content_length = _src_get("max_content_length", UNSET)
        if max_content_length.__class__ is not int and max_content_length is not UNSET:
            if max_content_length is None:
                max_content_length = UNSET
            else:
                check_value(
                    max_content_length,
                    "MemoryBlockUpdateRequest.max_content_length",
                    "integer",
                )

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
