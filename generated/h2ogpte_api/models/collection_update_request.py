from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_update_request_rag_type import (
    COLLECTION_UPDATE_REQUEST_RAG_TYPE_VALUES,
    CollectionUpdateRequestRagType,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

T = TypeVar("T", bound="CollectionUpdateRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "rag_type",
    )
)


@_attrs_define
class CollectionUpdateRequest:
    """
    Attributes:
        name (str | Unset): Name of the collection
        description (str | Unset): Description of the collection
        rag_type (CollectionUpdateRequestRagType | UnknownEnumValue | Unset): RAG type options:   * `auto` -
            Automatically select the best rag_type.   * `llm_only` LLM Only - Answer the query without any supporting
            document contexts.   Requires 1 LLM call.   * `rag` RAG (Retrieval Augmented Generation) - Use supporting
            document contexts   to answer the query. Requires 1 LLM call.   * `hyde1` LLM Only + RAG composite - HyDE RAG
            (Hypothetical Document Embedding).   Use 'LLM Only' response to find relevant contexts from a collection for
            generating   a response. Requires 2 LLM calls.   * `hyde2` HyDE + RAG composite - Use the 'HyDE RAG' response to
            find relevant   contexts from a collection for generating a response. Requires 3 LLM calls.   * `rag+` Summary
            RAG - Like RAG, but uses more context and recursive   summarization to overcome LLM context limits. Keeps all
            retrieved chunks, puts   them in order, adds neighboring chunks, then uses the summary API to get the   answer.
            Can require several LLM calls.   * `all_data` All Data RAG - Like Summary RAG, but includes all document
            chunks. Uses recursive summarization to overcome LLM context limits.   Can require several LLM calls.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    rag_type: CollectionUpdateRequestRagType | UnknownEnumValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        rag_type: str | Unset = UNSET
        if not isinstance(self.rag_type, Unset):
            rag_type = self.rag_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if rag_type is not UNSET:
            field_dict["rag_type"] = rag_type

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
            check_value(src_dict, "CollectionUpdateRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "CollectionUpdateRequest.name", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(
                    description, "CollectionUpdateRequest.description", "string"
                )

        rag_type = _src_get("rag_type", UNSET)
        if (
            rag_type.__class__ is not str
            or rag_type not in COLLECTION_UPDATE_REQUEST_RAG_TYPE_VALUES
        ) and rag_type is not UNSET:
            if rag_type is None:
                rag_type = UNSET
            else:
                rag_type = open_enum(
                    rag_type,
                    "CollectionUpdateRequest.rag_type",
                    COLLECTION_UPDATE_REQUEST_RAG_TYPE_VALUES,
                )

        collection_update_request = cls(
            name,
            description,
            rag_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            collection_update_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return collection_update_request

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
