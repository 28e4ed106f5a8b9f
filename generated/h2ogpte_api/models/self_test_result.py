from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        origin = src_dict["origin"]

        llm = src_dict["llm"]

        input_tokens = src_dict["input_tokens"]

        output_tokens = src_dict["output_tokens"]

        time_to_first_token = src_dict["time_to_first_token"]

        tokens_per_second = src_dict["tokens_per_second"]

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
        responses = cast(list[str], _src_get("responses", UNSET))

        error = _src_get("error", UNSET)

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
