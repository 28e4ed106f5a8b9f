from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_items,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="AgentToolSpecApiKeys")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "required",
        "optional",
        "internal",
    )
)


@_attrs_define
class AgentToolSpecApiKeys:
    """The specific keys associated with an agent tool.

    Attributes:
        required (list[str]): List of required keys set for the tool to function.
        optional (list[str]): The tool can still operate even if these keys are not set.
        internal (list[str]): Keys that are managed internally by the system.
    """

    required: list[str]
    optional: list[str]
    internal: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        required = self.required

        optional = self.optional

        internal = self.internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "required": required,
                "optional": optional,
                "internal": internal,
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
            check_value(src_dict, "AgentToolSpecApiKeys", "object")
        required = cast(list[str], src_dict["required"])
        if required.__class__ is not list or required:
            check_items(required, "AgentToolSpecApiKeys.required", "string")

        optional = cast(list[str], src_dict["optional"])
        if optional.__class__ is not list or optional:
            check_items(optional, "AgentToolSpecApiKeys.optional", "string")

        internal = cast(list[str], src_dict["internal"])
        if internal.__class__ is not list or internal:
            check_items(internal, "AgentToolSpecApiKeys.internal", "string")

        agent_tool_spec_api_keys = cls(
            required,
            optional,
            internal,
        )

        if len(src_dict) > 3:
            agent_tool_spec_api_keys.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_tool_spec_api_keys

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
