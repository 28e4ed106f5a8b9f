from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobHistoryStatsResponse")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "total",
        "queued",
        "running",
        "completed",
        "failed",
        "canceled",
        "timeout",
        "stale",
        "unknown",
    )
)


@_attrs_define
class JobHistoryStatsResponse:
    """
    Attributes:
        total (int):
        queued (int):
        running (int):
        completed (int):
        failed (int):
        canceled (int):
        timeout (int):
        stale (int):
        unknown (int):
    """

    total: int
    queued: int
    running: int
    completed: int
    failed: int
    canceled: int
    timeout: int
    stale: int
    unknown: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        queued = self.queued

        running = self.running

        completed = self.completed

        failed = self.failed

        canceled = self.canceled

        timeout = self.timeout

        stale = self.stale

        unknown = self.unknown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "queued": queued,
                "running": running,
                "completed": completed,
                "failed": failed,
                "canceled": canceled,
                "timeout": timeout,
                "stale": stale,
                "unknown": unknown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total = src_dict["total"]

        queued = src_dict["queued"]

        running = src_dict["running"]

        completed = src_dict["completed"]

        failed = src_dict["failed"]

        canceled = src_dict["canceled"]

        timeout = src_dict["timeout"]

        stale = src_dict["stale"]

        unknown = src_dict["unknown"]

        job_history_stats_response = cls(
            total,
            queued,
            running,
            completed,
            failed,
            canceled,
            timeout,
            stale,
            unknown,
        )

        if len(src_dict) > 9:
            job_history_stats_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return job_history_stats_response

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
