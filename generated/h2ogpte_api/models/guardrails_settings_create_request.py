from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrails_settings_create_request_action import (
    GUARDRAILS_SETTINGS_CREATE_REQUEST_ACTION_VALUES,
    GuardrailsSettingsCreateRequestAction,
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
    from ..models.guardrails_settings import GuardrailsSettings


T = TypeVar("T", bound="GuardrailsSettingsCreateRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "action",
        "sensitive",
        "non_sensitive",
        "all_guardrails",
        "guardrails_settings",
    )
)


@_attrs_define
class GuardrailsSettingsCreateRequest:
    """
    Attributes:
        action (GuardrailsSettingsCreateRequestAction | UnknownEnumValue | Unset): What to do when detecting PII, either
            "redact" or "fail" ("allow" would keep PII intact). Guardrails models always fail upon detecting safety
            violations.  Default: 'redact'.
        sensitive (bool | Unset): Whether to include the most sensitive PII entities like SSN, bank account info.
            Default: True.
        non_sensitive (bool | Unset): Whether to include all non-sensitive PII entities, such as IP addresses,
            locations, names, e-mail addresses etc. Default: True.
        all_guardrails (bool | Unset): Whether to include all possible entities for prompt guard and guardrails models,
            or just system defaults. Default: True.
        guardrails_settings (GuardrailsSettings | Unset):
    """

    action: GuardrailsSettingsCreateRequestAction | UnknownEnumValue | Unset = UNSET
    sensitive: bool | Unset = UNSET
    non_sensitive: bool | Unset = UNSET
    all_guardrails: bool | Unset = UNSET
    guardrails_settings: GuardrailsSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        sensitive = self.sensitive

        non_sensitive = self.non_sensitive

        all_guardrails = self.all_guardrails

        guardrails_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guardrails_settings, Unset):
            guardrails_settings = self.guardrails_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if sensitive is not UNSET:
            field_dict["sensitive"] = sensitive
        if non_sensitive is not UNSET:
            field_dict["non_sensitive"] = non_sensitive
        if all_guardrails is not UNSET:
            field_dict["all_guardrails"] = all_guardrails
        if guardrails_settings is not UNSET:
            field_dict["guardrails_settings"] = guardrails_settings

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
            check_value(src_dict, "GuardrailsSettingsCreateRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        action = _src_get("action", UNSET)
        if (
            action.__class__ is not str
            or action not in GUARDRAILS_SETTINGS_CREATE_REQUEST_ACTION_VALUES
        ) and action is not UNSET:
            if action is None:
                action = UNSET
            else:
                action = open_enum(
                    action,
                    "GuardrailsSettingsCreateRequest.action",
                    GUARDRAILS_SETTINGS_CREATE_REQUEST_ACTION_VALUES,
                )

        sensitive = _src_get("sensitive", UNSET)
        if sensitive.__class__ is not bool and sensitive is not UNSET:
            if sensitive is None:
                sensitive = UNSET
            else:
                check_value(
                    sensitive, "GuardrailsSettingsCreateRequest.sensitive", "boolean"
                )

        non_sensitive = _src_get("non_sensitive", UNSET)
        if non_sensitive.__class__ is not bool and non_sensitive is not UNSET:
            if non_sensitive is None:
                non_sensitive = UNSET
            else:
                check_value(
                    non_sensitive,
                    "GuardrailsSettingsCreateRequest.non_sensitive",
                    "boolean",
                )

        all_guardrails = _src_get("all_guardrails", UNSET)
        if all_guardrails.__class__ is not bool and all_guardrails is not UNSET:
            if all_guardrails is None:
                all_guardrails = UNSET
            else:
                check_value(
                    all_guardrails,
                    "GuardrailsSettingsCreateRequest.all_guardrails",
                    "boolean",
                )

        _guardrails_settings = _src_get("guardrails_settings", UNSET)
        guardrails_settings: GuardrailsSettings | Unset
        if _guardrails_settings is UNSET:
            guardrails_settings = UNSET
        else:
            guardrails_settings = GuardrailsSettings.from_dict(_guardrails_settings)

        guardrails_settings_create_request = cls(
            action,
            sensitive,
            non_sensitive,
            all_guardrails,
            guardrails_settings,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            guardrails_settings_create_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return guardrails_settings_create_request

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


from ..models.guardrails_settings import GuardrailsSettings  # noqa: E402
