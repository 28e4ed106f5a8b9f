from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentSummary")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        id = pop("id")

        document_id = pop("document_id")

        content = pop("content")

        error = pop("error")

        kwargs = pop("kwargs")

        created_at = pop("created_at")

        usage_stats = pop("usage_stats", UNSET)

        document_summary = cls(
            id,
            document_id,
            content,
            error,
            kwargs,
            created_at,
            usage_stats,
        )

        document_summary.additional_properties = d
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
