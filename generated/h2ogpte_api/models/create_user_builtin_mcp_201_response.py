from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    invalid,
    model_repr,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.create_user_builtin_mcp_201_response_config import (
        CreateUserBuiltinMcp201ResponseConfig,
    )


T = TypeVar("T", bound="CreateUserBuiltinMcp201Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "mcp_id",
        "config",
        "user_id",
        "created_at",
        "updated_at",
    )
)


@_attrs_define
class CreateUserBuiltinMcp201Response:
    """
    Attributes:
        id (str | Unset): Database ID of the created MCP
        mcp_id (str | Unset): The MCP identifier (ends with _builtin)
        config (CreateUserBuiltinMcp201ResponseConfig | Unset): The MCP configuration
        user_id (str | Unset): User ID of the creator
        created_at (datetime.datetime | Unset): Creation timestamp
        updated_at (datetime.datetime | Unset): Last update timestamp
    """

    id: str | Unset = UNSET
    mcp_id: str | Unset = UNSET
    config: CreateUserBuiltinMcp201ResponseConfig | Unset = UNSET
    user_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mcp_id = self.mcp_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        user_id = self.user_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if mcp_id is not UNSET:
            field_dict["mcp_id"] = mcp_id
        if config is not UNSET:
            field_dict["config"] = config
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            check_value(src_dict, "CreateUserBuiltinMcp201Response", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        id = _src_get("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            if id is None:
                id = UNSET
            else:
                check_value(id, "CreateUserBuiltinMcp201Response.id", "string")

        mcp_id = _src_get("mcp_id", UNSET)
        if mcp_id.__class__ is not str and mcp_id is not UNSET:
            if mcp_id is None:
                mcp_id = UNSET
            else:
                check_value(mcp_id, "CreateUserBuiltinMcp201Response.mcp_id", "string")

        _config = _src_get("config", UNSET)
        config: CreateUserBuiltinMcp201ResponseConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = CreateUserBuiltinMcp201ResponseConfig.from_dict(_config)

        user_id = _src_get("user_id", UNSET)
        if user_id.__class__ is not str and user_id is not UNSET:
            if user_id is None:
                user_id = UNSET
            else:
                check_value(
                    user_id, "CreateUserBuiltinMcp201Response.user_id", "string"
                )

        _created_at = _src_get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = _created_at
        elif _created_at is None:
            created_at = UNSET
        else:
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError):
                raise invalid(
                    _created_at,
                    "CreateUserBuiltinMcp201Response.created_at",
                    "a date-time string",
                ) from None

        _updated_at = _src_get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = _updated_at
        elif _updated_at is None:
            updated_at = UNSET
        else:
            try:
                updated_at = parse_datetime(_updated_at)
            except (TypeError, ValueError):
                raise invalid(
                    _updated_at,
                    "CreateUserBuiltinMcp201Response.updated_at",
                    "a date-time string",
                ) from None

        create_user_builtin_mcp_201_response = cls(
            id,
            mcp_id,
            config,
            user_id,
            created_at,
            updated_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            create_user_builtin_mcp_201_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_user_builtin_mcp_201_response

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


from ..models.create_user_builtin_mcp_201_response_config import (
    CreateUserBuiltinMcp201ResponseConfig,  # noqa: E402
)
