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
    from ..models.get_custom_agent_tool_200_response_tool_args import (
        GetCustomAgentTool200ResponseToolArgs,
    )


T = TypeVar("T", bound="GetCustomAgentTool200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "tool_name",
        "tool_type",
        "tool_args",
        "owner_email",
        "file_name",
    )
)


@_attrs_define
class GetCustomAgentTool200Response:
    """
    Attributes:
        id (str | Unset):
        tool_name (str | Unset):
        tool_type (str | Unset):
        tool_args (GetCustomAgentTool200ResponseToolArgs | Unset):
        owner_email (str | Unset):
        file_name (str | Unset): Original filename with extension
    """

    id: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    tool_type: str | Unset = UNSET
    tool_args: GetCustomAgentTool200ResponseToolArgs | Unset = UNSET
    owner_email: str | Unset = UNSET
    file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tool_name = self.tool_name

        tool_type = self.tool_type

        tool_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_args, Unset):
            tool_args = self.tool_args.to_dict()

        owner_email = self.owner_email

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if tool_type is not UNSET:
            field_dict["tool_type"] = tool_type
        if tool_args is not UNSET:
            field_dict["tool_args"] = tool_args
        if owner_email is not UNSET:
            field_dict["owner_email"] = owner_email
        if file_name is not UNSET:
            field_dict["file_name"] = file_name

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
            check_value(src_dict, "GetCustomAgentTool200Response", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        id = _src_get("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            if id is None:
                id = UNSET
            else:
                check_value(id, "GetCustomAgentTool200Response.id", "string")

        tool_name = _src_get("tool_name", UNSET)
        if tool_name.__class__ is not str and tool_name is not UNSET:
            if tool_name is None:
                tool_name = UNSET
            else:
                check_value(
                    tool_name, "GetCustomAgentTool200Response.tool_name", "string"
                )

        tool_type = _src_get("tool_type", UNSET)
        if tool_type.__class__ is not str and tool_type is not UNSET:
            if tool_type is None:
                tool_type = UNSET
            else:
                check_value(
                    tool_type, "GetCustomAgentTool200Response.tool_type", "string"
                )

        _tool_args = _src_get("tool_args", UNSET)
        tool_args: GetCustomAgentTool200ResponseToolArgs | Unset
        if _tool_args is UNSET:
            tool_args = UNSET
        else:
            tool_args = GetCustomAgentTool200ResponseToolArgs.from_dict(_tool_args)

        owner_email = _src_get("owner_email", UNSET)
        if owner_email.__class__ is not str and owner_email is not UNSET:
            if owner_email is None:
                owner_email = UNSET
            else:
                check_value(
                    owner_email, "GetCustomAgentTool200Response.owner_email", "string"
                )

        file_name = _src_get("file_name", UNSET)
        if file_name.__class__ is not str and file_name is not UNSET:
            if file_name is None:
                file_name = UNSET
            else:
                check_value(
                    file_name, "GetCustomAgentTool200Response.file_name", "string"
                )

        get_custom_agent_tool_200_response = cls(
            id,
            tool_name,
            tool_type,
            tool_args,
            owner_email,
            file_name,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            get_custom_agent_tool_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return get_custom_agent_tool_200_response

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


from ..models.get_custom_agent_tool_200_response_tool_args import (
    GetCustomAgentTool200ResponseToolArgs,  # noqa: E402
)
