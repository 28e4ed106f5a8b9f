from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.create_agent_tool_request_tool_args import (
        CreateAgentToolRequestToolArgs,
    )


T = TypeVar("T", bound="CreateAgentToolRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "tool_type",
        "tool_args",
        "custom_tool_path",
        "filename",
    )
)


@_attrs_define
class CreateAgentToolRequest:
    """
    Attributes:
        tool_type (str):
        tool_args (CreateAgentToolRequestToolArgs):
        custom_tool_path (None | str | Unset):
        filename (None | str | Unset):
    """

    tool_type: str
    tool_args: CreateAgentToolRequestToolArgs
    custom_tool_path: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        tool_type = self.tool_type

        tool_args = self.tool_args.to_dict()

        custom_tool_path: None | str | Unset
        if isinstance(self.custom_tool_path, Unset):
            custom_tool_path = UNSET
        else:
            custom_tool_path = self.custom_tool_path

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_type": tool_type,
                "tool_args": tool_args,
            }
        )
        if custom_tool_path is not UNSET:
            field_dict["custom_tool_path"] = custom_tool_path
        if filename is not UNSET:
            field_dict["filename"] = filename

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
            check_value(src_dict, "CreateAgentToolRequest", "object")
        tool_type = src_dict["tool_type"]
        if tool_type.__class__ is not str:
            check_value(tool_type, "CreateAgentToolRequest.tool_type", "string")

        tool_args = CreateAgentToolRequestToolArgs.from_dict(src_dict["tool_args"])

        if len(src_dict) == 2:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                tool_type,
                tool_args,
            )

        _src_get = src_dict.get
        custom_tool_path = _src_get("custom_tool_path", UNSET)
        if (
            custom_tool_path.__class__ is not str
            and custom_tool_path is not None
            and custom_tool_path is not UNSET
        ):
            check_value(
                custom_tool_path,
                "CreateAgentToolRequest.custom_tool_path",
                "string",
                "null",
            )

        filename = _src_get("filename", UNSET)
        if (
            filename.__class__ is not str
            and filename is not None
            and filename is not UNSET
        ):
            check_value(filename, "CreateAgentToolRequest.filename", "string", "null")

        create_agent_tool_request = cls(
            tool_type,
            tool_args,
            custom_tool_path,
            filename,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            create_agent_tool_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return create_agent_tool_request

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


from ..models.create_agent_tool_request_tool_args import CreateAgentToolRequestToolArgs  # noqa: E402
