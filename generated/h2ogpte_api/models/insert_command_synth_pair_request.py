from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

T = TypeVar("T", bound="InsertCommandSynthPairRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "user_prompt",
        "ai_response",
        "command_name",
    )
)


@_attrs_define
class InsertCommandSynthPairRequest:
    """
    Attributes:
        user_prompt (str): The user-authored prompt (the question turn).
        ai_response (str): The LLM-generated response (the reply turn).
        command_name (str): Slash-command identifier (e.g. "schedule", "create-assistant").
    """

    user_prompt: str
    ai_response: str
    command_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user_prompt = self.user_prompt

        ai_response = self.ai_response

        command_name = self.command_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_prompt": user_prompt,
                "ai_response": ai_response,
                "command_name": command_name,
            }
        )

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
            check_value(src_dict, "InsertCommandSynthPairRequest", "object")
        user_prompt = src_dict["user_prompt"]
        if user_prompt.__class__ is not str:
            check_value(
                user_prompt, "InsertCommandSynthPairRequest.user_prompt", "string"
            )

        ai_response = src_dict["ai_response"]
        if ai_response.__class__ is not str:
            check_value(
                ai_response, "InsertCommandSynthPairRequest.ai_response", "string"
            )

        command_name = src_dict["command_name"]
        if command_name.__class__ is not str:
            check_value(
                command_name, "InsertCommandSynthPairRequest.command_name", "string"
            )

        insert_command_synth_pair_request = cls(
            user_prompt,
            ai_response,
            command_name,
        )

        if len(src_dict) > 3:
            insert_command_synth_pair_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return insert_command_synth_pair_request

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
