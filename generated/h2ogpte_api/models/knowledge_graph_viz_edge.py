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

T = TypeVar("T", bound="KnowledgeGraphVizEdge")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "source",
        "target",
        "id",
        "description",
        "description_parts",
        "keywords",
        "weight",
        "source_chunk_count",
    )
)


@_attrs_define
class KnowledgeGraphVizEdge:
    """One knowledge-graph edge (undirected). The (source, target) pair is the edge's stable identity; id is a render key
    only.

        Attributes:
            source (str): Entity name of one endpoint.
            target (str): Entity name of the other endpoint.
            id (str | Unset): Render key (order-normalized "src-tgt").
            description (str | Unset): LLM-extracted description of the relationship, as newline-joined text. See
                description_parts for the per-chunk fragments.
            description_parts (list[str] | Unset): The relationship's description fragments, one per contributing source
                chunk.
            keywords (str | Unset): Relationship keywords captured at extraction.
            weight (float | None | Unset): Relationship strength assigned at extraction.
            source_chunk_count (int | Unset): How many source chunks contributed to this edge.
    """

    source: str
    target: str
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    description_parts: list[str] | Unset = UNSET
    keywords: str | Unset = UNSET
    weight: float | None | Unset = UNSET
    source_chunk_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        target = self.target

        id = self.id

        description = self.description

        description_parts: list[str] | Unset = UNSET
        if not isinstance(self.description_parts, Unset):
            description_parts = self.description_parts

        keywords = self.keywords

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        source_chunk_count = self.source_chunk_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if description_parts is not UNSET:
            field_dict["description_parts"] = description_parts
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if weight is not UNSET:
            field_dict["weight"] = weight
        if source_chunk_count is not UNSET:
            field_dict["source_chunk_count"] = source_chunk_count

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
            check_value(src_dict, "KnowledgeGraphVizEdge", "object")
        source = src_dict["source"]
        if source.__class__ is not str:
            check_value(source, "KnowledgeGraphVizEdge.source", "string")

        target = src_dict["target"]
        if target.__class__ is not str:
            check_value(target, "KnowledgeGraphVizEdge.target", "string")

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                source,
                target,
            )

        _src_get = src_dict.get
        id = _src_get("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            if id is None:
                id = UNSET
            else:
                check_value(id, "KnowledgeGraphVizEdge.id", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "KnowledgeGraphVizEdge.description", "string")

        description_parts = cast(
            list[str] | Unset, _src_get("description_parts", UNSET)
        )
        if description_parts is not UNSET and (
            description_parts.__class__ is not list or description_parts
        ):
            check_items(
                description_parts, "KnowledgeGraphVizEdge.description_parts", "string"
            )

        keywords = _src_get("keywords", UNSET)
        if keywords.__class__ is not str and keywords is not UNSET:
            if keywords is None:
                keywords = UNSET
            else:
                check_value(keywords, "KnowledgeGraphVizEdge.keywords", "string")

        weight = _src_get("weight", UNSET)
        if (
            weight.__class__ is not float
            and weight.__class__ is not int
            and weight is not None
            and weight is not UNSET
        ):
            check_value(weight, "KnowledgeGraphVizEdge.weight", "number", "null")

        source_chunk_count = _src_get("source_chunk_count", UNSET)
        if source_chunk_count.__class__ is not int and source_chunk_count is not UNSET:
            if source_chunk_count is None:
                source_chunk_count = UNSET
            else:
                check_value(
                    source_chunk_count,
                    "KnowledgeGraphVizEdge.source_chunk_count",
                    "integer",
                )

        knowledge_graph_viz_edge = cls(
            source,
            target,
            id,
            description,
            description_parts,
            keywords,
            weight,
            source_chunk_count,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            knowledge_graph_viz_edge.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return knowledge_graph_viz_edge

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
