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

T = TypeVar("T", bound="ChatMessageReference")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "document_id",
        "document_name",
        "chunk_id",
        "score",
        "pages",
        "were_references_deleted",
        "collection_id",
        "content",
        "uri",
    )
)


@_attrs_define
class ChatMessageReference:
    """
    Attributes:
        document_id (str):
        document_name (str):
        chunk_id (int):
        score (float):
        pages (str):
        were_references_deleted (bool):
        collection_id (str | Unset):
        content (str | Unset):
        uri (str | Unset):
    """

    document_id: str
    document_name: str
    chunk_id: int
    score: float
    pages: str
    were_references_deleted: bool
    collection_id: str | Unset = UNSET
    content: str | Unset = UNSET
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        document_name = self.document_name

        chunk_id = self.chunk_id

        score = self.score

        pages = self.pages

        were_references_deleted = self.were_references_deleted

        collection_id = self.collection_id

        content = self.content

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "document_name": document_name,
                "chunk_id": chunk_id,
                "score": score,
                "pages": pages,
                "were_references_deleted": were_references_deleted,
            }
        )
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if content is not UNSET:
            field_dict["content"] = content
        if uri is not UNSET:
            field_dict["uri"] = uri

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
            check_value(src_dict, "ChatMessageReference", "object")
        document_id = src_dict["document_id"]
        if document_id.__class__ is not str:
            check_value(document_id, "ChatMessageReference.document_id", "string")

        document_name = src_dict["document_name"]
        if document_name.__class__ is not str:
            check_value(document_name, "ChatMessageReference.document_name", "string")

        chunk_id = src_dict["chunk_id"]
        if chunk_id.__class__ is not int:
            check_value(chunk_id, "ChatMessageReference.chunk_id", "integer")

        score = src_dict["score"]
        if score.__class__ is not float and score.__class__ is not int:
            check_value(score, "ChatMessageReference.score", "number")

        pages = src_dict["pages"]
        if pages.__class__ is not str:
            check_value(pages, "ChatMessageReference.pages", "string")

        were_references_deleted = src_dict["were_references_deleted"]
        if were_references_deleted.__class__ is not bool:
            check_value(
                were_references_deleted,
                "ChatMessageReference.were_references_deleted",
                "boolean",
            )

        if len(src_dict) == 6:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                document_id,
                document_name,
                chunk_id,
                score,
                pages,
                were_references_deleted,
            )

        _src_get = src_dict.get
        collection_id = _src_get("collection_id", UNSET)
        if collection_id.__class__ is not str and collection_id is not UNSET:
            if collection_id is None:
                collection_id = UNSET
            else:
                check_value(
                    collection_id, "ChatMessageReference.collection_id", "string"
                )

        content = _src_get("content", UNSET)
        if content.__class__ is not str and content is not UNSET:
            if content is None:
                content = UNSET
            else:
                check_value(content, "ChatMessageReference.content", "string")

        uri = _src_get("uri", UNSET)
        if uri.__class__ is not str and uri is not UNSET:
            if uri is None:
                uri = UNSET
            else:
                check_value(uri, "ChatMessageReference.uri", "string")

        chat_message_reference = cls(
            document_id,
            document_name,
            chunk_id,
            score,
            pages,
            were_references_deleted,
            collection_id,
            content,
            uri,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            chat_message_reference.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_message_reference

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
