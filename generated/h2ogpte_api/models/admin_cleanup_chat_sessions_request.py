from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminCleanupChatSessionsRequest")


@_attrs_define
class AdminCleanupChatSessionsRequest:
    """
    Attributes:
        older_than_days (int): Delete chat sessions older than this many days.
        force (bool | Unset): If true, also deletes sessions with keep_forever set. Default: False.
    """

    older_than_days: int
    force: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        older_than_days = self.older_than_days

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "older_than_days": older_than_days,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        older_than_days = pop("older_than_days")

        force = pop("force", UNSET)

        admin_cleanup_chat_sessions_request = cls(
            older_than_days,
            force,
        )

        admin_cleanup_chat_sessions_request.additional_properties = d
        return admin_cleanup_chat_sessions_request

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
