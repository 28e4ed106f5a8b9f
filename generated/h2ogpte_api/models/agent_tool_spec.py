from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.agent_tool_spec_api_keys import AgentToolSpecApiKeys


T = TypeVar("T", bound="AgentToolSpec")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "enabled",
        "default",
        "extendable",
        "api_keys",
    )
)


@_attrs_define
class AgentToolSpec:
    """
    Attributes:
        name (str): The identifier representing the specific tool.
        description (str): Description of the tool.
        enabled (bool): Specifies whether the tool is currently enabled in H2OGPT.
        default (bool): Specifies if the tool is pre-selected by default when available.
        extendable (bool): Specifies whether the tool supports custom API keys
        api_keys (AgentToolSpecApiKeys): The specific keys associated with an agent tool.
    """

    name: str
    description: str
    enabled: bool
    default: bool
    extendable: bool
    api_keys: AgentToolSpecApiKeys
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        enabled = self.enabled

        default = self.default

        extendable = self.extendable

        api_keys = self.api_keys.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "enabled": enabled,
                "default": default,
                "extendable": extendable,
                "api_keys": api_keys,
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
            check_value(src_dict, "AgentToolSpec", "object")
        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "AgentToolSpec.name", "string")

        description = src_dict["description"]
        if description.__class__ is not str:
            check_value(description, "AgentToolSpec.description", "string")

        enabled = src_dict["enabled"]
        if enabled.__class__ is not bool:
            check_value(enabled, "AgentToolSpec.enabled", "boolean")

        default = src_dict["default"]
        if default.__class__ is not bool:
            check_value(default, "AgentToolSpec.default", "boolean")

        extendable = src_dict["extendable"]
        if extendable.__class__ is not bool:
            check_value(extendable, "AgentToolSpec.extendable", "boolean")

        api_keys = AgentToolSpecApiKeys.from_dict(src_dict["api_keys"])

        agent_tool_spec = cls(
            name,
            description,
            enabled,
            default,
            extendable,
            api_keys,
        )

        if len(src_dict) > 6:
            agent_tool_spec.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_tool_spec

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


from ..models.agent_tool_spec_api_keys import AgentToolSpecApiKeys  # noqa: E402
