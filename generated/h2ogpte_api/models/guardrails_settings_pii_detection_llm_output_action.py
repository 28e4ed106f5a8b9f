from typing import Literal

GuardrailsSettingsPiiDetectionLlmOutputAction = Literal["allow", "fail", "redact"]

GUARDRAILS_SETTINGS_PII_DETECTION_LLM_OUTPUT_ACTION_VALUES: set[
    GuardrailsSettingsPiiDetectionLlmOutputAction
] = {
    "allow",
    "fail",
    "redact",
}


def check_guardrails_settings_pii_detection_llm_output_action(
    value: str,
) -> GuardrailsSettingsPiiDetectionLlmOutputAction:
    if value in GUARDRAILS_SETTINGS_PII_DETECTION_LLM_OUTPUT_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GUARDRAILS_SETTINGS_PII_DETECTION_LLM_OUTPUT_ACTION_VALUES!r}"
    )
