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
    from ..models.azure_credentials import AzureCredentials
    from ..models.ingest_from_azure_blob_storage_body_metadata import (
        IngestFromAzureBlobStorageBodyMetadata,
    )


T = TypeVar("T", bound="IngestFromAzureBlobStorageBody")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "container",
        "paths",
        "account_name",
        "credentials",
        "metadata",
    )
)


@_attrs_define
class IngestFromAzureBlobStorageBody:
    """
    Attributes:
        container (str): Name of the Azure Blob Storage container.
        paths (list[str]): Path or list of paths to files or directories within an Azure Blob Storage container.
        account_name (str): Name of a storage account
        credentials (AzureCredentials | Unset): The object with Azure credentials. If container is private, set either
            `account_key` or `sas_token`.
        metadata (IngestFromAzureBlobStorageBodyMetadata | Unset): Metadata for the document.
    """

    container: str
    paths: list[str]
    account_name: str
    credentials: AzureCredentials | Unset = UNSET
    metadata: IngestFromAzureBlobStorageBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        container = self.container

        paths = self.paths

        account_name = self.account_name

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
                "container": container,
                "paths": paths,
                "account_name": account_name,
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
            check_value(src_dict, "IngestFromAzureBlobStorageBody", "object")
        container = src_dict["container"]
        if container.__class__ is not str:
            check_value(container, "IngestFromAzureBlobStorageBody.container", "string")

        paths = cast(list[str], src_dict["paths"])
        if paths.__class__ is not list or paths:
            check_items(paths, "IngestFromAzureBlobStorageBody.paths", "string")

        account_name = src_dict["account_name"]
        if account_name.__class__ is not str:
            check_value(
                account_name, "IngestFromAzureBlobStorageBody.account_name", "string"
            )

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                container,
                paths,
                account_name,
            )

        _src_get = src_dict.get
        _credentials = _src_get("credentials", UNSET)
        credentials: AzureCredentials | Unset
        if _credentials is UNSET:
            credentials = UNSET
        else:
            credentials = AzureCredentials.from_dict(_credentials)

        _metadata = _src_get("metadata", UNSET)
        metadata: IngestFromAzureBlobStorageBodyMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = IngestFromAzureBlobStorageBodyMetadata.from_dict(_metadata)

        ingest_from_azure_blob_storage_body = cls(
            container,
            paths,
            account_name,
            credentials,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            ingest_from_azure_blob_storage_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return ingest_from_azure_blob_storage_body

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


from ..models.azure_credentials import AzureCredentials  # noqa: E402
from ..models.ingest_from_azure_blob_storage_body_metadata import (
    IngestFromAzureBlobStorageBodyMetadata,  # noqa: E402
)
