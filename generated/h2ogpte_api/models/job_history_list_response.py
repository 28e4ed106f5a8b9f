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
    from ..models.job_history_details import JobHistoryDetails


T = TypeVar("T", bound="JobHistoryListResponse")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "jobs",
        "next_cursor_created_at",
        "next_cursor_id",
    )
)


@_attrs_define
class JobHistoryListResponse:
    """
    Attributes:
        jobs (list[JobHistoryDetails]):
        next_cursor_created_at (datetime.datetime | None | Unset):
        next_cursor_id (None | str | Unset):
    """

    jobs: list[JobHistoryDetails]
    next_cursor_created_at: datetime.datetime | None | Unset = UNSET
    next_cursor_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        next_cursor_created_at: None | str | Unset
        if isinstance(self.next_cursor_created_at, Unset):
            next_cursor_created_at = UNSET
        elif isinstance(self.next_cursor_created_at, datetime.datetime):
            next_cursor_created_at = self.next_cursor_created_at.isoformat()
        else:
            next_cursor_created_at = self.next_cursor_created_at

        next_cursor_id: None | str | Unset
        if isinstance(self.next_cursor_id, Unset):
            next_cursor_id = UNSET
        else:
            next_cursor_id = self.next_cursor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
            }
        )
        if next_cursor_created_at is not UNSET:
            field_dict["next_cursor_created_at"] = next_cursor_created_at
        if next_cursor_id is not UNSET:
            field_dict["next_cursor_id"] = next_cursor_id

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
            check_value(src_dict, "JobHistoryListResponse", "object")
        _jobs = src_dict["jobs"]
        if _jobs.__class__ is not list:
            check_value(_jobs, "JobHistoryListResponse.jobs", "array")
        jobs = list(map(JobHistoryDetails.from_dict, _jobs))

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                jobs,
            )

        _src_get = src_dict.get
        _next_cursor_created_at = _src_get("next_cursor_created_at", UNSET)
        next_cursor_created_at: datetime.datetime | None | Unset
        if _next_cursor_created_at is UNSET or _next_cursor_created_at is None:
            next_cursor_created_at = _next_cursor_created_at
        else:
            try:
                next_cursor_created_at = parse_datetime(_next_cursor_created_at)
            except (TypeError, ValueError):
                raise invalid(
                    _next_cursor_created_at,
                    "JobHistoryListResponse.next_cursor_created_at",
                    "a date-time string or null",
                ) from None

        next_cursor_id = _src_get("next_cursor_id", UNSET)
        if (
            next_cursor_id.__class__ is not str
            and next_cursor_id is not None
            and next_cursor_id is not UNSET
        ):
            check_value(
                next_cursor_id,
                "JobHistoryListResponse.next_cursor_id",
                "string",
                "null",
            )

        job_history_list_response = cls(
            jobs,
            next_cursor_created_at,
            next_cursor_id,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            job_history_list_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return job_history_list_response

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


from ..models.job_history_details import JobHistoryDetails  # noqa: E402
