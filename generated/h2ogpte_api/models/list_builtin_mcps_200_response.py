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
    from ..models.list_builtin_mcps_200_response_api_key_apps_item import (
        ListBuiltinMcps200ResponseApiKeyAppsItem,
    )
    from ..models.list_builtin_mcps_200_response_oauth_apps_item import (
        ListBuiltinMcps200ResponseOauthAppsItem,
    )


T = TypeVar("T", bound="ListBuiltinMcps200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "oauth_apps",
        "api_key_apps",
    )
)


@_attrs_define
class ListBuiltinMcps200Response:
    """
    Attributes:
        oauth_apps (list[ListBuiltinMcps200ResponseOauthAppsItem] | Unset): List of OAuth-based MCP applications
        api_key_apps (list[ListBuiltinMcps200ResponseApiKeyAppsItem] | Unset): List of API key-based MCP applications
    """

    oauth_apps: list[ListBuiltinMcps200ResponseOauthAppsItem] | Unset = UNSET
    api_key_apps: list[ListBuiltinMcps200ResponseApiKeyAppsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        oauth_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.oauth_apps, Unset):
            oauth_apps = []
            for oauth_apps_item_data in self.oauth_apps:
                oauth_apps_item = oauth_apps_item_data.to_dict()
                oauth_apps.append(oauth_apps_item)

        api_key_apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_key_apps, Unset):
            api_key_apps = []
            for api_key_apps_item_data in self.api_key_apps:
                api_key_apps_item = api_key_apps_item_data.to_dict()
                api_key_apps.append(api_key_apps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oauth_apps is not UNSET:
            field_dict["oauth_apps"] = oauth_apps
        if api_key_apps is not UNSET:
            field_dict["api_key_apps"] = api_key_apps

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
            check_value(src_dict, "ListBuiltinMcps200Response", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        _oauth_apps = _src_get("oauth_apps", UNSET)
        oauth_apps: list[ListBuiltinMcps200ResponseOauthAppsItem] | Unset = UNSET
        if _oauth_apps is not UNSET:
            if _oauth_apps.__class__ is not list:
                check_value(
                    _oauth_apps, "ListBuiltinMcps200Response.oauth_apps", "array"
                )
            oauth_apps = []
            for oauth_apps_item_data in _oauth_apps:
                oauth_apps_item = ListBuiltinMcps200ResponseOauthAppsItem.from_dict(
                    oauth_apps_item_data
                )

                oauth_apps.append(oauth_apps_item)

        _api_key_apps = _src_get("api_key_apps", UNSET)
        api_key_apps: list[ListBuiltinMcps200ResponseApiKeyAppsItem] | Unset = UNSET
        if _api_key_apps is not UNSET:
            if _api_key_apps.__class__ is not list:
                check_value(
                    _api_key_apps, "ListBuiltinMcps200Response.api_key_apps", "array"
                )
            api_key_apps = []
            for api_key_apps_item_data in _api_key_apps:
                api_key_apps_item = ListBuiltinMcps200ResponseApiKeyAppsItem.from_dict(
                    api_key_apps_item_data
                )

                api_key_apps.append(api_key_apps_item)

        list_builtin_mcps_200_response = cls(
            oauth_apps,
            api_key_apps,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            list_builtin_mcps_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return list_builtin_mcps_200_response

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


from ..models.list_builtin_mcps_200_response_api_key_apps_item import (
    ListBuiltinMcps200ResponseApiKeyAppsItem,  # noqa: E402
)
from ..models.list_builtin_mcps_200_response_oauth_apps_item import (
    ListBuiltinMcps200ResponseOauthAppsItem,  # noqa: E402
)
