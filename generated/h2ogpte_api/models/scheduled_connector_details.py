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
    from ..models.scheduled_connector_details_config import (
        ScheduledConnectorDetailsConfig,
    )


T = TypeVar("T", bound="ScheduledConnectorDetails")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "user_id",
        "collection_id",
        "type",
        "schedule",
        "created_at",
        "user_name",
        "user_email",
        "collection_name",
        "config",
        "last_sync_status",
        "last_sync_job_id",
        "last_sync_at",
        "last_sync_error",
    )
)


@_attrs_define
class ScheduledConnectorDetails:
    """
    Attributes:
        id (str): Unique identifier of the connector
        user_id (str): ID of the user who owns the connector
        collection_id (str): ID of the collection this connector is associated with
        type_ (str): Type of connector (e.g., s3, confluence)
        schedule (int): Schedule interval in seconds (0 means no schedule)
        created_at (datetime.datetime): Timestamp when the connector was created
        user_name (str | Unset): Name of the user who owns the connector
        user_email (str | Unset): Email of the user who owns the connector
        collection_name (str | Unset): Name of the collection this connector is associated with
        config (ScheduledConnectorDetailsConfig | Unset): Configuration details for the connector
        last_sync_status (str | Unset): Status of the last sync
        last_sync_job_id (str | Unset): ID of the last sync job
        last_sync_at (datetime.datetime | Unset): Timestamp of the last sync
        last_sync_error (str | Unset): Error message from the last sync (if any)
    """

    id: str
    user_id: str
    collection_id: str
    type_: str
    schedule: int
    created_at: datetime.datetime
    user_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    collection_name: str | Unset = UNSET
    config: ScheduledConnectorDetailsConfig | Unset = UNSET
    last_sync_status: str | Unset = UNSET
    last_sync_job_id: str | Unset = UNSET
    last_sync_at: datetime.datetime | Unset = UNSET
    last_sync_error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        collection_id = self.collection_id

        type_ = self.type_

        schedule = self.schedule

        created_at = self.created_at.isoformat()

        user_name = self.user_name

        user_email = self.user_email

        collection_name = self.collection_name

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        last_sync_status = self.last_sync_status

        last_sync_job_id = self.last_sync_job_id

        last_sync_at: str | Unset = UNSET
        if not isinstance(self.last_sync_at, Unset):
            last_sync_at = self.last_sync_at.isoformat()

        last_sync_error = self.last_sync_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "collection_id": collection_id,
                "type": type_,
                "schedule": schedule,
                "created_at": created_at,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if config is not UNSET:
            field_dict["config"] = config
        if last_sync_status is not UNSET:
            field_dict["last_sync_status"] = last_sync_status
        if last_sync_job_id is not UNSET:
            field_dict["last_sync_job_id"] = last_sync_job_id
        if last_sync_at is not UNSET:
            field_dict["last_sync_at"] = last_sync_at
        if last_sync_error is not UNSET:
            field_dict["last_sync_error"] = last_sync_error

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
            check_value(src_dict, "ScheduledConnectorDetails", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "ScheduledConnectorDetails.id", "string")

        user_id = src_dict["user_id"]
        if user_id.__class__ is not str:
            check_value(user_id, "ScheduledConnectorDetails.user_id", "string")

        collection_id = src_dict["collection_id"]
        if collection_id.__class__ is not str:
            check_value(
                collection_id, "ScheduledConnectorDetails.collection_id", "string"
            )

        type_ = src_dict["type"]
        if type_.__class__ is not str:
            check_value(type_, "ScheduledConnectorDetails.type", "string")

        schedule = src_dict["schedule"]
        if schedule.__class__ is not int:
            check_value(schedule, "ScheduledConnectorDetails.schedule", "integer")

        _created_at = src_dict["created_at"]
        try:
            created_at = parse_datetime(_created_at)
        except (TypeError, ValueError):
            raise invalid(
                _created_at,
                "ScheduledConnectorDetails.created_at",
                "a date-time string",
            ) from None

        if len(src_dict) == 6:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                user_id,
                collection_id,
                type_,
                schedule,
                created_at,
            )

        _src_get = src_dict.get
        user_name = _src_get("user_name", UNSET)
        if user_name.__class__ is not str and user_name is not UNSET:
            if user_name is None:
                user_name = UNSET
            else:
                check_value(user_name, "ScheduledConnectorDetails.user_name", "string")

        user_email = _src_get("user_email", UNSET)
        if user_email.__class__ is not str and user_email is not UNSET:
            if user_email is None:
                user_email = UNSET
            else:
                check_value(
                    user_email, "ScheduledConnectorDetails.user_email", "string"
                )

        collection_name = _src_get("collection_name", UNSET)
        if collection_name.__class__ is not str and collection_name is not UNSET:
            if collection_name is None:
                collection_name = UNSET
            else:
                check_value(
                    collection_name,
                    "ScheduledConnectorDetails.collection_name",
                    "string",
                )

        _config = _src_get("config", UNSET)
        config: ScheduledConnectorDetailsConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = ScheduledConnectorDetailsConfig.from_dict(_config)

        last_sync_status = _src_get("last_sync_status", UNSET)
        if last_sync_status.__class__ is not str and last_sync_status is not UNSET:
            if last_sync_status is None:
                last_sync_status = UNSET
            else:
                check_value(
                    last_sync_status,
                    "ScheduledConnectorDetails.last_sync_status",
                    "string",
                )

        last_sync_job_id = _src_get("last_sync_job_id", UNSET)
        if last_sync_job_id.__class__ is not str and last_sync_job_id is not UNSET:
            if last_sync_job_id is None:
                last_sync_job_id = UNSET
            else:
                check_value(
                    last_sync_job_id,
                    "ScheduledConnectorDetails.last_sync_job_id",
                    "string",
                )

        _last_sync_at = _src_get("last_sync_at", UNSET)
        last_sync_at: datetime.datetime | Unset
        if _last_sync_at is UNSET:
            last_sync_at = _last_sync_at
        elif _last_sync_at is None:
            last_sync_at = UNSET
        else:
            try:
                last_sync_at = parse_datetime(_last_sync_at)
            except (TypeError, ValueError):
                raise invalid(
                    _last_sync_at,
                    "ScheduledConnectorDetails.last_sync_at",
                    "a date-time string",
                ) from None

        last_sync_error = _src_get("last_sync_error", UNSET)
        if last_sync_error.__class__ is not str and last_sync_error is not UNSET:
            if last_sync_error is None:
                last_sync_error = UNSET
            else:
                check_value(
                    last_sync_error,
                    "ScheduledConnectorDetails.last_sync_error",
                    "string",
                )

        scheduled_connector_details = cls(
            id,
            user_id,
            collection_id,
            type_,
            schedule,
            created_at,
            user_name,
            user_email,
            collection_name,
            config,
            last_sync_status,
            last_sync_job_id,
            last_sync_at,
            last_sync_error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            scheduled_connector_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return scheduled_connector_details

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


from ..models.scheduled_connector_details_config import ScheduledConnectorDetailsConfig  # noqa: E402
