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

T = TypeVar("T", bound="AddCustomAgentBody")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "file",
        "agent_type",
        "agent_args",
        "agent_name",
    )
)


@_attrs_define
class AddCustomAgentBody:
    """
    Attributes:
        file (File):
        agent_type (str):
        agent_args (str):
        agent_name (str | Unset): User-provided name for the agent. If provided and the zip contains exactly one agent,
            this name will be used instead of the folder name inside the zip. If not provided, the folder name is used.
    """

    file: File
    agent_type: str
    agent_args: str
    agent_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        agent_type = self.agent_type

        agent_args = self.agent_args

        agent_name = self.agent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "agent_type": agent_type,
                "agent_args": agent_args,
            }
        )
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(
            ("agent_type", (None, str(self.agent_type).encode(), "text/plain"))
        )

        files.append(
            ("agent_args", (None, str(self.agent_args).encode(), "text/plain"))
        )

        if not isinstance(self.agent_name, Unset):
            files.append(
                ("agent_name", (None, str(self.agent_name).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if src_dict.__class__ is not dict:
            check_value(src_dict, "AddCustomAgentBody", "object")
        file = File(payload=BytesIO(src_dict["file"]))

        agent_type = src_dict["agent_type"]

        agent_args = src_dict["agent_args"]

        if len(src_dict) == 3:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                file,
                agent_type,
                agent_args,
            )

        _src_get = src_dict.get
        agent_name = _src_get("agent_name", UNSET)

        add_custom_agent_body = cls(
            file,
            agent_type,
            agent_args,
            agent_name,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            add_custom_agent_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return add_custom_agent_body

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
