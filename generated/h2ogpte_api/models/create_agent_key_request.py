from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_agent_key_request_type import (
    CREATE_AGENT_KEY_REQUEST_TYPE_VALUES,
    CreateAgentKeyRequestType,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

T = TypeVar("T", bound="CreateAgentKeyRequest")

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
class CreateAgentKeyRequest:
    """
    Attributes:
        name (str):
        type_ (CreateAgentKeyRequestType | UnknownEnumValue):
        value (str):
        description (str | Unset):
    """

    name: str
    type_: CreateAgentKeyRequestType | UnknownEnumValue
    value: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "value": value,
            }
        )
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
            check_value(src_dict, "CreateAgentKeyRequest", "object")
        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "CreateAgentKeyRequest.name", "string")

        type_ = src_dict["type"]
        if (
            type_.__class__ is not str
            or type_ not in CREATE_AGENT_KEY_REQUEST_TYPE_VALUES
        ):
            type_ = open_enum(
                type_,
                "CreateAgentKeyRequest.type",
                CREATE_AGENT_KEY_REQUEST_TYPE_VALUES,
            )

        value = src_dict["value"]
        if value.__class__ is not str:
            check_value(value, "CreateAgentKeyRequest.value", "string")

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                name,
                type_,
                value,
            )

        _src_get = src_dict.get
        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "CreateAgentKeyRequest.description", "string")

        create_agent_key_request = cls(
            name,
            type_,
            value,
            description,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            create_agent_key_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_agent_key_request

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
