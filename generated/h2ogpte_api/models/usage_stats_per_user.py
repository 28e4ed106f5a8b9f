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
    from ..models.usage_stats_per_model import UsageStatsPerModel


T = TypeVar("T", bound="UsageStatsPerUser")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "user_id",
        "username",
        "email",
        "llm_usage",
    )
)


@_attrs_define
class UsageStatsPerUser:
    """
    Attributes:
        user_id (str):
        username (str):
        email (str):
        llm_usage (list[UsageStatsPerModel]):
    """

    user_id: str
    username: str
    email: str
    llm_usage: list[UsageStatsPerModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        email = self.email

        llm_usage = []
        for llm_usage_item_data in self.llm_usage:
            llm_usage_item = llm_usage_item_data.to_dict()
            llm_usage.append(llm_usage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "email": email,
                "llm_usage": llm_usage,
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
            check_value(src_dict, "UsageStatsPerUser", "object")
        user_id = src_dict["user_id"]
        if user_id.__class__ is not str:
            check_value(user_id, "UsageStatsPerUser.user_id", "string")

        username = src_dict["username"]
        if username.__class__ is not str:
            check_value(username, "UsageStatsPerUser.username", "string")

        email = src_dict["email"]
        if email.__class__ is not str:
            check_value(email, "UsageStatsPerUser.email", "string")

        _llm_usage = src_dict["llm_usage"]
        if _llm_usage.__class__ is not list:
            check_value(_llm_usage, "UsageStatsPerUser.llm_usage", "array")
        llm_usage = list(map(UsageStatsPerModel.from_dict, _llm_usage))

        usage_stats_per_user = cls(
            user_id,
            username,
            email,
            llm_usage,
        )

        if len(src_dict) > 4:
            usage_stats_per_user.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return usage_stats_per_user

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


from ..models.usage_stats_per_model import UsageStatsPerModel  # noqa: E402
