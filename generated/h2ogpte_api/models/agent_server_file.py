from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

T = TypeVar("T", bound="AgentServerFile")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "object",
        "bytes",
        "created_at",
        "filename",
        "purpose",
    )
)


@_attrs_define
class AgentServerFile:
    """
    Attributes:
        id (str):
        object_ (str):
        bytes_ (int):
        created_at (int):
        filename (str):
        purpose (str):
    """

    id: str
    object_: str
    bytes_: int
    created_at: int
    filename: str
    purpose: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        bytes_ = self.bytes_

        created_at = self.created_at

        filename = self.filename

        purpose = self.purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "bytes": bytes_,
                "created_at": created_at,
                "filename": filename,
                "purpose": purpose,
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
            check_value(src_dict, "AgentServerFile", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "AgentServerFile.id", "string")

        object_ = src_dict["object"]
        if object_.__class__ is not str:
            check_value(object_, "AgentServerFile.object", "string")

        bytes_ = src_dict["bytes"]
        if bytes_.__class__ is not int:
            check_value(bytes_, "AgentServerFile.bytes", "integer")

        created_at = src_dict["created_at"]
        if created_at.__class__ is not int:
            check_value(created_at, "AgentServerFile.created_at", "integer")

        filename = src_dict["filename"]
        if filename.__class__ is not str:
            check_value(filename, "AgentServerFile.filename", "string")

        purpose = src_dict["purpose"]
        if purpose.__class__ is not str:
            check_value(purpose, "AgentServerFile.purpose", "string")

        agent_server_file = cls(
            id,
            object_,
            bytes_,
            created_at,
            filename,
            purpose,
        )

        if len(src_dict) > 6:
            agent_server_file.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return agent_server_file

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
