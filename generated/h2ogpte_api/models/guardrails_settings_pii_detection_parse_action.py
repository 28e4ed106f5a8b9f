from typing import Literal

GuardrailsSettingsPiiDetectionParseAction = Literal["allow", "fail", "redact"]

GUARDRAILS_SETTINGS_PII_DETECTION_PARSE_ACTION_VALUES: set[
    GuardrailsSettingsPiiDetectionParseAction
] = {
    "allow",
    "fail",
    "redact",
}


def check_guardrails_settings_pii_detection_parse_action(
    value: str,
) -> GuardrailsSettingsPiiDetectionParseAction:
    if value in GUARDRAILS_SETTINGS_PII_DETECTION_PARSE_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GUARDRAILS_SETTINGS_PII_DETECTION_PARSE_ACTION_VALUES!r}"
    )
