from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sharepoint_ingestion_entry_entry_type import (
    SHAREPOINT_INGESTION_ENTRY_ENTRY_TYPE_VALUES,
    SharepointIngestionEntryEntryType,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

T = TypeVar("T", bound="SharepointIngestionEntry")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "entry_type",
        "name",
        "web_url",
        "drive_id",
        "object_id",
    )
)


@_attrs_define
class SharepointIngestionEntry:
    """A single SharePoint entry to ingest. entry_type determines which other fields are required: - "site": object_id is
    required. - "drive": drive_id is required. - "drive_by_id": drive_id is required. Use this for drives only reachable
    by direct drive_id (OneDrive personal, M365 group drives, drives in non-discoverable sites). - "directory": drive_id
    and object_id are required. - "file": drive_id and object_id are required.

        Attributes:
            entry_type (SharepointIngestionEntryEntryType | UnknownEnumValue):
            name (str | Unset): Display name of the entry. Optional — used in logs.
            web_url (str | Unset): Web URL of the entry. Optional — derived from drive_id/object_id when omitted.
            drive_id (str | Unset): SharePoint drive identifier.
            object_id (str | Unset): SharePoint site/folder/file identifier.
    """

    entry_type: SharepointIngestionEntryEntryType | UnknownEnumValue
    name: str | Unset = UNSET
    web_url: str | Unset = UNSET
    drive_id: str | Unset = UNSET
    object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        entry_type: str = self.entry_type

        name = self.name

        web_url = self.web_url

        drive_id = self.drive_id

        object_id = self.object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry_type": entry_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if web_url is not UNSET:
            field_dict["web_url"] = web_url
        if drive_id is not UNSET:
            field_dict["drive_id"] = drive_id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id

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
            check_value(src_dict, "SharepointIngestionEntry", "object")
        entry_type = src_dict["entry_type"]
        if (
            entry_type.__class__ is not str
            or entry_type not in SHAREPOINT_INGESTION_ENTRY_ENTRY_TYPE_VALUES
        ):
            entry_type = open_enum(
                entry_type,
                "SharepointIngestionEntry.entry_type",
                SHAREPOINT_INGESTION_ENTRY_ENTRY_TYPE_VALUES,
            )

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                entry_type,
            )

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "SharepointIngestionEntry.name", "string")

        web_url = _src_get("web_url", UNSET)
        if web_url.__class__ is not str and web_url is not UNSET:
            if web_url is None:
                web_url = UNSET
            else:
                check_value(web_url, "SharepointIngestionEntry.web_url", "string")

        drive_id = _src_get("drive_id", UNSET)
        if drive_id.__class__ is not str and drive_id is not UNSET:
            if drive_id is None:
                drive_id = UNSET
            else:
                check_value(drive_id, "SharepointIngestionEntry.drive_id", "string")

        object_id = _src_get("object_id", UNSET)
        if object_id.__class__ is not str and object_id is not UNSET:
            if object_id is None:
                object_id = UNSET
            else:
                check_value(object_id, "SharepointIngestionEntry.object_id", "string")

        sharepoint_ingestion_entry = cls(
            entry_type,
            name,
            web_url,
            drive_id,
            object_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sharepoint_ingestion_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sharepoint_ingestion_entry

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
