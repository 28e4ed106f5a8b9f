from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    Unset,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="AddSkillBody")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "file",
        "enable_by_default",
    )
)


@_attrs_define
class AddSkillBody:
    """
    Attributes:
        file (File): A .zip or .skill file containing a SKILL.md at the root.
        enable_by_default (bool | Unset): Whether to enable the skill by default for the user after creation.
    """

    file: File
    enable_by_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        enable_by_default = self.enable_by_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if enable_by_default is not UNSET:
            field_dict["enable_by_default"] = enable_by_default

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.enable_by_default, Unset):
            files.append(
                (
                    "enable_by_default",
                    (None, str(self.enable_by_default).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict:
            check_value(src_dict, "AddSkillBody", "object")
        file = File(payload=BytesIO(src_dict["file"]))

        if len(src_dict) == 1:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                file,
            )

        _src_get = src_dict.get
        enable_by_default = _src_get("enable_by_default", UNSET)

        add_skill_body = cls(
            file,
            enable_by_default,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            add_skill_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return add_skill_body

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
