from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_session_source import (
    CHAT_SESSION_SOURCE_VALUES,
    ChatSessionSource,
)
from ..models.chat_session_status import (
    CHAT_SESSION_STATUS_VALUES,
    ChatSessionStatus,
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

T = TypeVar("T", bound="ChatSession")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "updated_at",
        "name",
        "collection_id",
        "collection_name",
        "prompt_template_id",
        "latest_message_content",
        "workspace",
        "status",
        "expiry_date",
        "inactivity_interval",
        "keep_forever",
        "username",
        "archived_at",
        "source",
    )
)


@_attrs_define
class ChatSession:
    """
    Attributes:
        id (str):
        updated_at (datetime.datetime):
        name (str | Unset):
        collection_id (str | Unset):
        collection_name (str | Unset):
        prompt_template_id (str | Unset):
        latest_message_content (str | Unset):
        workspace (str | Unset):
        status (ChatSessionStatus | UnknownEnumValue | Unset): Status of the chat session
        expiry_date (datetime.datetime | Unset): An expiry date for the chat session
        inactivity_interval (int | Unset): Inactivity interval in days
        keep_forever (bool | Unset): Whether the chat session is preserved from auto-archival Default: False.
        username (str | Unset): Username of the session owner.
        archived_at (datetime.datetime | Unset): Timestamp when the chat session was archived
        source (ChatSessionSource | UnknownEnumValue | Unset): How the session was created — 'user' for user-initiated,
            'schedule' for scheduled-task-triggered.
    """

    id: str
    updated_at: datetime.datetime
    name: str | Unset = UNSET
    collection_id: str | Unset = UNSET
    collection_name: str | Unset = UNSET
    prompt_template_id: str | Unset = UNSET
    latest_message_content: str | Unset = UNSET
    workspace: str | Unset = UNSET
    status: ChatSessionStatus | UnknownEnumValue | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    inactivity_interval: int | Unset = UNSET
    keep_forever: bool | Unset = UNSET
    username: str | Unset = UNSET
    archived_at: datetime.datetime | Unset = UNSET
    source: ChatSessionSource | UnknownEnumValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        updated_at = self.updated_at.isoformat()

        name = self.name

        collection_id = self.collection_id

        collection_name = self.collection_name

        prompt_template_id = self.prompt_template_id

        latest_message_content = self.latest_message_content

        workspace = self.workspace

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        inactivity_interval = self.inactivity_interval

        keep_forever = self.keep_forever

        username = self.username

        archived_at: str | Unset = UNSET
        if not isinstance(self.archived_at, Unset):
            archived_at = self.archived_at.isoformat()

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if prompt_template_id is not UNSET:
            field_dict["prompt_template_id"] = prompt_template_id
        if latest_message_content is not UNSET:
            field_dict["latest_message_content"] = latest_message_content
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if status is not UNSET:
            field_dict["status"] = status
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if inactivity_interval is not UNSET:
            field_dict["inactivity_interval"] = inactivity_interval
        if keep_forever is not UNSET:
            field_dict["keep_forever"] = keep_forever
        if username is not UNSET:
            field_dict["username"] = username
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if source is not UNSET:
            field_dict["source"] = source

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
            check_value(src_dict, "ChatSession", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "ChatSession.id", "string")

        _updated_at = src_dict["updated_at"]
        try:
            updated_at = parse_datetime(_updated_at)
        except (TypeError, ValueError):
            raise invalid(
                _updated_at, "ChatSession.updated_at", "a date-time string"
            ) from None

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                updated_at,
            )

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "ChatSession.name", "string")

        collection_id = _src_get("collection_id", UNSET)
        if collection_id.__class__ is not str and collection_id is not UNSET:
            if collection_id is None:
                collection_id = UNSET
            else:
                check_value(collection_id, "ChatSession.collection_id", "string")

        collection_name = _src_get("collection_name", UNSET)
        if collection_name.__class__ is not str and collection_name is not UNSET:
            if collection_name is None:
                collection_name = UNSET
            else:
                check_value(collection_name, "ChatSession.collection_name", "string")

        prompt_template_id = _src_get("prompt_template_id", UNSET)
        if prompt_template_id.__class__ is not str and prompt_template_id is not UNSET:
            if prompt_template_id is None:
                prompt_template_id = UNSET
            else:
                check_value(
                    prompt_template_id, "ChatSession.prompt_template_id", "string"
                )

        latest_message_content = _src_get("latest_message_content", UNSET)
        if (
            latest_message_content.__class__ is not str
            and latest_message_content is not UNSET
        ):
            if latest_message_content is None:
                latest_message_content = UNSET
            else:
                check_value(
                    latest_message_content,
                    "ChatSession.latest_message_content",
                    "string",
                )

        workspace = _src_get("workspace", UNSET)
        if workspace.__class__ is not str and workspace is not UNSET:
            if workspace is None:
                workspace = UNSET
            else:
                check_value(workspace, "ChatSession.workspace", "string")

        status = _src_get("status", UNSET)
        if (
            status.__class__ is not str or status not in CHAT_SESSION_STATUS_VALUES
        ) and status is not UNSET:
            if status is None:
                status = UNSET
            else:
                status = open_enum(
                    status, "ChatSession.status", CHAT_SESSION_STATUS_VALUES
                )

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
                    _expiry_date, "ChatSession.expiry_date", "a date-time string"
                ) from None

        inactivity_interval = _src_get("inactivity_interval", UNSET)
        if (
            inactivity_interval.__class__ is not int
            and inactivity_interval is not UNSET
        ):
            if inactivity_interval is None:
                inactivity_interval = UNSET
            else:
                check_value(
                    inactivity_interval, "ChatSession.inactivity_interval", "integer"
                )

        keep_forever = _src_get("keep_forever", UNSET)
        if keep_forever.__class__ is not bool and keep_forever is not UNSET:
            if keep_forever is None:
                keep_forever = UNSET
            else:
                check_value(keep_forever, "ChatSession.keep_forever", "boolean")

        username = _src_get("username", UNSET)
        if username.__class__ is not str and username is not UNSET:
            if username is None:
                username = UNSET
            else:
                check_value(username, "ChatSession.username", "string")

        _archived_at = _src_get("archived_at", UNSET)
        archived_at: datetime.datetime | Unset
        if _archived_at is UNSET:
            archived_at = _archived_at
        elif _archived_at is None:
            archived_at = UNSET
        else:
            try:
                archived_at = parse_datetime(_archived_at)
            except (TypeError, ValueError):
                raise invalid(
                    _archived_at, "ChatSession.archived_at", "a date-time string"
                ) from None

        source = _src_get("source", UNSET)
        if (
            source.__class__ is not str or source not in CHAT_SESSION_SOURCE_VALUES
        ) and source is not UNSET:
            if source is None:
                source = UNSET
            else:
                source = open_enum(
                    source, "ChatSession.source", CHAT_SESSION_SOURCE_VALUES
                )

        chat_session = cls(
            id,
            updated_at,
            name,
            collection_id,
            collection_name,
            prompt_template_id,
            latest_message_content,
            workspace,
            status,
            expiry_date,
            inactivity_interval,
            keep_forever,
            username,
            archived_at,
            source,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            chat_session.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_session

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
