from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.agent_key_association import AgentKeyAssociation


T = TypeVar("T", bound="AgentApiKeys")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "optional",
        "required",
        "custom",
    )
)


@_attrs_define
class AgentApiKeys:
    """Key associations grouped by requirement type

    Attributes:
        optional (list[AgentKeyAssociation] | Unset): Optional key associations (with or without defaults)
        required (list[AgentKeyAssociation] | Unset): Required key associations
        custom (list[AgentKeyAssociation] | Unset): Custom key associations (added after agent creation)
    """

    optional: list[AgentKeyAssociation] | Unset = UNSET
    required: list[AgentKeyAssociation] | Unset = UNSET
    custom: list[AgentKeyAssociation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        optional: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.optional, Unset):
            optional = []
            for optional_item_data in self.optional:
                optional_item = optional_item_data.to_dict()
                optional.append(optional_item)

        required: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = []
            for required_item_data in self.required:
                required_item = required_item_data.to_dict()
                required.append(required_item)

        custom: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = []
            for custom_item_data in self.custom:
                custom_item = custom_item_data.to_dict()
                custom.append(custom_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if optional is not UNSET:
            field_dict["optional"] = optional
        if required is not UNSET:
            field_dict["required"] = required
        if custom is not UNSET:
            field_dict["custom"] = custom

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
            check_value(src_dict, "AgentApiKeys", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        _optional = _src_get("optional", UNSET)
        optional: list[AgentKeyAssociation] | Unset = UNSET
        if _optional is not UNSET:
            if _optional.__class__ is not list:
                check_value(_optional, "AgentApiKeys.optional", "array")
            optional = []
            for optional_item_data in _optional:
                optional_item = AgentKeyAssociation.from_dict(optional_item_data)

                optional.append(optional_item)

        _required = _src_get("required", UNSET)
        required: list[AgentKeyAssociation] | Unset = UNSET
        if _required is not UNSET:
            if _required.__class__ is not list:
                check_value(_required, "AgentApiKeys.required", "array")
            required = []
            for required_item_data in _required:
                required_item = AgentKeyAssociation.from_dict(required_item_data)

                required.append(required_item)

        _custom = _src_get("custom", UNSET)
        custom: list[AgentKeyAssociation] | Unset = UNSET
        if _custom is not UNSET:
            if _custom.__class__ is not list:
                check_value(_custom, "AgentApiKeys.custom", "array")
            custom = []
            for custom_item_data in _custom:
                custom_item = AgentKeyAssociation.from_dict(custom_item_data)

                custom.append(custom_item)

        agent_api_keys = cls(
            optional,
            required,
            custom,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            agent_api_keys.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_api_keys

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


from ..models.agent_key_association import AgentKeyAssociation  # noqa: E402
