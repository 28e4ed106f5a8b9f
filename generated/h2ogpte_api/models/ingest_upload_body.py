from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ingest_upload_body_metadata import IngestUploadBodyMetadata


T = TypeVar("T", bound="IngestUploadBody")


@_attrs_define
class IngestUploadBody:
    """
    Attributes:
        metadata (IngestUploadBodyMetadata | Unset): Metadata for the document.
    """

    metadata: IngestUploadBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        _metadata = pop("metadata", UNSET)
        metadata: IngestUploadBodyMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = IngestUploadBodyMetadata.from_dict(_metadata)

        ingest_upload_body = cls(
            metadata,
        )

        ingest_upload_body.additional_properties = d
        return ingest_upload_body

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


from ..models.ingest_upload_body_metadata import IngestUploadBodyMetadata  # noqa: E402
