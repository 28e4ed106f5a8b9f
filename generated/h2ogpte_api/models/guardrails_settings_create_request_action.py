from typing import Literal

GuardrailsSettingsCreateRequestAction = Literal["allow", "fail", "redact"]

GUARDRAILS_SETTINGS_CREATE_REQUEST_ACTION_VALUES: set[
    GuardrailsSettingsCreateRequestAction
] = {
    "allow",
    "fail",
    "redact",
}


def check_guardrails_settings_create_request_action(
    value: str,
) -> GuardrailsSettingsCreateRequestAction:
    if value in GUARDRAILS_SETTINGS_CREATE_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GUARDRAILS_SETTINGS_CREATE_REQUEST_ACTION_VALUES!r}"
    )
