from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.job_details import JobDetails


T = TypeVar("T", bound="UserJobDetails")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "username",
        "user_id",
        "jobs",
    )
)


@_attrs_define
class UserJobDetails:
    """
    Attributes:
        username (str):
        user_id (str):
        jobs (list[JobDetails]):
    """

    username: str
    user_id: str
    jobs: list[JobDetails]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        user_id = self.user_id

        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "user_id": user_id,
                "jobs": jobs,
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
            check_value(src_dict, "UserJobDetails", "object")
        username = src_dict["username"]
        if username.__class__ is not str:
            check_value(username, "UserJobDetails.username", "string")

        user_id = src_dict["user_id"]
        if user_id.__class__ is not str:
            check_value(user_id, "UserJobDetails.user_id", "string")

        _jobs = src_dict["jobs"]
        if _jobs.__class__ is not list:
            check_value(_jobs, "UserJobDetails.jobs", "array")
        jobs = list(map(JobDetails.from_dict, _jobs))

        user_job_details = cls(
            username,
            user_id,
            jobs,
        )

        if len(src_dict) > 3:
            user_job_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return user_job_details

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


from ..models.job_details import JobDetails  # noqa: E402
