from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSharedChatRequest")


@_attrs_define
class UpdateSharedChatRequest:
    """
    Attributes:
        is_private (bool | Unset): Whether the shared chat requires authentication.
        includes_artifacts (bool | Unset): Whether to include file artifacts.
    """

    is_private: bool | Unset = UNSET
    includes_artifacts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_private = self.is_private

        includes_artifacts = self.includes_artifacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_private is not UNSET:
            field_dict["is_private"] = is_private
        if includes_artifacts is not UNSET:
            field_dict["includes_artifacts"] = includes_artifacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pop = d.pop  # bound once: from_dict is the hot path of every parsed response
        is_private = pop("is_private", UNSET)

        includes_artifacts = pop("includes_artifacts", UNSET)

        update_shared_chat_request = cls(
            is_private,
            includes_artifacts,
        )

        update_shared_chat_request.additional_properties = d
        return update_shared_chat_request

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
