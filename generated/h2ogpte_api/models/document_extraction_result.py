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

T = TypeVar("T", bound="DocumentExtractionResult")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "document_name",
        "content",
        "error",
        "document_id",
    )
)


@_attrs_define
class DocumentExtractionResult:
    """
    Attributes:
        id (str): ID of the document extraction result
        document_name (str): Name of the document that was processed
        content (Any): The extracted content. A JSON object when the extractor has an input JSON schema, since the
            schema constrains the output to an object. A JSON string holding the free-form text the LLM produced when the
            extractor has no input JSON schema.
        error (str): Contains error in case extraction failed for this document. Otherwise empty.
        document_id (None | str | Unset): ID of the document that was processed. Null when the extraction was run on
            uploaded files without a collection.
    """

    id: str
    document_name: str
    content: Any
    error: str
    document_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_name = self.document_name

        content = self.content

        error = self.error

        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_name": document_name,
                "content": content,
                "error": error,
            }
        )
        if document_id is not UNSET:
            field_dict["document_id"] = document_id

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
            check_value(src_dict, "DocumentExtractionResult", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "DocumentExtractionResult.id", "string")

        document_name = src_dict["document_name"]
        if document_name.__class__ is not str:
            check_value(
                document_name, "DocumentExtractionResult.document_name", "string"
            )

        content = src_dict["content"]

        error = src_dict["error"]
        if error.__class__ is not str:
            check_value(error, "DocumentExtractionResult.error", "string")

        if len(src_dict) == 4:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                document_name,
                content,
                error,
            )

        _src_get = src_dict.get
        document_id = _src_get("document_id", UNSET)
        if (
            document_id.__class__ is not str
            and document_id is not None
            and document_id is not UNSET
        ):
            check_value(
                document_id, "DocumentExtractionResult.document_id", "string", "null"
            )

        document_extraction_result = cls(
            id,
            document_name,
            content,
            error,
            document_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            document_extraction_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return document_extraction_result

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
