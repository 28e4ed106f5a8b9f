from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchCollectionChunksRequest")


@_attrs_define
class SearchCollectionChunksRequest:
    """
    Attributes:
        query (str): Question or imperative from the end user to search a collection for.
        topics (list[str]): A list of document_ids used to filter which documents in the collection to search.
        offset (int | Unset): How many chunks to skip before returning chunks. Default: 0.
        limit (int | Unset): How many chunks to return. Default: 100.
    """

    query: str
    topics: list[str]
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        topics = self.topics

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "topics": topics,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        query = pop("query")

        topics = cast(list[str], pop("topics"))

        offset = pop("offset", UNSET)

        limit = pop("limit", UNSET)

        search_collection_chunks_request = cls(
            query,
            topics,
            offset,
            limit,
        )

        search_collection_chunks_request.additional_properties = d
        return search_collection_chunks_request

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
