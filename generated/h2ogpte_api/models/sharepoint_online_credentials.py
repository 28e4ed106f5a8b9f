from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sharepoint_online_credentials_auth_type import (
    SHAREPOINT_ONLINE_CREDENTIALS_AUTH_TYPE_VALUES,
    SharepointOnlineCredentialsAuthType,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

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
            auth_type (SharepointOnlineCredentialsAuthType | UnknownEnumValue | Unset): "app" for application credentials,
                "user" for delegated OAuth. Default: 'app'.
            tenant_name (str | Unset): SharePoint tenant name (app auth only).
            client_id (str | Unset): Azure AD application client ID (app auth only).
            client_secret (str | Unset): Azure AD application client secret (app auth only).
            user_id (str | Unset): User ID owning the OAuth token (user auth only).
            connector_id (str | Unset): Optional connector ID when the user has more than one linked SharePoint connector.
            admin_enumerate_drives (bool | Unset): App auth only. When true, discovery additionally enumerates every drive
                in the tenant via /drives. Requires Files.Read.All / Sites.Read.All on the application.  Default: False.
    """

    auth_type: SharepointOnlineCredentialsAuthType | UnknownEnumValue | Unset = UNSET
    tenant_name: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    user_id: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    admin_enumerate_drives: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
            check_value(src_dict, "SharepointOnlineCredentials", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        auth_type = _src_get("auth_type", UNSET)
        if (
            auth_type.__class__ is not str
            or auth_type not in SHAREPOINT_ONLINE_CREDENTIALS_AUTH_TYPE_VALUES
        ) and auth_type is not UNSET:
            if auth_type is None:
                auth_type = UNSET
            else:
                auth_type = open_enum(
                    auth_type,
                    "SharepointOnlineCredentials.auth_type",
                    SHAREPOINT_ONLINE_CREDENTIALS_AUTH_TYPE_VALUES,
                )

        tenant_name = _src_get("tenant_name", UNSET)
        if tenant_name.__class__ is not str and tenant_name is not UNSET:
            if tenant_name is None:
                tenant_name = UNSET
            else:
                check_value(
                    tenant_name, "SharepointOnlineCredentials.tenant_name", "string"
                )

        client_id = _src_get("client_id", UNSET)
        if client_id.__class__ is not str and client_id is not UNSET:
            if client_id is None:
                client_id = UNSET
            else:
                check_value(
                    client_id, "SharepointOnlineCredentials.client_id", "string"
                )

        client_secret = _src_get("client_secret", UNSET)
        if client_secret.__class__ is not str and client_secret is not UNSET:
            if client_secret is None:
                client_secret = UNSET
            else:
                check_value(
                    client_secret, "SharepointOnlineCredentials.client_secret", "string"
                )

        user_id = _src_get("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            if user_id is None:
                user_id = UNSET
            else:
                check_value(user_id, "SharepointOnlineCredentials.user_id", "string")

        connector_id = _src_get("connector_id", UNSET)
        if connector_id.__class__ is not str and connector_id is not UNSET:
            if connector_id is None:
                connector_id = UNSET
            else:
                check_value(
                    connector_id, "SharepointOnlineCredentials.connector_id", "string"
                )

        admin_enumerate_drives = _src_get("admin_enumerate_drives", UNSET)
        if (
            admin_enumerate_drives.__class__ is not bool
            and admin_enumerate_drives is not UNSET
        ):
            if admin_enumerate_drives is None:
                admin_enumerate_drives = UNSET
            else:
                check_value(
                    admin_enumerate_drives,
                    "SharepointOnlineCredentials.admin_enumerate_drives",
                    "boolean",
                )

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
