from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

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

    def __repr__(self) -> str:
        return model_repr(self)

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
            check_value(src_dict, "JobHistoryStatsResponse", "object")
        total = src_dict["total"]
        if total.__class__ is not int:
            check_value(total, "JobHistoryStatsResponse.total", "integer")

        queued = src_dict["queued"]
        if queued.__class__ is not int:
            check_value(queued, "JobHistoryStatsResponse.queued", "integer")

        running = src_dict["running"]
        if running.__class__ is not int:
            check_value(running, "JobHistoryStatsResponse.running", "integer")

        completed = src_dict["completed"]
        if completed.__class__ is not int:
            check_value(completed, "JobHistoryStatsResponse.completed", "integer")

        failed = src_dict["failed"]
        if failed.__class__ is not int:
            check_value(failed, "JobHistoryStatsResponse.failed", "integer")

        canceled = src_dict["canceled"]
        if canceled.__class__ is not int:
            check_value(canceled, "JobHistoryStatsResponse.canceled", "integer")

        timeout = src_dict["timeout"]
        if timeout.__class__ is not int:
            check_value(timeout, "JobHistoryStatsResponse.timeout", "integer")

        stale = src_dict["stale"]
        if stale.__class__ is not int:
            check_value(stale, "JobHistoryStatsResponse.stale", "integer")

        unknown = src_dict["unknown"]
        if unknown.__class__ is not int:
            check_value(unknown, "JobHistoryStatsResponse.unknown", "integer")

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
