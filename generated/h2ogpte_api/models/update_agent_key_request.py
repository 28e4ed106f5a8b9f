from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_agent_key_request_type import (
    UPDATE_AGENT_KEY_REQUEST_TYPE_VALUES,
    UpdateAgentKeyRequestType,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

T = TypeVar("T", bound="UpdateAgentKeyRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "type",
        "value",
        "description",
    )
)


@_attrs_define
class UpdateAgentKeyRequest:
    """
    Attributes:
        name (str | Unset):
        type_ (UpdateAgentKeyRequestType | UnknownEnumValue | Unset):
        value (str | Unset):
        description (str | Unset):
    """

    name: str | Unset = UNSET
    type_: UpdateAgentKeyRequestType | UnknownEnumValue | Unset = UNSET
    value: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

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
            check_value(src_dict, "UpdateAgentKeyRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "UpdateAgentKeyRequest.name", "string")

        type_ = _src_get("type", UNSET)
        if (
            type_.__class__ is not str
            or type_ not in UPDATE_AGENT_KEY_REQUEST_TYPE_VALUES
        ) and type_ is not UNSET:
            if type_ is None:
                type_ = UNSET
            else:
                type_ = open_enum(
                    type_,
                    "UpdateAgentKeyRequest.type",
                    UPDATE_AGENT_KEY_REQUEST_TYPE_VALUES,
                )

        value = _src_get("value", UNSET)
        if value.__class__ is not str and value is not UNSET:
            if value is None:
                value = UNSET
            else:
                check_value(value, "UpdateAgentKeyRequest.value", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "UpdateAgentKeyRequest.description", "string")

        update_agent_key_request = cls(
            name,
            type_,
            value,
            description,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            update_agent_key_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return update_agent_key_request

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
