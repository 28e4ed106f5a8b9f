from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_secret_request_secret_type import (
    CREATE_SECRET_REQUEST_SECRET_TYPE_VALUES,
    CreateSecretRequestSecretType,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

if TYPE_CHECKING:
    from ..models.create_secret_request_secret_value import (
        CreateSecretRequestSecretValue,
    )


T = TypeVar("T", bound="CreateSecretRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "secret_id",
        "secret_value",
        "secret_type",
    )
)


@_attrs_define
class CreateSecretRequest:
    """
    Attributes:
        secret_id (str): The ID (name) of the secret
        secret_value (CreateSecretRequestSecretValue): The secret data
        secret_type (CreateSecretRequestSecretType | UnknownEnumValue | Unset): The type of the secret (e.g., s3, gcs,
            azure_blob)
    """

    secret_id: str
    secret_value: CreateSecretRequestSecretValue
    secret_type: CreateSecretRequestSecretType | UnknownEnumValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        secret_id = self.secret_id

        secret_value = self.secret_value.to_dict()

        secret_type: str | Unset = UNSET
        if not isinstance(self.secret_type, Unset):
            secret_type = self.secret_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secret_id": secret_id,
                "secret_value": secret_value,
            }
        )
        if secret_type is not UNSET:
            field_dict["secret_type"] = secret_type

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
            check_value(src_dict, "CreateSecretRequest", "object")
        secret_id = src_dict["secret_id"]
        if secret_id.__class__ is not str:
            check_value(secret_id, "CreateSecretRequest.secret_id", "string")

        secret_value = CreateSecretRequestSecretValue.from_dict(
            src_dict["secret_value"]
        )

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                secret_id,
                secret_value,
            )

        _src_get = src_dict.get
        secret_type = _src_get("secret_type", UNSET)
        if (
            secret_type.__class__ is not str
            or secret_type not in CREATE_SECRET_REQUEST_SECRET_TYPE_VALUES
        ) and secret_type is not UNSET:
            if secret_type is None:
                secret_type = UNSET
            else:
                secret_type = open_enum(
                    secret_type,
                    "CreateSecretRequest.secret_type",
                    CREATE_SECRET_REQUEST_SECRET_TYPE_VALUES,
                )

        create_secret_request = cls(
            secret_id,
            secret_value,
            secret_type,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            create_secret_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_secret_request

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


from ..models.create_secret_request_secret_value import CreateSecretRequestSecretValue  # noqa: E402
