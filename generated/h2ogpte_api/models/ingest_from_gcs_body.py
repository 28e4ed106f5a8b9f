from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.gcs_credentials import GCSCredentials
    from ..models.ingest_from_gcs_body_metadata import IngestFromGcsBodyMetadata


T = TypeVar("T", bound="IngestFromGcsBody")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "urls",
        "credentials",
        "metadata",
    )
)


@_attrs_define
class IngestFromGcsBody:
    """
    Attributes:
        urls (list[str]): The path or list of paths of GCS files or directories.
        credentials (GCSCredentials | Unset): The object holding  JSON key of Google Cloud service account. If the
            object is not provided, only public buckets will be accessible.
        metadata (IngestFromGcsBodyMetadata | Unset): Metadata for the document.
    """

    urls: list[str]
    credentials: GCSCredentials | Unset = UNSET
    metadata: IngestFromGcsBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        urls = self.urls

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls": urls,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
            check_value(src_dict, "IngestFromGcsBody", "object")
        urls = cast(list[str], src_dict["urls"])
        if urls.__class__ is not list or urls:
            check_items(urls, "IngestFromGcsBody.urls", "string")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                urls,
            )

        _src_get = src_dict.get
        _credentials = _src_get("credentials", UNSET)
        credentials: GCSCredentials | Unset
        if _credentials is UNSET:
            credentials = UNSET
        else:
            credentials = GCSCredentials.from_dict(_credentials)

        _metadata = _src_get("metadata", UNSET)
        metadata: IngestFromGcsBodyMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = IngestFromGcsBodyMetadata.from_dict(_metadata)

        ingest_from_gcs_body = cls(
            urls,
            credentials,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            ingest_from_gcs_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return ingest_from_gcs_body

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


from ..models.gcs_credentials import GCSCredentials  # noqa: E402
from ..models.ingest_from_gcs_body_metadata import IngestFromGcsBodyMetadata  # noqa: E402
