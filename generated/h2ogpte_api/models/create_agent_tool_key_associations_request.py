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
    from ..models.new_key_association import NewKeyAssociation


T = TypeVar("T", bound="CreateAgentToolKeyAssociationsRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "tool",
        "keys",
    )
)


@_attrs_define
class CreateAgentToolKeyAssociationsRequest:
    """
    Attributes:
        tool (str):
        keys (list[NewKeyAssociation]):
    """

    tool: str
    keys: list[NewKeyAssociation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        tool = self.tool

        keys = []
        for keys_item_data in self.keys:
            keys_item = keys_item_data.to_dict()
            keys.append(keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool": tool,
                "keys": keys,
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
            check_value(src_dict, "CreateAgentToolKeyAssociationsRequest", "object")
        tool = src_dict["tool"]
        if tool.__class__ is not str:
            check_value(tool, "CreateAgentToolKeyAssociationsRequest.tool", "string")

        _keys = src_dict["keys"]
        if _keys.__class__ is not list:
            check_value(_keys, "CreateAgentToolKeyAssociationsRequest.keys", "array")
        keys = list(map(NewKeyAssociation.from_dict, _keys))

        create_agent_tool_key_associations_request = cls(
            tool,
            keys,
        )

        if len(src_dict) > 2:
            create_agent_tool_key_associations_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_agent_tool_key_associations_request

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


from ..models.new_key_association import NewKeyAssociation  # noqa: E402
