from typing import Literal

GuardrailsSettingsPiiDetectionLlmInputAction = Literal["allow", "fail", "redact"]

GUARDRAILS_SETTINGS_PII_DETECTION_LLM_INPUT_ACTION_VALUES: set[
    GuardrailsSettingsPiiDetectionLlmInputAction
] = {
    "allow",
    "fail",
    "redact",
}


def check_guardrails_settings_pii_detection_llm_input_action(
    value: str,
) -> GuardrailsSettingsPiiDetectionLlmInputAction:
    if value in GUARDRAILS_SETTINGS_PII_DETECTION_LLM_INPUT_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GUARDRAILS_SETTINGS_PII_DETECTION_LLM_INPUT_ACTION_VALUES!r}"
    )
