from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="S3Credentials")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "use_irsa",
        "access_key_id",
        "secret_access_key",
        "session_token",
        "role_arn",
        "external_id",
        "endpoint_url",
    )
)


@_attrs_define
class S3Credentials:
    """The object with S3 credentials. If the object is not provided, only public buckets will be accessible. When use_irsa
    is true, access_key_id and secret_access_key are optional and the pod's service account will be used for
    authentication.

        Attributes:
            use_irsa (bool | Unset): Enable IAM Roles for Service Accounts (IRSA) to authenticate using the pod's service
                account. When enabled, explicit credentials are not required. Default: False.
            access_key_id (str | Unset): AWS access key ID. Not required when using IRSA.
            secret_access_key (str | Unset): AWS secret access key. Not required when using IRSA.
            session_token (str | Unset): AWS session token for temporary credentials.
            role_arn (str | Unset): The Amazon Resource Name (ARN) of IAM Role that will be utilized for accessing the S3
                storage. When IRSA is enabled, this role will be assumed from the service account identity (role chaining). When
                IRSA is disabled, it requires specification of other credentials to identify an identity the role will be
                associated with.
            external_id (str | Unset): Optional security token for assuming cross-account roles. This is used to prevent the
                'confused deputy' problem when a third party assumes a role in your account. Only required if the role's trust
                policy requires an external ID.
            endpoint_url (str | Unset): Custom S3-compatible endpoint URL. Leave empty for standard AWS S3. Example:
                https://qumulo.example.com
    """

    use_irsa: bool | Unset = UNSET
    access_key_id: str | Unset = UNSET
    secret_access_key: str | Unset = UNSET
    session_token: str | Unset = UNSET
    role_arn: str | Unset = UNSET
    external_id: str | Unset = UNSET
    endpoint_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        use_irsa = self.use_irsa

        access_key_id = self.access_key_id

        secret_access_key = self.secret_access_key

        session_token = self.session_token

        role_arn = self.role_arn

        external_id = self.external_id

        endpoint_url = self.endpoint_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_irsa is not UNSET:
            field_dict["use_irsa"] = use_irsa
        if access_key_id is not UNSET:
            field_dict["access_key_id"] = access_key_id
        if secret_access_key is not UNSET:
            field_dict["secret_access_key"] = secret_access_key
        if session_token is not UNSET:
            field_dict["session_token"] = session_token
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if endpoint_url is not UNSET:
            field_dict["endpoint_url"] = endpoint_url

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
            check_value(src_dict, "S3Credentials", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        use_irsa = _src_get("use_irsa", UNSET)
        if use_irsa.__class__ is not bool and use_irsa is not UNSET:
            if use_irsa is None:
                use_irsa = UNSET
            else:
                check_value(use_irsa, "S3Credentials.use_irsa", "boolean")

        access_key_id = _src_get("access_key_id", UNSET)
        if access_key_id.__class__ is not str and access_key_id is not UNSET:
            if access_key_id is None:
                access_key_id = UNSET
            else:
                check_value(access_key_id, "S3Credentials.access_key_id", "string")

        secret_access_key = _src_get("secret_access_key", UNSET)
        if secret_access_key.__class__ is not str and secret_access_key is not UNSET:
            if secret_access_key is None:
                secret_access_key = UNSET
            else:
                check_value(
                    secret_access_key, "S3Credentials.secret_access_key", "string"
                )

        session_token = _src_get("session_token", UNSET)
        if session_token.__class__ is not str and session_token is not UNSET:
            if session_token is None:
                session_token = UNSET
            else:
                check_value(session_token, "S3Credentials.session_token", "string")

        role_arn = _src_get("role_arn", UNSET)
        if role_arn.__class__ is not str and role_arn is not UNSET:
            if role_arn is None:
                role_arn = UNSET
            else:
                check_value(role_arn, "S3Credentials.role_arn", "string")

        external_id = _src_get("external_id", UNSET)
        if external_id.__class__ is not str and external_id is not UNSET:
            if external_id is None:
                external_id = UNSET
            else:
                check_value(external_id, "S3Credentials.external_id", "string")

        endpoint_url = _src_get("endpoint_url", UNSET)
        if endpoint_url.__class__ is not str and endpoint_url is not UNSET:
            if endpoint_url is None:
                endpoint_url = UNSET
            else:
                check_value(endpoint_url, "S3Credentials.endpoint_url", "string")

        s3_credentials = cls(
            use_irsa,
            access_key_id,
            secret_access_key,
            session_token,
            role_arn,
            external_id,
            endpoint_url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            s3_credentials.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return s3_credentials

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
