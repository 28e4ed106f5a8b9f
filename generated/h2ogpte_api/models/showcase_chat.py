from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ShowcaseChat")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "shared_chat_id",
        "sort_order",
        "featured_at",
        "chat_name",
        "title",
        "description",
        "category",
        "thumbnail_path",
        "updated_at",
        "is_private",
        "is_frozen",
        "includes_artifacts",
        "chat_created_at",
        "shared_by_username",
        "featured_by_username",
    )
)


@_attrs_define
class ShowcaseChat:
    """
    Attributes:
        id (str): Showcase entry ID.
        shared_chat_id (str): Underlying shared chat ID.
        sort_order (int): Display order, ascending.
        featured_at (datetime.datetime):
        chat_name (str):
        title (str | Unset): Admin-supplied tile title; falls back to chat_name when empty.
        description (str | Unset): Admin-supplied tile description.
        category (str | Unset): Free-text label used to group tiles. Null/missing means uncategorized.
        thumbnail_path (str | Unset): Object storage key for the tile thumbnail.
        updated_at (datetime.datetime | Unset): Last mutation on the showcase row; used as a cache-buster for the
            thumbnail URL.
        is_private (bool | Unset): Current privacy of the linked shared chat. Private tiles are only listed to
            authenticated users.
        is_frozen (bool | Unset): Whether the linked shared chat is a frozen snapshot.
        includes_artifacts (bool | Unset):
        chat_created_at (datetime.datetime | Unset):
        shared_by_username (str | Unset):
        featured_by_username (str | Unset):
    """

    id: str
    shared_chat_id: str
    sort_order: int
    featured_at: datetime.datetime
    chat_name: str
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    thumbnail_path: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    is_private: bool | Unset = UNSET
    is_frozen: bool | Unset = UNSET
    includes_artifacts: bool | Unset = UNSET
    chat_created_at: datetime.datetime | Unset = UNSET
    shared_by_username: str | Unset = UNSET
    featured_by_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        shared_chat_id = self.shared_chat_id

        sort_order = self.sort_order

        featured_at = self.featured_at.isoformat()

        chat_name = self.chat_name

        title = self.title

        description = self.description

        category = self.category

        thumbnail_path = self.thumbnail_path

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        is_private = self.is_private

        is_frozen = self.is_frozen

        includes_artifacts = self.includes_artifacts

        chat_created_at: str | Unset = UNSET
        if not isinstance(self.chat_created_at, Unset):
            chat_created_at = self.chat_created_at.isoformat()

        shared_by_username = self.shared_by_username

        featured_by_username = self.featured_by_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "shared_chat_id": shared_chat_id,
                "sort_order": sort_order,
                "featured_at": featured_at,
                "chat_name": chat_name,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if thumbnail_path is not UNSET:
            field_dict["thumbnail_path"] = thumbnail_path
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if includes_artifacts is not UNSET:
            field_dict["includes_artifacts"] = includes_artifacts
        if chat_created_at is not UNSET:
            field_dict["chat_created_at"] = chat_created_at
        if shared_by_username is not UNSET:
            field_dict["shared_by_username"] = shared_by_username
        if featured_by_username is not UNSET:
            field_dict["featured_by_username"] = featured_by_username

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
            check_value(src_dict, "ShowcaseChat", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "ShowcaseChat.id", "string")

        shared_chat_id = src_dict["shared_chat_id"]
        if shared_chat_id.__class__ is not str:
            check_value(shared_chat_id, "ShowcaseChat.shared_chat_id", "string")

        sort_order = src_dict["sort_order"]
        if sort_order.__class__ is not int:
            check_value(sort_order, "ShowcaseChat.sort_order", "integer")

        _featured_at = src_dict["featured_at"]
        try:
            featured_at = parse_datetime(_featured_at)
        except (TypeError, ValueError):
            raise invalid(
                _featured_at, "ShowcaseChat.featured_at", "a date-time string"
            ) from None

        chat_name = src_dict["chat_name"]
        if chat_name.__class__ is not str:
            check_value(chat_name, "ShowcaseChat.chat_name", "string")

        if len(src_dict) == 5:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                shared_chat_id,
                sort_order,
                featured_at,
                chat_name,
            )

        _src_get = src_dict.get
        title = _src_get("title", UNSET)
        if title.__class__ is not str and title is not UNSET:
            if title is None:
                title = UNSET
            else:
                check_value(title, "ShowcaseChat.title", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "ShowcaseChat.description", "string")

        category = _src_get("category", UNSET)
        if category.__class__ is not str and category is not UNSET:
            if category is None:
                category = UNSET
            else:
                check_value(category, "ShowcaseChat.category", "string")

        thumbnail_path = _src_get("thumbnail_path", UNSET)
        if thumbnail_path.__class__ is not str and thumbnail_path is not UNSET:
            if thumbnail_path is None:
                thumbnail_path = UNSET
            else:
                check_value(thumbnail_path, "ShowcaseChat.thumbnail_path", "string")

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
                    _updated_at, "ShowcaseChat.updated_at", "a date-time string"
                ) from None

        is_private = _src_get("is_private", UNSET)
        if is_private.__class__ is not bool and is_private is not UNSET:
            if is_private is None:
                is_private = UNSET
            else:
                check_value(is_private, "ShowcaseChat.is_private", "boolean")

        is_frozen = _src_get("is_frozen", UNSET)
        if is_frozen.__class__ is not bool and is_frozen is not UNSET:
            if is_frozen is None:
                is_frozen = UNSET
            else:
                check_value(is_frozen, "ShowcaseChat.is_frozen", "boolean")

        includes_artifacts = _src_get("includes_artifacts", UNSET)
        if includes_artifacts.__class__ is not bool and includes_artifacts is not UNSET:
            if includes_artifacts is None:
                includes_artifacts = UNSET
            else:
                check_value(
                    includes_artifacts, "ShowcaseChat.includes_artifacts", "boolean"
                )

        _chat_created_at = _src_get("chat_created_at", UNSET)
        chat_created_at: datetime.datetime | Unset
        if _chat_created_at is UNSET:
            chat_created_at = _chat_created_at
        elif _chat_created_at is None:
            chat_created_at = UNSET
        else:
            try:
                chat_created_at = parse_datetime(_chat_created_at)
            except (TypeError, ValueError):
                raise invalid(
                    _chat_created_at,
                    "ShowcaseChat.chat_created_at",
                    "a date-time string",
                ) from None

        shared_by_username = _src_get("shared_by_username", UNSET)
        if shared_by_username.__class__ is not str and shared_by_username is not UNSET:
            if shared_by_username is None:
                shared_by_username = UNSET
            else:
                check_value(
                    shared_by_username, "ShowcaseChat.shared_by_username", "string"
                )

        featured_by_username = _src_get("featured_by_username", UNSET)
        if (
            featured_by_username.__class__ is not str
            and featured_by_username is not UNSET
        ):
            if featured_by_username is None:
                featured_by_username = UNSET
            else:
                check_value(
                    featured_by_username, "ShowcaseChat.featured_by_username", "string"
                )

        showcase_chat = cls(
            id,
            shared_chat_id,
            sort_order,
            featured_at,
            chat_name,
            title,
            description,
            category,
            thumbnail_path,
            updated_at,
            is_private,
            is_frozen,
            includes_artifacts,
            chat_created_at,
            shared_by_username,
            featured_by_username,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            showcase_chat.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return showcase_chat

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
