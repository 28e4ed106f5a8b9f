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
    from ..models.ingest_from_s3_body_metadata import IngestFromS3BodyMetadata
    from ..models.s3_credentials import S3Credentials


T = TypeVar("T", bound="IngestFromS3Body")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "urls",
        "region",
        "credentials",
        "metadata",
    )
)


@_attrs_define
class IngestFromS3Body:
    """
    Attributes:
        urls (list[str]): The path or list of paths of S3 files or directories.
        region (str | Unset): The name of the region used for interaction with AWS services. Default: 'us-east-1'.
        credentials (S3Credentials | Unset): The object with S3 credentials. If the object is not provided, only public
            buckets will be accessible. When use_irsa is true, access_key_id and secret_access_key are optional and the
            pod's service account will be used for authentication.
        metadata (IngestFromS3BodyMetadata | Unset): Metadata for the documents.
    """

    urls: list[str]
    region: str | Unset = UNSET
    credentials: S3Credentials | Unset = UNSET
    metadata: IngestFromS3BodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        urls = self.urls

        region = self.region

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
        if region is not UNSET:
            field_dict["region"] = region
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
            check_value(src_dict, "IngestFromS3Body", "object")
        urls = cast(list[str], src_dict["urls"])
        if urls.__class__ is not list or urls:
            check_items(urls, "IngestFromS3Body.urls", "string")

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                urls,
            )

        _src_get = src_dict.get
        region = _src_get("region", UNSET)
        if region.__class__ is not str and region is not UNSET:
            if region is None:
                region = UNSET
            else:
                check_value(region, "IngestFromS3Body.region", "string")

        _credentials = _src_get("credentials", UNSET)
        credentials: S3Credentials | Unset
        if _credentials is UNSET:
            credentials = UNSET
        else:
            credentials = S3Credentials.from_dict(_credentials)

        _metadata = _src_get("metadata", UNSET)
        metadata: IngestFromS3BodyMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = IngestFromS3BodyMetadata.from_dict(_metadata)

        ingest_from_s3_body = cls(
            urls,
            region,
            credentials,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            ingest_from_s3_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return ingest_from_s3_body

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


from ..models.ingest_from_s3_body_metadata import IngestFromS3BodyMetadata  # noqa: E402
from ..models.s3_credentials import S3Credentials  # noqa: E402
