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

T = TypeVar("T", bound="MatchCollectionChunksRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "vectors",
        "topics",
        "offset",
        "limit",
        "cut_off",
    )
)


@_attrs_define
class MatchCollectionChunksRequest:
    """
    Attributes:
        vectors (list[list[float]]): A list of vectorized message for running semantic search.
        topics (list[str]): A list of document_ids used to filter which documents in the collection to search.
        offset (int | Unset): How many chunks to skip before returning chunks. Default: 0.
        limit (int | Unset): How many chunks to return. Default: 100.
        cut_off (float | Unset): Exclude matches with distances higher than this cut off. Default: 0.0.
    """

    vectors: list[list[float]]
    topics: list[str]
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    cut_off: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        vectors = []
        for vectors_item_data in self.vectors:
            vectors_item = vectors_item_data

            vectors.append(vectors_item)

        topics = self.topics

        offset = self.offset

        limit = self.limit

        cut_off = self.cut_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vectors": vectors,
                "topics": topics,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cut_off is not UNSET:
            field_dict["cut_off"] = cut_off

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
            check_value(src_dict, "MatchCollectionChunksRequest", "object")
        vectors = []
        _vectors = src_dict["vectors"]
        if _vectors.__class__ is not list:
            check_value(_vectors, "MatchCollectionChunksRequest.vectors", "array")
        for vectors_item_data in _vectors:
            vectors_item = cast(list[float], vectors_item_data)
            if vectors_item.__class__ is not list or vectors_item:
                check_items(
                    vectors_item, "MatchCollectionChunksRequest.vectors[]", "number"
                )

            vectors.append(vectors_item)

        topics = cast(list[str], src_dict["topics"])
        if topics.__class__ is not list or topics:
            check_items(topics, "MatchCollectionChunksRequest.topics", "string")

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                vectors,
                topics,
            )

        _src_get = src_dict.get
        offset = _src_get("offset", UNSET)
        if offset.__class__ is not int and offset is not UNSET:
            if offset is None:
                offset = UNSET
            else:
                check_value(offset, "MatchCollectionChunksRequest.offset", "integer")

        limit = _src_get("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            if limit is None:
                limit = UNSET
            else:
                check_value(limit, "MatchCollectionChunksRequest.limit", "integer")

        cut_off = _src_get("cut_off", UNSET)
        if (
            cut_off.__class__ is not float
            and cut_off.__class__ is not int
            and cut_off is not UNSET
        ):
            if cut_off is None:
                cut_off = UNSET
            else:
                check_value(cut_off, "MatchCollectionChunksRequest.cut_off", "number")

        match_collection_chunks_request = cls(
            vectors,
            topics,
            offset,
            limit,
            cut_off,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            match_collection_chunks_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return match_collection_chunks_request

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
