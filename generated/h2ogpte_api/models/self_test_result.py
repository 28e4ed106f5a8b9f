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

T = TypeVar("T", bound="SelfTestResult")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "origin",
        "llm",
        "input_tokens",
        "output_tokens",
        "time_to_first_token",
        "tokens_per_second",
        "responses",
        "error",
    )
)


@_attrs_define
class SelfTestResult:
    """
    Attributes:
        origin (str):
        llm (str):
        input_tokens (int):
        output_tokens (int):
        time_to_first_token (float):
        tokens_per_second (float):
        responses (list[str] | Unset):
        error (str | Unset):
    """

    origin: str
    llm: str
    input_tokens: int
    output_tokens: int
    time_to_first_token: float
    tokens_per_second: float
    responses: list[str] | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        origin = self.origin

        llm = self.llm

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        time_to_first_token = self.time_to_first_token

        tokens_per_second = self.tokens_per_second

        responses: list[str] | Unset = UNSET
        if not isinstance(self.responses, Unset):
            responses = self.responses

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin": origin,
                "llm": llm,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "time_to_first_token": time_to_first_token,
                "tokens_per_second": tokens_per_second,
            }
        )
        if responses is not UNSET:
            field_dict["responses"] = responses
        if error is not UNSET:
            field_dict["error"] = error

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
            check_value(src_dict, "SelfTestResult", "object")
        origin = src_dict["origin"]
        if origin.__class__ is not str:
            check_value(origin, "SelfTestResult.origin", "string")

        llm = src_dict["llm"]
        if llm.__class__ is not str:
            check_value(llm, "SelfTestResult.llm", "string")

        input_tokens = src_dict["input_tokens"]
        if input_tokens.__class__ is not int:
            check_value(input_tokens, "SelfTestResult.input_tokens", "integer")

        output_tokens = src_dict["output_tokens"]
        if output_tokens.__class__ is not int:
            check_value(output_tokens, "SelfTestResult.output_tokens", "integer")

        time_to_first_token = src_dict["time_to_first_token"]
        if (
            time_to_first_token.__class__ is not float
            and time_to_first_token.__class__ is not int
        ):
            check_value(
                time_to_first_token, "SelfTestResult.time_to_first_token", "number"
            )

        tokens_per_second = src_dict["tokens_per_second"]
        if (
            tokens_per_second.__class__ is not float
            and tokens_per_second.__class__ is not int
        ):
            check_value(tokens_per_second, "SelfTestResult.tokens_per_second", "number")

        if len(src_dict) == 6:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                origin,
                llm,
                input_tokens,
                output_tokens,
                time_to_first_token,
                tokens_per_second,
            )

        _src_get = src_dict.get
        responses = cast(list[str] | Unset, _src_get("responses", UNSET))
        if responses is not UNSET and (responses.__class__ is not list or responses):
            check_items(responses, "SelfTestResult.responses", "string")

        error = _src_get("error", UNSET)
        if error.__class__ is not str and error is not UNSET:
            if error is None:
                error = UNSET
            else:
                check_value(error, "SelfTestResult.error", "string")

        self_test_result = cls(
            origin,
            llm,
            input_tokens,
            output_tokens,
            time_to_first_token,
            tokens_per_second,
            responses,
            error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            self_test_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return self_test_result

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
