from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_details_overall_status import (
    JobDetailsOverallStatus,
    check_job_details_overall_status,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.job_details_status import JobDetailsStatus


T = TypeVar("T", bound="JobDetails")


@_attrs_define
class JobDetails:
    """
    Attributes:
        id (str):
        name (str):
        overall_status (JobDetailsOverallStatus):
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
    overall_status: JobDetailsOverallStatus
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        id = pop("id")

        name = pop("name")

        overall_status = check_job_details_overall_status(pop("overall_status"))

        passed_percentage = pop("passed_percentage")

        failed_percentage = pop("failed_percentage")

        progress = pop("progress")

        created_at = parse_datetime(pop("created_at"))

        updated_at = parse_datetime(pop("updated_at"))

        kind = pop("kind")

        statuses = [
            JobDetailsStatus.from_dict(statuses_item_data)
            for statuses_item_data in pop("statuses")
        ]

        errors = cast(list[str], pop("errors"))

        duration = pop("duration")

        duration_seconds = pop("duration_seconds")

        status = pop("status", UNSET)

        canceled_by = pop("canceled_by", UNSET)

        cancel_reason = pop("cancel_reason", UNSET)

        timeout = pop("timeout", UNSET)

        start_time = pop("start_time", UNSET)

        files_total = pop("files_total", UNSET)

        files_failed = pop("files_failed", UNSET)

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

        job_details.additional_properties = d
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
