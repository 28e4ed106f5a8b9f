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
    from ..models.create_library_skill_201_response_inner_config import (
        CreateLibrarySkill201ResponseInnerConfig,
    )


T = TypeVar("T", bound="CreateLibrarySkill201ResponseInner")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "skill_id",
        "config",
        "inserted",
        "created_at",
        "updated_at",
    )
)


@_attrs_define
class CreateLibrarySkill201ResponseInner:
    """
    Attributes:
        id (str | Unset):
        skill_id (str | Unset):
        config (CreateLibrarySkill201ResponseInnerConfig | Unset):
        inserted (bool | Unset): True when newly created, false when an existing entry was replaced.
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    skill_id: str | Unset = UNSET
    config: CreateLibrarySkill201ResponseInnerConfig | Unset = UNSET
    inserted: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        skill_id = self.skill_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        inserted = self.inserted

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
        if skill_id is not UNSET:
            field_dict["skill_id"] = skill_id
        if config is not UNSET:
            field_dict["config"] = config
        if inserted is not UNSET:
            field_dict["inserted"] = inserted
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
            check_value(src_dict, "CreateLibrarySkill201ResponseInner", "object")
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
                check_value(id, "CreateLibrarySkill201ResponseInner.id", "string")

        skill_id = _src_get("skill_id", UNSET)
        if skill_id.__class__ is not str and skill_id is not UNSET:
            if skill_id is None:
                skill_id = UNSET
            else:
                check_value(
                    skill_id, "CreateLibrarySkill201ResponseInner.skill_id", "string"
                )

        _config = _src_get("config", UNSET)
        config: CreateLibrarySkill201ResponseInnerConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = CreateLibrarySkill201ResponseInnerConfig.from_dict(_config)

        inserted = _src_get("inserted", UNSET)
        if inserted.__class__ is not bool and inserted is not UNSET:
            if inserted is None:
                inserted = UNSET
            else:
                check_value(
                    inserted, "CreateLibrarySkill201ResponseInner.inserted", "boolean"
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
                    "CreateLibrarySkill201ResponseInner.created_at",
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
                    "CreateLibrarySkill201ResponseInner.updated_at",
                    "a date-time string",
                ) from None

        create_library_skill_201_response_inner = cls(
            id,
            skill_id,
            config,
            inserted,
            created_at,
            updated_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            create_library_skill_201_response_inner.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_library_skill_201_response_inner

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


from ..models.create_library_skill_201_response_inner_config import (
    CreateLibrarySkill201ResponseInnerConfig,  # noqa: E402
)
