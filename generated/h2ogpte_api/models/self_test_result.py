from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelfTestResult")


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
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        origin = pop("origin")

        llm = pop("llm")

        input_tokens = pop("input_tokens")

        output_tokens = pop("output_tokens")

        time_to_first_token = pop("time_to_first_token")

        tokens_per_second = pop("tokens_per_second")

        responses = cast(list[str], pop("responses", UNSET))

        error = pop("error", UNSET)

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

        self_test_result.additional_properties = d
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
