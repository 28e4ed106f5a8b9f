from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.ingest_from_sharepoint_online_body_metadata import (
        IngestFromSharepointOnlineBodyMetadata,
    )
    from ..models.sharepoint_ingestion_entry import SharepointIngestionEntry
    from ..models.sharepoint_online_credentials import SharepointOnlineCredentials


T = TypeVar("T", bound="IngestFromSharepointOnlineBody")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "entries",
        "credentials",
        "metadata",
    )
)


@_attrs_define
class IngestFromSharepointOnlineBody:
    """
    Attributes:
        entries (list[SharepointIngestionEntry]): Entries to ingest. Each entry is one of: a site (full subtree), a
            drive (full drive contents), a drive_by_id (a drive identified only by its drive_id), a directory, or a single
            file.
        credentials (SharepointOnlineCredentials): Credentials for SharePoint Online. Provide either the app-auth triple
            (tenant_name + client_id + client_secret) or the OAuth-user pair (user_id + optional connector_id). The
            auth_type field must match.
        metadata (IngestFromSharepointOnlineBodyMetadata | Unset): Metadata for the documents.
    """

    entries: list[SharepointIngestionEntry]
    credentials: SharepointOnlineCredentials
    metadata: IngestFromSharepointOnlineBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        credentials = self.credentials.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
                "credentials": credentials,
            }
        )
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
            check_value(src_dict, "IngestFromSharepointOnlineBody", "object")
        _entries = src_dict["entries"]
        if _entries.__class__ is not list:
            check_value(_entries, "IngestFromSharepointOnlineBody.entries", "array")
        entries = list(map(SharepointIngestionEntry.from_dict, _entries))

        credentials = SharepointOnlineCredentials.from_dict(src_dict["credentials"])

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                entries,
                credentials,
            )

        _src_get = src_dict.get
        _metadata = _src_get("metadata", UNSET)
        metadata: IngestFromSharepointOnlineBodyMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = IngestFromSharepointOnlineBodyMetadata.from_dict(_metadata)

        ingest_from_sharepoint_online_body = cls(
            entries,
            credentials,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            ingest_from_sharepoint_online_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return ingest_from_sharepoint_online_body

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


from ..models.ingest_from_sharepoint_online_body_metadata import (
    IngestFromSharepointOnlineBodyMetadata,  # noqa: E402
)
from ..models.sharepoint_ingestion_entry import SharepointIngestionEntry  # noqa: E402
from ..models.sharepoint_online_credentials import SharepointOnlineCredentials  # noqa: E402
