from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sharepoint_online_credentials_auth_type import (
    SharepointOnlineCredentialsAuthType,
    check_sharepoint_online_credentials_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SharepointOnlineCredentials")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "auth_type",
        "tenant_name",
        "client_id",
        "client_secret",
        "user_id",
        "connector_id",
        "admin_enumerate_drives",
    )
)


@_attrs_define
class SharepointOnlineCredentials:
    """Credentials for SharePoint Online. Provide either the app-auth triple (tenant_name + client_id + client_secret) or
    the OAuth-user pair (user_id + optional connector_id). The auth_type field must match.

        Attributes:
            auth_type (SharepointOnlineCredentialsAuthType | Unset): "app" for application credentials, "user" for delegated
                OAuth. Default: 'app'.
            tenant_name (str | Unset): SharePoint tenant name (app auth only).
            client_id (str | Unset): Azure AD application client ID (app auth only).
            client_secret (str | Unset): Azure AD application client secret (app auth only).
            user_id (str | Unset): User ID owning the OAuth token (user auth only).
            connector_id (str | Unset): Optional connector ID when the user has more than one linked SharePoint connector.
            admin_enumerate_drives (bool | Unset): App auth only. When true, discovery additionally enumerates every drive
                in the tenant via /drives. Requires Files.Read.All / Sites.Read.All on the application.  Default: False.
    """

    auth_type: SharepointOnlineCredentialsAuthType | Unset = UNSET
    tenant_name: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    user_id: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    admin_enumerate_drives: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        tenant_name = self.tenant_name

        client_id = self.client_id

        client_secret = self.client_secret

        user_id = self.user_id

        connector_id = self.connector_id

        admin_enumerate_drives = self.admin_enumerate_drives

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if tenant_name is not UNSET:
            field_dict["tenant_name"] = tenant_name
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if admin_enumerate_drives is not UNSET:
            field_dict["admin_enumerate_drives"] = admin_enumerate_drives

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        _auth_type = _src_get("auth_type", UNSET)
        auth_type: SharepointOnlineCredentialsAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = check_sharepoint_online_credentials_auth_type(_auth_type)

        tenant_name = _src_get("tenant_name", UNSET)

        client_id = _src_get("client_id", UNSET)

        client_secret = _src_get("client_secret", UNSET)

        user_id = _src_get("user_id", UNSET)

        connector_id = _src_get("connector_id", UNSET)

        admin_enumerate_drives = _src_get("admin_enumerate_drives", UNSET)

        sharepoint_online_credentials = cls(
            auth_type,
            tenant_name,
            client_id,
            client_secret,
            user_id,
            connector_id,
            admin_enumerate_drives,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            sharepoint_online_credentials.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return sharepoint_online_credentials

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
