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
    from ..models.confluence_credentials import ConfluenceCredentials
    from ..models.ingest_from_confluence_body_metadata import (
        IngestFromConfluenceBodyMetadata,
    )


T = TypeVar("T", bound="IngestFromConfluenceBody")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "base_url",
        "page_ids",
        "credentials",
        "include_attachments",
        "metadata",
    )
)


@_attrs_define
class IngestFromConfluenceBody:
    """
    Attributes:
        base_url (str): Base url of the confluence instance.
        page_ids (list[str]): Ids of pages to be ingested.
        credentials (ConfluenceCredentials): The object with Confluence credentials.
        include_attachments (bool | Unset): A flag indicating whether to also ingest attachments with the page. Default:
            False.
        metadata (IngestFromConfluenceBodyMetadata | Unset): Metadata for the documents.
    """

    base_url: str
    page_ids: list[str]
    credentials: ConfluenceCredentials
    include_attachments: bool | Unset = UNSET
    metadata: IngestFromConfluenceBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        page_ids = self.page_ids

        credentials = self.credentials.to_dict()

        include_attachments = self.include_attachments

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_url": base_url,
                "page_ids": page_ids,
                "credentials": credentials,
            }
        )
        if include_attachments is not UNSET:
            field_dict["include_attachments"] = include_attachments
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
            check_value(src_dict, "IngestFromConfluenceBody", "object")
        base_url = src_dict["base_url"]
        if base_url.__class__ is not str:
            check_value(base_url, "IngestFromConfluenceBody.base_url", "string")

        page_ids = cast(list[str], src_dict["page_ids"])
        if page_ids.__class__ is not list or page_ids:
            check_items(page_ids, "IngestFromConfluenceBody.page_ids", "string")

        credentials = ConfluenceCredentials.from_dict(src_dict["credentials"])

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                base_url,
                page_ids,
                credentials,
            )

        _src_get = src_dict.get
        include_attachments = _src_get("include_attachments", UNSET)
        if (
            include_attachments.__class__ is not bool
            and include_attachments is not UNSET
        ):
            if include_attachments is None:
                include_attachments = UNSET
            else:
                check_value(
                    include_attachments,
                    "IngestFromConfluenceBody.include_attachments",
                    "boolean",
                )

        _metadata = _src_get("metadata", UNSET)
        metadata: IngestFromConfluenceBodyMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = IngestFromConfluenceBodyMetadata.from_dict(_metadata)

        ingest_from_confluence_body = cls(
            base_url,
            page_ids,
            credentials,
            include_attachments,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            ingest_from_confluence_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return ingest_from_confluence_body

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


from ..models.confluence_credentials import ConfluenceCredentials  # noqa: E402
from ..models.ingest_from_confluence_body_metadata import (
    IngestFromConfluenceBodyMetadata,  # noqa: E402
)
