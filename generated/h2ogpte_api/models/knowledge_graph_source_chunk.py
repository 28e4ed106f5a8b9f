from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="KnowledgeGraphSourceChunk")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "content",
        "content_truncated",
        "file_path",
    )
)


@_attrs_define
class KnowledgeGraphSourceChunk:
    """A source chunk that contributed to a knowledge-graph node (build-time provenance).

    Attributes:
        id (str): The graph's internal chunk id.
        content (str): Chunk text (server-truncated for preview).
        content_truncated (bool | Unset): True when content was truncated to the preview cap.
        file_path (str | Unset): Source document filename the chunk came from.
    """

    id: str
    content: str
    content_truncated: bool | Unset = UNSET
    file_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        content_truncated = self.content_truncated

        file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
            }
        )
        if content_truncated is not UNSET:
            field_dict["content_truncated"] = content_truncated
        if file_path is not UNSET:
            field_dict["file_path"] = file_path

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
            check_value(src_dict, "KnowledgeGraphSourceChunk", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "KnowledgeGraphSourceChunk.id", "string")

        content = src_dict["content"]
        if content.__class__ is not str:
            check_value(content, "KnowledgeGraphSourceChunk.content", "string")

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                content,
            )

        _src_get = src_dict.get
        content_truncated = _src_get("content_truncated", UNSET)
        if content_truncated.__class__ is not bool and content_truncated is not UNSET:
            if content_truncated is None:
                content_truncated = UNSET
            else:
                check_value(
                    content_truncated,
                    "KnowledgeGraphSourceChunk.content_truncated",
                    "boolean",
                )

        file_path = _src_get("file_path", UNSET)
        if file_path.__class__ is not str and file_path is not UNSET:
            if file_path is None:
                file_path = UNSET
            else:
                check_value(file_path, "KnowledgeGraphSourceChunk.file_path", "string")

        knowledge_graph_source_chunk = cls(
            id,
            content,
            content_truncated,
            file_path,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            knowledge_graph_source_chunk.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return knowledge_graph_source_chunk

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
