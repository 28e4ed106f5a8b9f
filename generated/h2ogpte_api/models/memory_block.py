from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_block_access_mode import (
    MEMORY_BLOCK_ACCESS_MODE_VALUES,
    MemoryBlockAccessMode,
)
from ..models.memory_block_injection_mode import (
    MEMORY_BLOCK_INJECTION_MODE_VALUES,
    MemoryBlockInjectionMode,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    invalid,
    model_repr,
    open_enum,
    parse_datetime,
)

T = TypeVar("T", bound="MemoryBlock")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "content",
        "system_prompt_amendment",
        "injection_mode",
        "access_mode",
        "user_id",
        "created_at",
        "updated_at",
        "username",
        "is_public",
        "is_owner",
        "max_content_length",
        "is_auto",
        "user_count",
        "group_count",
    )
)


@_attrs_define
class MemoryBlock:
    """
    Attributes:
        id (str): Unique identifier of the memory block.
        name (str): Name of the memory block.
        content (str): Text content of the memory block.
        system_prompt_amendment (str): System prompt amendment for agent mode.
        injection_mode (MemoryBlockInjectionMode | UnknownEnumValue): Where memory content is injected. 'system_prompt'
            adds it to the LLM system prompt; 'user_instruction' prepends it to the user message; 'agent_file' makes it only
            available as AGENTS.md in agent mode; 'agent_tool' exposes content lazily via the read_memory_block /
            update_memory_block tools (no pre-injection).
        access_mode (MemoryBlockAccessMode | UnknownEnumValue): Controls whether the LLM/agent can read the memory,
            write to it, or both.
        user_id (str): ID of the user who owns the memory block.
        created_at (datetime.datetime): When the memory block was created.
        updated_at (datetime.datetime): When the memory block was last updated.
        username (str | Unset): Username of the owner.
        is_public (bool | Unset): Whether the memory block is publicly accessible.
        is_owner (bool | Unset): Whether the current user is the owner.
        max_content_length (int | Unset): Maximum number of characters allowed in memory content. 0 means unlimited.
        is_auto (bool | Unset): Whether this memory block was auto-created by the system for an AI assistant or chat
            session.
        user_count (int | Unset): The number of users the memory block has been directly shared with (excludes the
            owner).
        group_count (int | Unset): The number of groups the memory block has been shared with.
    """

    id: str
    name: str
    content: str
    system_prompt_amendment: str
    injection_mode: MemoryBlockInjectionMode | UnknownEnumValue
    access_mode: MemoryBlockAccessMode | UnknownEnumValue
    user_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    username: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    is_owner: bool | Unset = UNSET
    max_content_length: int | Unset = UNSET
    is_auto: bool | Unset = UNSET
    user_count: int | Unset = UNSET
    group_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        content = self.content

        system_prompt_amendment = self.system_prompt_amendment

        injection_mode: str = self.injection_mode

        access_mode: str = self.access_mode

        user_id = self.user_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        username = self.username

        is_public = self.is_public

        is_owner = self.is_owner

        max_content_length = self.max_content_length

        is_auto = self.is_auto

        user_count = self.user_count

        group_count = self.group_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "content": content,
                "system_prompt_amendment": system_prompt_amendment,
                "injection_mode": injection_mode,
                "access_mode": access_mode,
                "user_id": user_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if max_content_length is not UNSET:
            field_dict["max_content_length"] = max_content_length
        if is_auto is not UNSET:
            field_dict["is_auto"] = is_auto
        if user_count is not UNSET:
            field_dict["user_count"] = user_count
        if group_count is not UNSET:
            field_dict["group_count"] = group_count

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
            check_value(src_dict, "MemoryBlock", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "MemoryBlock.id", "string")

        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "MemoryBlock.name", "string")

        content = src_dict["content"]
        if content.__class__ is not str:
            check_value(content, "MemoryBlock.content", "string")

        system_prompt_amendment = src_dict["system_prompt_amendment"]
        if system_prompt_amendment.__class__ is not str:
            check_value(
                system_prompt_amendment, "MemoryBlock.system_prompt_amendment", "string"
            )

        injection_mode = src_dict["injection_mode"]
        if (
            injection_mode.__class__ is not str
            or injection_mode not in MEMORY_BLOCK_INJECTION_MODE_VALUES
        ):
            injection_mode = open_enum(
                injection_mode,
                "MemoryBlock.injection_mode",
                MEMORY_BLOCK_INJECTION_MODE_VALUES,
            )

        access_mode = src_dict["access_mode"]
        if (
            access_mode.__class__ is not str
            or access_mode not in MEMORY_BLOCK_ACCESS_MODE_VALUES
        ):
            access_mode = open_enum(
                access_mode, "MemoryBlock.access_mode", MEMORY_BLOCK_ACCESS_MODE_VALUES
            )

        user_id = src_dict["user_id"]
        if user_id.__class__ is not str:
            check_value(user_id, "MemoryBlock.user_id", "string")

        _created_at = src_dict["created_at"]
        try:
            created_at = parse_datetime(_created_at)
        except (TypeError, ValueError):
            raise invalid(
                _created_at, "MemoryBlock.created_at", "a date-time string"
            ) from None

        _updated_at = src_dict["updated_at"]
        try:
            updated_at = parse_datetime(_updated_at)
        except (TypeError, ValueError):
            raise invalid(
                _updated_at, "MemoryBlock.updated_at", "a date-time string"
            ) from None

        if len(src_dict) == 9:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                name,
                content,
                system_prompt_amendment,
                injection_mode,
                access_mode,
                user_id,
                created_at,
                updated_at,
            )

        _src_get = src_dict.get
        username = _src_get("username", UNSET)
        if username.__class__ is not str and username is not UNSET:
            if username is None:
                username = UNSET
            else:
                check_value(username, "MemoryBlock.username", "string")

        is_public = _src_get("is_public", UNSET)
        if is_public.__class__ is not bool and is_public is not UNSET:
            if is_public is None:
                is_public = UNSET
            else:
                check_value(is_public, "MemoryBlock.is_public", "boolean")

        is_owner = _src_get("is_owner", UNSET)
        if is_owner.__class__ is not bool and is_owner is not UNSET:
            if is_owner is None:
                is_owner = UNSET
            else:
                check_value(is_owner, "MemoryBlock.is_owner", "boolean")

        max_content_length = _src_get("max_content_length", UNSET)
        if max_content_length.__class__ is not int and max_content_length is not UNSET:
            if max_content_length is None:
                max_content_length = UNSET
            else:
                check_value(
                    max_content_length, "MemoryBlock.max_content_length", "integer"
                )

        is_auto = _src_get("is_auto", UNSET)
        if is_auto.__class__ is not bool and is_auto is not UNSET:
            if is_auto is None:
                is_auto = UNSET
            else:
                check_value(is_auto, "MemoryBlock.is_auto", "boolean")

        user_count = _src_get("user_count", UNSET)
        if user_count.__class__ is not int and user_count is not UNSET:
            if user_count is None:
                user_count = UNSET
            else:
                check_value(user_count, "MemoryBlock.user_count", "integer")

        group_count = _src_get("group_count", UNSET)
        if group_count.__class__ is not int and group_count is not UNSET:
            if group_count is None:
                group_count = UNSET
            else:
                check_value(group_count, "MemoryBlock.group_count", "integer")

        memory_block = cls(
            id,
            name,
            content,
            system_prompt_amendment,
            injection_mode,
            access_mode,
            user_id,
            created_at,
            updated_at,
            username,
            is_public,
            is_owner,
            max_content_length,
            is_auto,
            user_count,
            group_count,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            memory_block.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return memory_block

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
