from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="KnowledgeGraphVizNode")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "entity_type",
        "description",
        "description_parts",
        "source_chunk_count",
        "file_paths",
        "created_at",
    )
)


@_attrs_define
class KnowledgeGraphVizNode:
    """One knowledge-graph node in the visualizer contract (issue

    Attributes:
        id (str): The entity name -- the graph's stable primary key for the node, and the address a future edit API
            mutates.
        entity_type (str | Unset): Extracted entity type (e.g. organization, person). Empty if unknown.
        description (str | Unset): LLM-extracted description of the entity, as newline-joined text. The graph store
            keeps one fragment per contributing source chunk; description_parts exposes them individually.
        description_parts (list[str] | Unset): The entity's description fragments, one per contributing source chunk
            (the store's internal separator is not exposed).
        source_chunk_count (int | Unset): How many source chunks contributed to this node.
        file_paths (list[str] | Unset): Deduplicated source document filenames that contributed to this node.
        created_at (Any | Unset): Build-time creation marker, when available.
    """

    id: str
    entity_type: str | Unset = UNSET
    description: str | Unset = UNSET
    description_parts: list[str] | Unset = UNSET
    source_chunk_count: int | Unset = UNSET
    file_paths: list[str] | Unset = UNSET
    created_at: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        entity_type = self.entity_type

        description = self.description

        description_parts: list[str] | Unset = UNSET
        if not isinstance(self.description_parts, Unset):
            description_parts = self.description_parts

        source_chunk_count = self.source_chunk_count

        file_paths: list[str] | Unset = UNSET
        if not isinstance(self.file_paths, Unset):
            file_paths = self.file_paths

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if description is not UNSET:
            field_dict["description"] = description
        if description_parts is not UNSET:
            field_dict["description_parts"] = description_parts
        if source_chunk_count is not UNSET:
            field_dict["source_chunk_count"] = source_chunk_count
        if file_paths is not UNSET:
            field_dict["file_paths"] = file_paths
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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
            check_value(src_dict, "KnowledgeGraphVizNode", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "KnowledgeGraphVizNode.id", "string")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
            )

        _src_get = src_dict.get
        entity_type = _src_get("entity_type", UNSET)
        if entity_type.__class__ is not str and entity_type is not UNSET:
            if entity_type is None:
                entity_type = UNSET
            else:
                check_value(entity_type, "KnowledgeGraphVizNode.entity_type", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "KnowledgeGraphVizNode.description", "string")

        description_parts = cast(
            list[str] | Unset, _src_get("description_parts", UNSET)
        )
        if description_parts is not UNSET and (
            description_parts.__class__ is not list or description_parts
        ):
            check_items(
                description_parts, "KnowledgeGraphVizNode.description_parts", "string"
            )

        source_chunk_count = _src_get("source_chunk_count", UNSET)
        if source_chunk_count.__class__ is not int and source_chunk_count is not UNSET:
            if source_chunk_count is None:
                source_chunk_count = UNSET
            else:
                check_value(
                    source_chunk_count,
                    "KnowledgeGraphVizNode.source_chunk_count",
                    "integer",
                )

        file_paths = cast(list[str] | Unset, _src_get("file_paths", UNSET))
        if file_paths is not UNSET and (file_paths.__class__ is not list or file_paths):
            check_items(file_paths, "KnowledgeGraphVizNode.file_paths", "string")

        created_at = _src_get("created_at", UNSET)

        knowledge_graph_viz_node = cls(
            id,
            entity_type,
            description,
            description_parts,
            source_chunk_count,
            file_paths,
            created_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            knowledge_graph_viz_node.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return knowledge_graph_viz_node

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
