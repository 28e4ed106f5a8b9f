from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_history_details_status import (
    JobHistoryDetailsStatus,
    check_job_history_details_status,
)
from ..types import UNSET, Unset, parse_datetime

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
        status (JobHistoryDetailsStatus): Lifecycle status.
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
    status: JobHistoryDetailsStatus
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        kind = src_dict["kind"]

        username = src_dict["username"]

        status = check_job_history_details_status(src_dict["status"])

        passed = src_dict["passed"]

        failed = src_dict["failed"]

        progress = src_dict["progress"]

        errors = cast(list[str], src_dict["errors"])

        date = parse_datetime(src_dict["date"])

        last_update_date = parse_datetime(src_dict["last_update_date"])

        duration = src_dict["duration"]

        duration_seconds = src_dict["duration_seconds"]

        completed = src_dict["completed"]

        canceled = src_dict["canceled"]

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

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(_src_get("user_id", UNSET))

        def _parse_collection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_id = _parse_collection_id(_src_get("collection_id", UNSET))

        def _parse_collection_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_name = _parse_collection_name(_src_get("collection_name", UNSET))

        def _parse_canceled_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        canceled_by = _parse_canceled_by(_src_get("canceled_by", UNSET))

        def _parse_cancel_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_reason = _parse_cancel_reason(_src_get("cancel_reason", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = parse_datetime(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(_src_get("started_at", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = parse_datetime(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(_src_get("finished_at", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(_src_get("deleted_at", UNSET))

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
