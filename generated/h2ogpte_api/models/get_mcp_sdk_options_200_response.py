from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.get_mcp_sdk_options_200_response_limitations import (
        GetMcpSdkOptions200ResponseLimitations,
    )
    from ..models.get_mcp_sdk_options_200_response_sdk_options_schema import (
        GetMcpSdkOptions200ResponseSdkOptionsSchema,
    )


T = TypeVar("T", bound="GetMcpSdkOptions200Response")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "status",
        "sdk_options_schema",
        "permission_modes",
        "effort_levels",
        "available_betas",
        "hook_actions",
        "hook_events",
        "limitations",
        "error",
    )
)


@_attrs_define
class GetMcpSdkOptions200Response:
    """
    Attributes:
        status (str | Unset):
        sdk_options_schema (GetMcpSdkOptions200ResponseSdkOptionsSchema | Unset):
        permission_modes (list[str] | Unset):
        effort_levels (list[str] | Unset):
        available_betas (list[str] | Unset):
        hook_actions (list[str] | Unset):
        hook_events (list[str] | Unset):
        limitations (GetMcpSdkOptions200ResponseLimitations | Unset):
        error (None | str | Unset):
    """

    status: str | Unset = UNSET
    sdk_options_schema: GetMcpSdkOptions200ResponseSdkOptionsSchema | Unset = UNSET
    permission_modes: list[str] | Unset = UNSET
    effort_levels: list[str] | Unset = UNSET
    available_betas: list[str] | Unset = UNSET
    hook_actions: list[str] | Unset = UNSET
    hook_events: list[str] | Unset = UNSET
    limitations: GetMcpSdkOptions200ResponseLimitations | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        sdk_options_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sdk_options_schema, Unset):
            sdk_options_schema = self.sdk_options_schema.to_dict()

        permission_modes: list[str] | Unset = UNSET
        if not isinstance(self.permission_modes, Unset):
            permission_modes = self.permission_modes

        effort_levels: list[str] | Unset = UNSET
        if not isinstance(self.effort_levels, Unset):
            effort_levels = self.effort_levels

        available_betas: list[str] | Unset = UNSET
        if not isinstance(self.available_betas, Unset):
            available_betas = self.available_betas

        hook_actions: list[str] | Unset = UNSET
        if not isinstance(self.hook_actions, Unset):
            hook_actions = self.hook_actions

        hook_events: list[str] | Unset = UNSET
        if not isinstance(self.hook_events, Unset):
            hook_events = self.hook_events

        limitations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limitations, Unset):
            limitations = self.limitations.to_dict()

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if sdk_options_schema is not UNSET:
            field_dict["sdk_options_schema"] = sdk_options_schema
        if permission_modes is not UNSET:
            field_dict["permission_modes"] = permission_modes
        if effort_levels is not UNSET:
            field_dict["effort_levels"] = effort_levels
        if available_betas is not UNSET:
            field_dict["available_betas"] = available_betas
        if hook_actions is not UNSET:
            field_dict["hook_actions"] = hook_actions
        if hook_events is not UNSET:
            field_dict["hook_events"] = hook_events
        if limitations is not UNSET:
            field_dict["limitations"] = limitations
        if error is not UNSET:
            field_dict["error"] = error

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
            check_value(src_dict, "GetMcpSdkOptions200Response", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        status = _src_get("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            if status is None:
                status = UNSET
            else:
                check_value(status, "GetMcpSdkOptions200Response.status", "string")

        _sdk_options_schema = _src_get("sdk_options_schema", UNSET)
        sdk_options_schema: GetMcpSdkOptions200ResponseSdkOptionsSchema | Unset
        if _sdk_options_schema is UNSET:
            sdk_options_schema = UNSET
        else:
            sdk_options_schema = GetMcpSdkOptions200ResponseSdkOptionsSchema.from_dict(
                _sdk_options_schema
            )

        permission_modes = cast(list[str] | Unset, _src_get("permission_modes", UNSET))
        if permission_modes is not UNSET and (
            permission_modes.__class__ is not list or permission_modes
        ):
            check_items(
                permission_modes,
                "GetMcpSdkOptions200Response.permission_modes",
                "string",
            )

        effort_levels = cast(list[str] | Unset, _src_get("effort_levels", UNSET))
        if effort_levels is not UNSET and (
            effort_levels.__class__ is not list or effort_levels
        ):
            check_items(
                effort_levels, "GetMcpSdkOptions200Response.effort_levels", "string"
            )

        available_betas = cast(list[str] | Unset, _src_get("available_betas", UNSET))
        if available_betas is not UNSET and (
            available_betas.__class__ is not list or available_betas
        ):
            check_items(
                available_betas, "GetMcpSdkOptions200Response.available_betas", "string"
            )

        hook_actions = cast(list[str] | Unset, _src_get("hook_actions", UNSET))
        if hook_actions is not UNSET and (
            hook_actions.__class__ is not list or hook_actions
        ):
            check_items(
                hook_actions, "GetMcpSdkOptions200Response.hook_actions", "string"
            )

        hook_events = cast(list[str] | Unset, _src_get("hook_events", UNSET))
        if hook_events is not UNSET and (
            hook_events.__class__ is not list or hook_events
        ):
            check_items(
                hook_events, "GetMcpSdkOptions200Response.hook_events", "string"
            )

        _limitations = _src_get("limitations", UNSET)
        limitations: GetMcpSdkOptions200ResponseLimitations | Unset
        if _limitations is UNSET:
            limitations = UNSET
        else:
            limitations = GetMcpSdkOptions200ResponseLimitations.from_dict(_limitations)

        error = _src_get("error", UNSET)
        if error.__class__ is not str and error is not None and error is not UNSET:
            check_value(error, "GetMcpSdkOptions200Response.error", "string", "null")

        get_mcp_sdk_options_200_response = cls(
            status,
            sdk_options_schema,
            permission_modes,
            effort_levels,
            available_betas,
            hook_actions,
            hook_events,
            limitations,
            error,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            get_mcp_sdk_options_200_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return get_mcp_sdk_options_200_response

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


from ..models.get_mcp_sdk_options_200_response_limitations import (
    GetMcpSdkOptions200ResponseLimitations,  # noqa: E402
)
from ..models.get_mcp_sdk_options_200_response_sdk_options_schema import (
    GetMcpSdkOptions200ResponseSdkOptionsSchema,  # noqa: E402
)
