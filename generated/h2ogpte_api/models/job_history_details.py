from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_history_details_status import (
    JOB_HISTORY_DETAILS_STATUS_VALUES,
    JobHistoryDetailsStatus,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_items,
    check_value,
    invalid,
    model_repr,
    open_enum,
    parse_datetime,
)

T = TypeVar("T", bound="JobHistoryDetails")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "kind",
        "username",
        "status",
        "passed",
        "failed",
        "progress",
        "errors",
        "date",
        "last_update_date",
        "duration",
        "duration_seconds",
        "completed",
        "canceled",
        "user_id",
        "collection_id",
        "collection_name",
        "canceled_by",
        "cancel_reason",
        "started_at",
        "finished_at",
        "deleted_at",
    )
)


@_attrs_define
class JobHistoryDetails:
    """
    Attributes:
        id (str):
        name (str):
        kind (str): Raw job kind string (not enumerated — historical kinds are preserved verbatim).
        username (str): Owning user's username, or "SYSTEM" for system-initiated jobs.
        status (JobHistoryDetailsStatus | UnknownEnumValue): Lifecycle status.
        passed (float):
        failed (float):
        progress (float):
        errors (list[str]):
        date (datetime.datetime): created_at.
        last_update_date (datetime.datetime):
        duration (str):
        duration_seconds (float):
        completed (bool):
        canceled (bool):
        user_id (None | str | Unset):
        collection_id (None | str | Unset):
        collection_name (None | str | Unset): Name of the collection the job operated on (joined; null if none or
            deleted).
        canceled_by (None | str | Unset):
        cancel_reason (None | str | Unset):
        started_at (datetime.datetime | None | Unset):
        finished_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset): Set when the job was cleared from the tray; the audit row is
            kept.
    """

    id: str
    name: str
    kind: str
    username: str
    status: JobHistoryDetailsStatus | UnknownEnumValue
    passed: float
    failed: float
    progress: float
    errors: list[str]
    date: datetime.datetime
    last_update_date: datetime.datetime
    duration: str
    duration_seconds: float
    completed: bool
    canceled: bool
    user_id: None | str | Unset = UNSET
    collection_id: None | str | Unset = UNSET
    collection_name: None | str | Unset = UNSET
    canceled_by: None | str | Unset = UNSET
    cancel_reason: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind

        username = self.username

        status: str = self.status

        passed = self.passed

        failed = self.failed

        progress = self.progress

        errors = self.errors

        date = self.date.isoformat()

        last_update_date = self.last_update_date.isoformat()

        duration = self.duration

        duration_seconds = self.duration_seconds

        completed = self.completed

        canceled = self.canceled

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        collection_id: None | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        else:
            collection_id = self.collection_id

        collection_name: None | str | Unset
        if isinstance(self.collection_name, Unset):
            collection_name = UNSET
        else:
            collection_name = self.collection_name

        canceled_by: None | str | Unset
        if isinstance(self.canceled_by, Unset):
            canceled_by = UNSET
        else:
            canceled_by = self.canceled_by

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "username": username,
                "status": status,
                "passed": passed,
                "failed": failed,
                "progress": progress,
                "errors": errors,
                "date": date,
                "last_update_date": last_update_date,
                "duration": duration,
                "duration_seconds": duration_seconds,
                "completed": completed,
                "canceled": canceled,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if canceled_by is not UNSET:
            field_dict["canceled_by"] = canceled_by
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

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
            check_value(src_dict, "JobHistoryDetails", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "JobHistoryDetails.id", "string")

        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "JobHistoryDetails.name", "string")

        kind = src_dict["kind"]
        if kind.__class__ is not str:
            check_value(kind, "JobHistoryDetails.kind", "string")

        username = src_dict["username"]
        if username.__class__ is not str:
            check_value(username, "JobHistoryDetails.username", "string")

        status = src_dict["status"]
        if (
            status.__class__ is not str
            or status not in JOB_HISTORY_DETAILS_STATUS_VALUES
        ):
            status = open_enum(
                status, "JobHistoryDetails.status", JOB_HISTORY_DETAILS_STATUS_VALUES
            )

        passed = src_dict["passed"]
        if passed.__class__ is not float and passed.__class__ is not int:
            check_value(passed, "JobHistoryDetails.passed", "number")

        failed = src_dict["failed"]
        if failed.__class__ is not float and failed.__class__ is not int:
            check_value(failed, "JobHistoryDetails.failed", "number")

        progress = src_dict["progress"]
        if progress.__class__ is not float and progress.__class__ is not int:
            check_value(progress, "JobHistoryDetails.progress", "number")

        errors = cast(list[str], src_dict["errors"])
        if errors.__class__ is not list or errors:
            check_items(errors, "JobHistoryDetails.errors", "string")

        _date = src_dict["date"]
        try:
            date = parse_datetime(_date)
        except (TypeError, ValueError):
            raise invalid(
                _date, "JobHistoryDetails.date", "a date-time string"
            ) from None

        _last_update_date = src_dict["last_update_date"]
        try:
            last_update_date = parse_datetime(_last_update_date)
        except (TypeError, ValueError):
            raise invalid(
                _last_update_date,
                "JobHistoryDetails.last_update_date",
                "a date-time string",
            ) from None

        duration = src_dict["duration"]
        if duration.__class__ is not str:
            check_value(duration, "JobHistoryDetails.duration", "string")

        duration_seconds = src_dict["duration_seconds"]
        if (
            duration_seconds.__class__ is not float
            and duration_seconds.__class__ is not int
        ):
            check_value(
                duration_seconds, "JobHistoryDetails.duration_seconds", "number"
            )

        completed = src_dict["completed"]
        if completed.__class__ is not bool:
            check_value(completed, "JobHistoryDetails.completed", "boolean")

        canceled = src_dict["canceled"]
        if canceled.__class__ is not bool:
            check_value(canceled, "JobHistoryDetails.canceled", "boolean")

        if len(src_dict) == 15:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                name,
                kind,
                username,
                status,
                passed,
                failed,
                progress,
                errors,
                date,
                last_update_date,
                duration,
                duration_seconds,
                completed,
                canceled,
            )

        _src_get = src_dict.get
        user_id = _src_get("user_id", UNSET)
        if (
            user_id.__class__ is not str
            and user_id is not None
            and user_id is not UNSET
        ):
            check_value(user_id, "JobHistoryDetails.user_id", "string", "null")

        collection_id = _src_get("collection_id", UNSET)
        if (
            collection_id.__class__ is not str
            and collection_id is not None
            and collection_id is not UNSET
        ):
            check_value(
                collection_id, "JobHistoryDetails.collection_id", "string", "null"
            )

        collection_name = _src_get("collection_name", UNSET)
        if (
            collection_name.__class__ is not str
            and collection_name is not None
            and collection_name is not UNSET
        ):
            check_value(
                collection_name, "JobHistoryDetails.collection_name", "string", "null"
            )

        canceled_by = _src_get("canceled_by", UNSET)
        if (
            canceled_by.__class__ is not str
            and canceled_by is not None
            and canceled_by is not UNSET
        ):
            check_value(canceled_by, "JobHistoryDetails.canceled_by", "string", "null")

        cancel_reason = _src_get("cancel_reason", UNSET)
        if (
            cancel_reason.__class__ is not str
            and cancel_reason is not None
            and cancel_reason is not UNSET
        ):
            check_value(
                cancel_reason, "JobHistoryDetails.cancel_reason", "string", "null"
            )

        _started_at = _src_get("started_at", UNSET)
        started_at: datetime.datetime | None | Unset
        if _started_at is UNSET or _started_at is None:
            started_at = _started_at
        else:
            try:
                started_at = parse_datetime(_started_at)
            except (TypeError, ValueError):
                raise invalid(
                    _started_at,
                    "JobHistoryDetails.started_at",
                    "a date-time string or null",
                ) from None

        _finished_at = _src_get("finished_at", UNSET)
        finished_at: datetime.datetime | None | Unset
        if _finished_at is UNSET or _finished_at is None:
            finished_at = _finished_at
        else:
            try:
                finished_at = parse_datetime(_finished_at)
            except (TypeError, ValueError):
                raise invalid(
                    _finished_at,
                    "JobHistoryDetails.finished_at",
                    "a date-time string or null",
                ) from None

        _deleted_at = _src_get("deleted_at", UNSET)
        deleted_at: datetime.datetime | None | Unset
        if _deleted_at is UNSET or _deleted_at is None:
            deleted_at = _deleted_at
        else:
            try:
                deleted_at = parse_datetime(_deleted_at)
            except (TypeError, ValueError):
                raise invalid(
                    _deleted_at,
                    "JobHistoryDetails.deleted_at",
                    "a date-time string or null",
                ) from None

        job_history_details = cls(
            id,
            name,
            kind,
            username,
            status,
            passed,
            failed,
            progress,
            errors,
            date,
            last_update_date,
            duration,
            duration_seconds,
            completed,
            canceled,
            user_id,
            collection_id,
            collection_name,
            canceled_by,
            cancel_reason,
            started_at,
            finished_at,
            deleted_at,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            job_history_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return job_history_details

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
