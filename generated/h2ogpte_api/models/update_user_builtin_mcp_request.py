from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_user_builtin_mcp_request_type import (
    UPDATE_USER_BUILTIN_MCP_REQUEST_TYPE_VALUES,
    UpdateUserBuiltinMcpRequestType,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_value,
    model_repr,
    open_enum,
)

if TYPE_CHECKING:
    from ..models.update_user_builtin_mcp_request_mcp_config_json import (
        UpdateUserBuiltinMcpRequestMcpConfigJson,
    )


T = TypeVar("T", bound="UpdateUserBuiltinMcpRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "type",
        "mcp_config_json",
        "image_url",
    )
)


@_attrs_define
class UpdateUserBuiltinMcpRequest:
    """
    Attributes:
        name (str): Display name of the MCP
        description (str): Description of what the MCP does
        type_ (UpdateUserBuiltinMcpRequestType | UnknownEnumValue): Type of the MCP (oauth_app or api_app)
        mcp_config_json (UpdateUserBuiltinMcpRequestMcpConfigJson): The MCP server configuration JSON
        image_url (str | Unset): Optional URL to the MCP icon/image
    """

    name: str
    description: str
    type_: UpdateUserBuiltinMcpRequestType | UnknownEnumValue
    mcp_config_json: UpdateUserBuiltinMcpRequestMcpConfigJson
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_: str = self.type_

        mcp_config_json = self.mcp_config_json.to_dict()

        image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "type": type_,
                "mcp_config_json": mcp_config_json,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

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
            check_value(src_dict, "UpdateUserBuiltinMcpRequest", "object")
        name = src_dict["name"]
        if name.__class__ is not str:
            check_value(name, "UpdateUserBuiltinMcpRequest.name", "string")

        description = src_dict["description"]
        if description.__class__ is not str:
            check_value(
                description, "UpdateUserBuiltinMcpRequest.description", "string"
            )

        type_ = src_dict["type"]
        if (
            type_.__class__ is not str
            or type_ not in UPDATE_USER_BUILTIN_MCP_REQUEST_TYPE_VALUES
        ):
            type_ = open_enum(
                type_,
                "UpdateUserBuiltinMcpRequest.type",
                UPDATE_USER_BUILTIN_MCP_REQUEST_TYPE_VALUES,
            )

        mcp_config_json = UpdateUserBuiltinMcpRequestMcpConfigJson.from_dict(
            src_dict["mcp_config_json"]
        )

        if len(src_dict) == 4:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                name,
                description,
                type_,
                mcp_config_json,
            )

        _src_get = src_dict.get
        image_url = _src_get("image_url", UNSET)
        if image_url.__class__ is not str and image_url is not UNSET:
            if image_url is None:
                image_url = UNSET
            else:
                check_value(
                    image_url, "UpdateUserBuiltinMcpRequest.image_url", "string"
                )

        update_user_builtin_mcp_request = cls(
            name,
            description,
            type_,
            mcp_config_json,
            image_url,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            update_user_builtin_mcp_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return update_user_builtin_mcp_request

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


from ..models.update_user_builtin_mcp_request_mcp_config_json import (
    UpdateUserBuiltinMcpRequestMcpConfigJson,  # noqa: E402
)
