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

T = TypeVar("T", bound="ListBuiltinSkills200ResponseInner")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "skill_name",
        "description",
        "is_skill_added",
        "user_skill_id",
        "added_by_admin",
        "added_by_email",
        "added_by_user_id",
        "version",
        "updated_at",
        "official",
        "install_count",
        "star_count",
        "is_starred_by_me",
        "last_edited_by_email",
    )
)


@_attrs_define
class ListBuiltinSkills200ResponseInner:
    """
    Attributes:
        id (str | Unset):
        skill_name (str | Unset):
        description (str | Unset):
        is_skill_added (bool | Unset):
        user_skill_id (None | str | Unset): The caller's installed agent_skill id, set when is_skill_added is true.
        added_by_admin (bool | Unset): True for admin-published entries, false for predefined skills.
        added_by_email (None | str | Unset): Email of the publishing admin, for admin-published entries.
        added_by_user_id (None | str | Unset): User id of the publishing admin. Only set on admin-published entries.
        version (str | Unset): Skill version. Only set on predefined entries.
        updated_at (str | Unset): Last update timestamp. Only set on predefined entries.
        official (bool | Unset): True for officially maintained skills. Only set on predefined entries.
        install_count (int | Unset): Distinct users who currently have this skill installed.
        star_count (int | Unset): Number of users who have starred this skill.
        is_starred_by_me (bool | Unset): Whether the calling user has starred this skill.
        last_edited_by_email (None | str | Unset): Email of the last publisher to edit this entry. Served only to
            callers who can manage the library, on admin-published entries.
    """

    id: str | Unset = UNSET
    skill_name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_skill_added: bool | Unset = UNSET
    user_skill_id: None | str | Unset = UNSET
    added_by_admin: bool | Unset = UNSET
    added_by_email: None | str | Unset = UNSET
    added_by_user_id: None | str | Unset = UNSET
    version: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    official: bool | Unset = UNSET
    install_count: int | Unset = UNSET
    star_count: int | Unset = UNSET
    is_starred_by_me: bool | Unset = UNSET
    last_edited_by_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        skill_name = self.skill_name

        description = self.description

        is_skill_added = self.is_skill_added

        user_skill_id: None | str | Unset
        if isinstance(self.user_skill_id, Unset):
            user_skill_id = UNSET
        else:
            user_skill_id = self.user_skill_id

        added_by_admin = self.added_by_admin

        added_by_email: None | str | Unset
        if isinstance(self.added_by_email, Unset):
            added_by_email = UNSET
        else:
            added_by_email = self.added_by_email

        added_by_user_id: None | str | Unset
        if isinstance(self.added_by_user_id, Unset):
            added_by_user_id = UNSET
        else:
            added_by_user_id = self.added_by_user_id

        version = self.version

        updated_at = self.updated_at

        official = self.official

        install_count = self.install_count

        star_count = self.star_count

        is_starred_by_me = self.is_starred_by_me

        last_edited_by_email: None | str | Unset
        if isinstance(self.last_edited_by_email, Unset):
            last_edited_by_email = UNSET
        else:
            last_edited_by_email = self.last_edited_by_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if skill_name is not UNSET:
            field_dict["skill_name"] = skill_name
        if description is not UNSET:
            field_dict["description"] = description
        if is_skill_added is not UNSET:
            field_dict["is_skill_added"] = is_skill_added
        if user_skill_id is not UNSET:
            field_dict["user_skill_id"] = user_skill_id
        if added_by_admin is not UNSET:
            field_dict["added_by_admin"] = added_by_admin
        if added_by_email is not UNSET:
            field_dict["added_by_email"] = added_by_email
        if added_by_user_id is not UNSET:
            field_dict["added_by_user_id"] = added_by_user_id
        if version is not UNSET:
            field_dict["version"] = version
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if official is not UNSET:
            field_dict["official"] = official
        if install_count is not UNSET:
            field_dict["install_count"] = install_count
        if star_count is not UNSET:
            field_dict["star_count"] = star_count
        if is_starred_by_me is not UNSET:
            field_dict["is_starred_by_me"] = is_starred_by_me
        if last_edited_by_email is not UNSET:
            field_dict["last_edited_by_email"] = last_edited_by_email

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
            check_value(src_dict, "ListBuiltinSkills200ResponseInner", "object")
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
                check_value(id, "ListBuiltinSkills200ResponseInner.id", "string")

        skill_name = _src_get("skill_name", UNSET)
        if skill_name.__class__ is not str and skill_name is not UNSET:
            if skill_name is None:
                skill_name = UNSET
            else:
                check_value(
                    skill_name, "ListBuiltinSkills200ResponseInner.skill_name", "string"
                )

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(
                    description,
                    "ListBuiltinSkills200ResponseInner.description",
                    "string",
                )

        is_skill_added = _src_get("is_skill_added", UNSET)
        if is_skill_added.__class__ is not bool and is_skill_added is not UNSET:
            if is_skill_added is None:
                is_skill_added = UNSET
            else:
                check_value(
                    is_skill_added,
                    "ListBuiltinSkills200ResponseInner.is_skill_added",
                    "boolean",
                )

        user_skill_id = _src_get("user_skill_id", UNSET)
        if (
            user_skill_id.__class__ is not str
            and user_skill_id is not None
            and user_skill_id is not UNSET
        ):
            check_value(
                user_skill_id,
                "ListBuiltinSkills200ResponseInner.user_skill_id",
                "string",
                "null",
            )

        added_by_admin = _src_get("added_by_admin", UNSET)
        if added_by_admin.__class__ is not bool and added_by_admin is not UNSET:
            if added_by_admin is None:
                added_by_admin = UNSET
            else:
                check_value(
                    added_by_admin,
                    "ListBuiltinSkills200ResponseInner.added_by_admin",
                    "boolean",
                )

        added_by_email = _src_get("added_by_email", UNSET)
        if (
            added_by_email.__class__ is not str
            and added_by_email is not None
            and added_by_email is not UNSET
        ):
            check_value(
                added_by_email,
                "ListBuiltinSkills200ResponseInner.added_by_email",
                "string",
                "null",
            )

        added_by_user_id = _src_get("added_by_user_id", UNSET)
        if (
            added_by_user_id.__class__ is not str
            and added_by_user_id is not None
            and added_by_user_id is not UNSET
        ):
            check_value(
                added_by_user_id,
                "ListBuiltinSkills200ResponseInner.added_by_user_id",
                "string",
                "null",
            )

        version = _src_get("version", UNSET)
        if version.__class__ is not str and version is not UNSET:
            if version is None:
                version = UNSET
            else:
                check_value(
                    version, "ListBuiltinSkills200ResponseInner.version", "string"
                )

        updated_at = _src_get("updated_at", UNSET)
        if updated_at.__class__ is not str and updated_at is not UNSET:
            if updated_at is None:
                updated_at = UNSET
            else:
                check_value(
                    updated_at, "ListBuiltinSkills200ResponseInner.updated_at", "string"
                )

        official = _src_get("official", UNSET)
        if official.__class__ is not bool and official is not UNSET:
            if official is None:
                official = UNSET
            else:
                check_value(
                    official, "ListBuiltinSkills200ResponseInner.official", "boolean"
                )

        install_count = _src_get("install_count", UNSET)
        if install_count.__class__ is not int and install_count is not UNSET:
            if install_count is None:
                install_count = UNSET
            else:
                check_value(
                    install_count,
                    "ListBuiltinSkills200ResponseInner.install_count",
                    "integer",
                )

        star_count = _src_get("star_count", UNSET)
        if star_count.__class__ is not int and star_count is not UNSET:
            if star_count is None:
                star_count = UNSET
            else:
                check_value(
                    star_count,
                    "ListBuiltinSkills200ResponseInner.star_count",
                    "integer",
                )

        is_starred_by_me = _src_get("is_starred_by_me", UNSET)
        if is_starred_by_me.__class__ is not bool and is_starred_by_me is not UNSET:
            if is_starred_by_me is None:
                is_starred_by_me = UNSET
            else:
                check_value(
                    is_starred_by_me,
                    "ListBuiltinSkills200ResponseInner.is_starred_by_me",
                    "boolean",
                )

        last_edited_by_email = _src_get("last_edited_by_email", UNSET)
        if (
            last_edited_by_email.__class__ is not str
            and last_edited_by_email is not None
            and last_edited_by_email is not UNSET
        ):
            check_value(
                last_edited_by_email,
                "ListBuiltinSkills200ResponseInner.last_edited_by_email",
                "string",
                "null",
            )

        list_builtin_skills_200_response_inner = cls(
            id,
            skill_name,
            description,
            is_skill_added,
            user_skill_id,
            added_by_admin,
            added_by_email,
            added_by_user_id,
            version,
            updated_at,
            official,
            install_count,
            star_count,
            is_starred_by_me,
            last_edited_by_email,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            list_builtin_skills_200_response_inner.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return list_builtin_skills_200_response_inner

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
