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
    from ..models.knowledge_graph_source_chunk import KnowledgeGraphSourceChunk
    from ..models.knowledge_graph_viz_edge import KnowledgeGraphVizEdge
    from ..models.knowledge_graph_viz_node import KnowledgeGraphVizNode


T = TypeVar("T", bound="KnowledgeGraphNodeDetail")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "node",
        "edges",
        "source_chunks",
    )
)


@_attrs_define
class KnowledgeGraphNodeDetail:
    """Full detail for one knowledge-graph node (viewer detail panel).

    Attributes:
        node (KnowledgeGraphVizNode): One knowledge-graph node in the visualizer contract (issue
        edges (list[KnowledgeGraphVizEdge]): All edges incident to this node.
        source_chunks (list[KnowledgeGraphSourceChunk]): Source chunks that produced this node (capped server-side).
    """

    node: KnowledgeGraphVizNode
    edges: list[KnowledgeGraphVizEdge]
    source_chunks: list[KnowledgeGraphSourceChunk]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        node = self.node.to_dict()

        edges = []
        for edges_item_data in self.edges:
            edges_item = edges_item_data.to_dict()
            edges.append(edges_item)

        source_chunks = []
        for source_chunks_item_data in self.source_chunks:
            source_chunks_item = source_chunks_item_data.to_dict()
            source_chunks.append(source_chunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node": node,
                "edges": edges,
                "source_chunks": source_chunks,
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
            check_value(src_dict, "KnowledgeGraphNodeDetail", "object")
        node = KnowledgeGraphVizNode.from_dict(src_dict["node"])

        _edges = src_dict["edges"]
        if _edges.__class__ is not list:
            check_value(_edges, "KnowledgeGraphNodeDetail.edges", "array")
        edges = list(map(KnowledgeGraphVizEdge.from_dict, _edges))

        _source_chunks = src_dict["source_chunks"]
        if _source_chunks.__class__ is not list:
            check_value(
                _source_chunks, "KnowledgeGraphNodeDetail.source_chunks", "array"
            )
        source_chunks = list(map(KnowledgeGraphSourceChunk.from_dict, _source_chunks))

        knowledge_graph_node_detail = cls(
            node,
            edges,
            source_chunks,
        )

        if len(src_dict) > 3:
            knowledge_graph_node_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return knowledge_graph_node_detail

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


from ..models.knowledge_graph_source_chunk import KnowledgeGraphSourceChunk  # noqa: E402
from ..models.knowledge_graph_viz_edge import KnowledgeGraphVizEdge  # noqa: E402
from ..models.knowledge_graph_viz_node import KnowledgeGraphVizNode  # noqa: E402
