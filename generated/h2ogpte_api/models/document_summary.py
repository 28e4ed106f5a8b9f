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

T = TypeVar("T", bound="DocumentSummary")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "document_id",
        "content",
        "error",
        "kwargs",
        "created_at",
        "usage_stats",
    )
)


@_attrs_define
class DocumentSummary:
    """
    Attributes:
        id (str): A unique identifier of the document summary
        document_id (str): A unique identifier of the document
        content (str):
        error (str):
        kwargs (str):
        created_at (str):
        usage_stats (str | Unset):
    """

    id: str
    document_id: str
    content: str
    error: str
    kwargs: str
    created_at: str
    usage_stats: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        content = self.content

        error = self.error

        kwargs = self.kwargs

        created_at = self.created_at

        usage_stats = self.usage_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_id": document_id,
                "content": content,
                "error": error,
                "kwargs": kwargs,
                "created_at": created_at,
            }
        )
        if usage_stats is not UNSET:
            field_dict["usage_stats"] = usage_stats

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
            check_value(src_dict, "DocumentSummary", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "DocumentSummary.id", "string")

        document_id = src_dict["document_id"]
        if document_id.__class__ is not str:
            check_value(document_id, "DocumentSummary.document_id", "string")

        content = src_dict["content"]
        if content.__class__ is not str:
            check_value(content, "DocumentSummary.content", "string")

        error = src_dict["error"]
        if error.__class__ is not str:
            check_value(error, "DocumentSummary.error", "string")

        kwargs = src_dict["kwargs"]
        if kwargs.__class__ is not str:
            check_value(kwargs, "DocumentSummary.kwargs", "string")

        created_at = src_dict["created_at"]
        if created_at.__class__ is not str:
            check_value(created_at, "DocumentSummary.created_at", "string")

        if len(src_dict) == 6:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                document_id,
                content,
                error,
                kwargs,
                created_at,
            )

        _src_get = src_dict.get
        usage_stats = _src_get("usage_stats", UNSET)
        if usage_stats.__class__ is not str and usage_stats is not UNSET:
            if usage_stats is None:
                usage_stats = UNSET
            else:
                check_value(usage_stats, "DocumentSummary.usage_stats", "string")

        document_summary = cls(
            id,
            document_id,
            content,
            error,
            kwargs,
            created_at,
            usage_stats,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            document_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return document_summary

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
