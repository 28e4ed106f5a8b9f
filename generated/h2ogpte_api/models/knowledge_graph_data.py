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
    from ..models.knowledge_graph_viz_edge import KnowledgeGraphVizEdge
    from ..models.knowledge_graph_viz_node import KnowledgeGraphVizNode


T = TypeVar("T", bound="KnowledgeGraphData")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "nodes",
        "edges",
        "is_truncated",
        "total_nodes",
        "total_relationships",
    )
)


@_attrs_define
class KnowledgeGraphData:
    """A renderable subgraph of a collection's knowledge graph (issue

    Attributes:
        nodes (list[KnowledgeGraphVizNode]):
        edges (list[KnowledgeGraphVizEdge]):
        is_truncated (bool): True when the graph exceeded max_nodes and was degree-capped.
        total_nodes (int | None | Unset): Total entities in the full graph (the nodes above are degree-ranked and capped
            at max_nodes). Null unless this is a truncated whole-graph view -- a focused subgraph or a complete
            (untruncated) graph carries no separate total.
        total_relationships (int | None | Unset): Total relationships in the full graph. Null unless this is a truncated
            whole-graph view.
    """

    nodes: list[KnowledgeGraphVizNode]
    edges: list[KnowledgeGraphVizEdge]
    is_truncated: bool
    total_nodes: int | None | Unset = UNSET
    total_relationships: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        edges = []
        for edges_item_data in self.edges:
            edges_item = edges_item_data.to_dict()
            edges.append(edges_item)

        is_truncated = self.is_truncated

        total_nodes: int | None | Unset
        if isinstance(self.total_nodes, Unset):
            total_nodes = UNSET
        else:
            total_nodes = self.total_nodes

        total_relationships: int | None | Unset
        if isinstance(self.total_relationships, Unset):
            total_relationships = UNSET
        else:
            total_relationships = self.total_relationships

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodes": nodes,
                "edges": edges,
                "is_truncated": is_truncated,
            }
        )
        if total_nodes is not UNSET:
            field_dict["total_nodes"] = total_nodes
        if total_relationships is not UNSET:
            field_dict["total_relationships"] = total_relationships

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
            check_value(src_dict, "KnowledgeGraphData", "object")
        _nodes = src_dict["nodes"]
        if _nodes.__class__ is not list:
            check_value(_nodes, "KnowledgeGraphData.nodes", "array")
        nodes = list(map(KnowledgeGraphVizNode.from_dict, _nodes))

        _edges = src_dict["edges"]
        if _edges.__class__ is not list:
            check_value(_edges, "KnowledgeGraphData.edges", "array")
        edges = list(map(KnowledgeGraphVizEdge.from_dict, _edges))

        is_truncated = src_dict["is_truncated"]
        if is_truncated.__class__ is not bool:
            check_value(is_truncated, "KnowledgeGraphData.is_truncated", "boolean")

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                nodes,
                edges,
                is_truncated,
            )

        _src_get = src_dict.get
        total_nodes = _src_get("total_nodes", UNSET)
        if (
            total_nodes.__class__ is not int
            and total_nodes is not None
            and total_nodes is not UNSET
        ):
            check_value(
                total_nodes, "KnowledgeGraphData.total_nodes", "integer", "null"
            )

        total_relationships = _src_get("total_relationships", UNSET)
        if (
            total_relationships.__class__ is not int
            and total_relationships is not None
            and total_relationships is not UNSET
        ):
            check_value(
                total_relationships,
                "KnowledgeGraphData.total_relationships",
                "integer",
                "null",
            )

        knowledge_graph_data = cls(
            nodes,
            edges,
            is_truncated,
            total_nodes,
            total_relationships,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            knowledge_graph_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return knowledge_graph_data

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


from ..models.knowledge_graph_viz_edge import KnowledgeGraphVizEdge  # noqa: E402
from ..models.knowledge_graph_viz_node import KnowledgeGraphVizNode  # noqa: E402
