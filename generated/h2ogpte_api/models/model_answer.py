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

T = TypeVar("T", bound="ModelAnswer")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "content",
        "error",
        "llm",
        "prompt_raw",
        "input_tokens",
        "output_tokens",
        "origin",
    )
)


@_attrs_define
class ModelAnswer:
    """
    Attributes:
        content (str):
        error (str):
        llm (str):
        prompt_raw (str | Unset):
        input_tokens (int | Unset):
        output_tokens (int | Unset):
        origin (str | Unset):
    """

    content: str
    error: str
    llm: str
    prompt_raw: str | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    origin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        error = self.error

        llm = self.llm

        prompt_raw = self.prompt_raw

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "error": error,
                "llm": llm,
            }
        )
        if prompt_raw is not UNSET:
            field_dict["prompt_raw"] = prompt_raw
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if origin is not UNSET:
            field_dict["origin"] = origin

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
            check_value(src_dict, "ModelAnswer", "object")
        content = src_dict["content"]
        if content.__class__ is not str:
            check_value(content, "ModelAnswer.content", "string")

        error = src_dict["error"]
        if error.__class__ is not str:
            check_value(error, "ModelAnswer.error", "string")

        llm = src_dict["llm"]
        if llm.__class__ is not str:
            check_value(llm, "ModelAnswer.llm", "string")

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                content,
                error,
                llm,
            )

        _src_get = src_dict.get
        prompt_raw = _src_get("prompt_raw", UNSET)
        if prompt_raw.__class__ is not str and prompt_raw is not UNSET:
            if prompt_raw is None:
                prompt_raw = UNSET
            else:
                check_value(prompt_raw, "ModelAnswer.prompt_raw", "string")

        input_tokens = _src_get("input_tokens", UNSET)
        if input_tokens.__class__ is not int and input_tokens is not UNSET:
            if input_tokens is None:
                input_tokens = UNSET
            else:
                check_value(input_tokens, "ModelAnswer.input_tokens", "integer")

        output_tokens = _src_get("output_tokens", UNSET)
        if output_tokens.__class__ is not int and output_tokens is not UNSET:
            if output_tokens is None:
                output_tokens = UNSET
            else:
                check_value(output_tokens, "ModelAnswer.output_tokens", "integer")

        origin = _src_get("origin", UNSET)
        if origin.__class__ is not str and origin is not UNSET:
            if origin is None:
                origin = UNSET
            else:
                check_value(origin, "ModelAnswer.origin", "string")

        model_answer = cls(
            content,
            error,
            llm,
            prompt_raw,
            input_tokens,
            output_tokens,
            origin,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            model_answer.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_answer

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
