from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_details_overall_status import (
    JOB_DETAILS_OVERALL_STATUS_VALUES,
    JobDetailsOverallStatus,
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

if TYPE_CHECKING:
    from ..models.job_details_status import JobDetailsStatus


T = TypeVar("T", bound="JobDetails")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "overall_status",
        "passed_percentage",
        "failed_percentage",
        "progress",
        "created_at",
        "updated_at",
        "kind",
        "statuses",
        "errors",
        "duration",
        "duration_seconds",
        "status",
        "canceled_by",
        "cancel_reason",
        "timeout",
        "start_time",
        "files_total",
        "files_failed",
    )
)


@_attrs_define
class JobDetails:
    """
    Attributes:
        id (str):
        name (str):
        overall_status (JobDetailsOverallStatus | UnknownEnumValue):
        passed_percentage (float):
        failed_percentage (float):
        progress (float):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        kind (str):
        statuses (list[JobDetailsStatus]):
        errors (list[str]):
        duration (str):
        duration_seconds (float):
        status (str | Unset):
        canceled_by (str | Unset):
        cancel_reason (str | Unset):
        timeout (float | Unset):
        start_time (float | Unset):
        files_total (int | Unset):
        files_failed (int | Unset):
    """

    id: str
    name: str
    overall_status: JobDetailsOverallStatus | UnknownEnumValue
    passed_percentage: float
    failed_percentage: float
    progress: float
    created_at: datetime.datetime
    updated_at: datetime.datetime
    kind: str
    statuses: list[JobDetailsStatus]
    errors: list[str]
    duration: str
    duration_seconds: float
    status: str | Unset = UNSET
    canceled_by: str | Unset = UNSET
    cancel_reason: str | Unset = UNSET
    timeout: float | Unset = UNSET
    start_time: float | Unset = UNSET
    files_total: int | Unset = UNSET
    files_failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        overall_status: str = self.overall_status

        passed_percentage = self.passed_percentage

        failed_percentage = self.failed_percentage

        progress = self.progress

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        kind = self.kind

        statuses = []
        for statuses_item_data in self.statuses:
            statuses_item = statuses_item_data.to_dict()
            statuses.append(statuses_item)

        errors = self.errors

        duration = self.duration

        duration_seconds = self.duration_seconds

        status = self.status

        canceled_by = self.canceled_by

        cancel_reason = self.cancel_reason

        timeout = self.timeout

        start_time = self.start_time

        files_total = self.files_total

        files_failed = self.files_failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "overall_status": overall_status,
                "passed_percentage": passed_percentage,
                "failed_percentage": failed_percentage,
                "progress": progress,
                "created_at": created_at,
                "updated_at": updated_at,
                "kind": kind,
                "statuses": statuses,
                "errors": errors,
                "duration": duration,
                "duration_seconds": duration_seconds,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if canceled_by is not UNSET:
            field_dict["canceled_by"] = canceled_by
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if files_total is not UNSET:
            field_dict["files_total"] = files_total
        if files_failed is not UNSET:
            field_dict["files_failed"] = files_failed

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
            check_value(src_dict, "JobDetails", "object")
        id = src_dict["id"]
        if id.__class__ is not str:
            check_value(id, "JobDetails.id", "string")

        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "JobDetails.name", "string")

        overall_status = src_dict["overall_status"]
        if (
            overall_status.__class__ is not str
            or overall_status not in JOB_DETAILS_OVERALL_STATUS_VALUES
        ):
            overall_status = open_enum(
                overall_status,
                "JobDetails.overall_status",
                JOB_DETAILS_OVERALL_STATUS_VALUES,
            )

        passed_percentage = src_dict["passed_percentage"]
        if (
            passed_percentage.__class__ is not float
            and passed_percentage.__class__ is not int
        ):
            check_value(passed_percentage, "JobDetails.passed_percentage", "number")

        failed_percentage = src_dict["failed_percentage"]
        if (
            failed_percentage.__class__ is not float
            and failed_percentage.__class__ is not int
        ):
            check_value(failed_percentage, "JobDetails.failed_percentage", "number")

        progress = src_dict["progress"]
        if progress.__class__ is not float and progress.__class__ is not int:
            check_value(progress, "JobDetails.progress", "number")

        _created_at = src_dict["created_at"]
        try:
            created_at = parse_datetime(_created_at)
        except (TypeError, ValueError):
            raise invalid(
                _created_at, "JobDetails.created_at", "a date-time string"
            ) from None

        _updated_at = src_dict["updated_at"]
        try:
            updated_at = parse_datetime(_updated_at)
        except (TypeError, ValueError):
            raise invalid(
                _updated_at, "JobDetails.updated_at", "a date-time string"
            ) from None

        kind = src_dict["kind"]
        if kind.__class__ is not str:
            check_value(kind, "JobDetails.kind", "string")

        _statuses = src_dict["statuses"]
        if _statuses.__class__ is not list:
            check_value(_statuses, "JobDetails.statuses", "array")
        statuses = list(map(JobDetailsStatus.from_dict, _statuses))

        errors = cast(list[str], src_dict["errors"])
        if errors.__class__ is not list or errors:
            check_items(errors, "JobDetails.errors", "string")

        duration = src_dict["duration"]
        if duration.__class__ is not str:
            check_value(duration, "JobDetails.duration", "string")

        duration_seconds = src_dict["duration_seconds"]
        if (
            duration_seconds.__class__ is not float
            and duration_seconds.__class__ is not int
        ):
            check_value(duration_seconds, "JobDetails.duration_seconds", "number")

        if len(src_dict) == 13:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                id,
                name,
                overall_status,
                passed_percentage,
                failed_percentage,
                progress,
                created_at,
                updated_at,
                kind,
                statuses,
                errors,
                duration,
                duration_seconds,
            )

        _src_get = src_dict.get
        status = _src_get("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            if status is None:
                status = UNSET
            else:
                check_value(status, "JobDetails.status", "string")

        canceled_by = _src_get("canceled_by", UNSET)
        if canceled_by.__class__ is not str and canceled_by is not UNSET:
            if canceled_by is None:
                canceled_by = UNSET
            else:
                check_value(canceled_by, "JobDetails.canceled_by", "string")

        cancel_reason = _src_get("cancel_reason", UNSET)
        if cancel_reason.__class__ is not str and cancel_reason is not UNSET:
            if cancel_reason is None:
                cancel_reason = UNSET
            else:
                check_value(cancel_reason, "JobDetails.cancel_reason", "string")

        timeout = _src_get("timeout", UNSET)
        if (
            timeout.__class__ is not float
            and timeout.__class__ is not int
            and timeout is not UNSET
        ):
            if timeout is None:
                timeout = UNSET
            else:
                check_value(timeout, "JobDetails.timeout", "number")

        start_time = _src_get("start_time", UNSET)
        if (
            start_time.__class__ is not float
            and start_time.__class__ is not int
            and start_time is not UNSET
        ):
            if start_time is None:
                start_time = UNSET
            else:
                check_value(start_time, "JobDetails.start_time", "number")

        files_total = _src_get("files_total", UNSET)
        if files_total.__class__ is not int and files_total is not UNSET:
            if files_total is None:
                files_total = UNSET
            else:
                check_value(files_total, "JobDetails.files_total", "integer")

        files_failed = _src_get("files_failed", UNSET)
        if files_failed.__class__ is not int and files_failed is not UNSET:
            if files_failed is None:
                files_failed = UNSET
            else:
                check_value(files_failed, "JobDetails.files_failed", "integer")

        job_details = cls(
            id,
            name,
            overall_status,
            passed_percentage,
            failed_percentage,
            progress,
            created_at,
            updated_at,
            kind,
            statuses,
            errors,
            duration,
            duration_seconds,
            status,
            canceled_by,
            cancel_reason,
            timeout,
            start_time,
            files_total,
            files_failed,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            job_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return job_details

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


from ..models.job_details_status import JobDetailsStatus  # noqa: E402
