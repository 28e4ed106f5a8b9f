from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_create_request_vex_encryption import (
    COLLECTION_CREATE_REQUEST_VEX_ENCRYPTION_VALUES,
    CollectionCreateRequestVexEncryption,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    invalid,
    model_repr,
    open_enum,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.chat_settings import ChatSettings
    from ..models.collection_settings import CollectionSettings


T = TypeVar("T", bound="CollectionCreateRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "embedding_model",
        "collection_settings",
        "chat_settings",
        "expiry_date",
        "workspace",
        "vex_encryption",
    )
)


@_attrs_define
class CollectionCreateRequest:
    """
    Attributes:
        name (str):
        description (str):
        embedding_model (str | Unset):
        collection_settings (CollectionSettings | Unset):
        chat_settings (ChatSettings | Unset):
        expiry_date (datetime.datetime | Unset): Optional expiration date for the collection
        workspace (str | Unset):
        vex_encryption (CollectionCreateRequestVexEncryption | UnknownEnumValue | Unset): Per-collection vector
            encryption choice, honored at create time only:   * `enabled` — store vectors encrypted (server must have a
            vector     encryption provider configured; the collection cannot later be     opened on a server with no
            provider).   * `disabled` — store vectors as plaintext, even if the server has     encryption enabled by
            default.   * omitted — fall back to the server-level default     (`H2OGPTE_VEX_ENCRYPTION_ENABLED`). Sticky once
            any data is written: existing collections cannot switch modes after the first write.
    """

    name: str
    description: str
    embedding_model: str | Unset = UNSET
    collection_settings: CollectionSettings | Unset = UNSET
    chat_settings: ChatSettings | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    workspace: str | Unset = UNSET
    vex_encryption: CollectionCreateRequestVexEncryption | UnknownEnumValue | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        embedding_model = self.embedding_model

        collection_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_settings, Unset):
            collection_settings = self.collection_settings.to_dict()

        chat_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat_settings, Unset):
            chat_settings = self.chat_settings.to_dict()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        workspace = self.workspace

        vex_encryption: str | Unset = UNSET
        if not isinstance(self.vex_encryption, Unset):
            vex_encryption = self.vex_encryption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if embedding_model is not UNSET:
            field_dict["embedding_model"] = embedding_model
        if collection_settings is not UNSET:
            field_dict["collection_settings"] = collection_settings
        if chat_settings is not UNSET:
            field_dict["chat_settings"] = chat_settings
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if vex_encryption is not UNSET:
            field_dict["vex_encryption"] = vex_encryption

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
            check_value(src_dict, "CollectionCreateRequest", "object")
        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "CollectionCreateRequest.name", "string")

        description = src_dict["description"]
        if description.__class__ is not str:
            check_value(description, "CollectionCreateRequest.description", "string")

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                name,
                description,
            )

        _src_get = src_dict.get
        embedding_model = _src_get("embedding_model", UNSET)
        if embedding_model.__class__ is not str and embedding_model is not UNSET:
            if embedding_model is None:
                embedding_model = UNSET
            else:
                check_value(
                    embedding_model, "CollectionCreateRequest.embedding_model", "string"
                )

        _collection_settings = _src_get("collection_settings", UNSET)
        collection_settings: CollectionSettings | Unset
        if _collection_settings is UNSET:
            collection_settings = UNSET
        else:
            collection_settings = CollectionSettings.from_dict(_collection_settings)

        _chat_settings = _src_get("chat_settings", UNSET)
        chat_settings: ChatSettings | Unset
        if _chat_settings is UNSET:
            chat_settings = UNSET
        else:
            chat_settings = ChatSettings.from_dict(_chat_settings)

        _expiry_date = _src_get("expiry_date", UNSET)
        expiry_date: datetime.datetime | Unset
        if _expiry_date is UNSET:
            expiry_date = _expiry_date
        elif _expiry_date is None:
            expiry_date = UNSET
        else:
            try:
                expiry_date = parse_datetime(_expiry_date)
            except (TypeError, ValueError):
                raise invalid(
                    _expiry_date,
                    "CollectionCreateRequest.expiry_date",
                    "a date-time string",
                ) from None

        workspace = _src_get("workspace", UNSET)
        if workspace.__class__ is not str and workspace is not UNSET:
            if workspace is None:
                workspace = UNSET
            else:
                check_value(workspace, "CollectionCreateRequest.workspace", "string")

        vex_encryption = _src_get("vex_encryption", UNSET)
        if (
            vex_encryption.__class__ is not str
            or vex_encryption not in COLLECTION_CREATE_REQUEST_VEX_ENCRYPTION_VALUES
        ) and vex_encryption is not UNSET:
            if vex_encryption is None:
                vex_encryption = UNSET
            else:
                vex_encryption = open_enum(
                    vex_encryption,
                    "CollectionCreateRequest.vex_encryption",
                    COLLECTION_CREATE_REQUEST_VEX_ENCRYPTION_VALUES,
                )

        collection_create_request = cls(
            name,
            description,
            embedding_model,
            collection_settings,
            chat_settings,
            expiry_date,
            workspace,
            vex_encryption,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            collection_create_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return collection_create_request

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


from ..models.chat_settings import ChatSettings  # noqa: E402
from ..models.collection_settings import CollectionSettings  # noqa: E402
