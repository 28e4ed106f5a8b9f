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

T = TypeVar("T", bound="EmbeddingModel")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "display_name",
        "description",
        "languages",
    )
)


@_attrs_define
class EmbeddingModel:
    """
    Attributes:
        id (str): The model identifier.
        display_name (str): The model name.
        description (str): The model description.
        languages (list[str]): Languages supported by the model.
    """

    id: str
    display_name: str
    description: str
    languages: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        description = self.description

        languages = self.languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "display_name": display_name,
                "description": description,
                "languages": languages,
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
            check_value(src_dict, "EmbeddingModel", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "EmbeddingModel.id", "string")

        display_name = src_dict["display_name"]
        if display_name.__class__ is not str:
            check_value(display_name, "EmbeddingModel.display_name", "string")

        description = src_dict["description"]
        if description.__class__ is not str:
            check_value(description, "EmbeddingModel.description", "string")

        languages = cast(list[str], src_dict["languages"])
        if languages.__class__ is not list or languages:
            check_items(languages, "EmbeddingModel.languages", "string")

        embedding_model = cls(
            id,
            display_name,
            description,
            languages,
        )

        if len(src_dict) > 4:
            embedding_model.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return embedding_model

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
