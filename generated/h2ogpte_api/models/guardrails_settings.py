from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrails_settings_pii_detection_llm_input_action import (
    GUARDRAILS_SETTINGS_PII_DETECTION_LLM_INPUT_ACTION_VALUES,
    GuardrailsSettingsPiiDetectionLlmInputAction,
)
from ..models.guardrails_settings_pii_detection_llm_output_action import (
    GUARDRAILS_SETTINGS_PII_DETECTION_LLM_OUTPUT_ACTION_VALUES,
    GuardrailsSettingsPiiDetectionLlmOutputAction,
)
from ..models.guardrails_settings_pii_detection_parse_action import (
    GUARDRAILS_SETTINGS_PII_DETECTION_PARSE_ACTION_VALUES,
    GuardrailsSettingsPiiDetectionParseAction,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_items,
    check_value,
    model_repr,
    open_enum,
)

if TYPE_CHECKING:
    from ..models.guardrails_settings_column_redaction_custom_entities import (
        GuardrailsSettingsColumnRedactionCustomEntities,
    )
    from ..models.guardrails_settings_custom_pii_entities import (
        GuardrailsSettingsCustomPiiEntities,
    )
    from ..models.guardrails_settings_guardrails_entities import (
        GuardrailsSettingsGuardrailsEntities,
    )


T = TypeVar("T", bound="GuardrailsSettings")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "exception_message",
        "show_violated_responses",
        "guardrails_on_transcriptions",
        "vision_guardrails_enabled",
        "guardrails_vision_llm",
        "column_redaction_config",
        "disallowed_regex_patterns",
        "presidio_labels_to_flag",
        "pii_labels_to_flag",
        "pii_detection_parse_action",
        "pii_detection_llm_input_action",
        "pii_detection_llm_output_action",
        "prompt_guard_labels_to_flag",
        "guardrails_labels_to_flag",
        "guardrails_llm",
        "guardrails_safe_category",
        "guardrails_entities",
        "column_redaction_custom_entities_to_flag",
        "column_redaction_custom_entities",
        "custom_pii_entities_to_flag",
        "custom_pii_entities",
    )
)


@_attrs_define
class GuardrailsSettings:
    """
    Attributes:
        exception_message (str | Unset): A message that will be returned in case some guardrails settings are violated.
        show_violated_responses (bool | Unset): Admin-only toggle to view the exact content of violated responses. When
            enabled, admins can see what triggered a guardrail violation. This is disabled by default for privacy and
            security. Only administrators can enable this setting and view violated content. Default: False.
        guardrails_on_transcriptions (bool | Unset): When enabled, audio and video transcriptions are checked for
            content safety violations using the guardrails LLM, in addition to the existing PII detection. Default: False.
        vision_guardrails_enabled (bool | Unset): When enabled, images and video frames are checked for content safety
            violations using a vision-capable guardrails LLM during document ingestion. Default: False.
        guardrails_vision_llm (str | Unset): Vision-capable LLM for image and video content safety checks. Defaults to
            auto which selects the best available vision model. Default: 'auto'.
        column_redaction_config (list[list[str]] | Unset): List of [column_pattern, redaction_label], both strings.
        disallowed_regex_patterns (list[str] | Unset): A list of regular expressions that match custom PII.
        presidio_labels_to_flag (list[str] | Unset): A list of entities to be flagged as PII by the built-in Presidio
            model.
        pii_labels_to_flag (list[str] | Unset): A list of entities to be flagged as PII by the built-in PII model.
        pii_detection_parse_action (GuardrailsSettingsPiiDetectionParseAction | UnknownEnumValue | Unset): What to do
            when PII is detected during parsing of documents. The 'redact' option will replace disallowed content in the
            ingested documents with redaction bars.
        pii_detection_llm_input_action (GuardrailsSettingsPiiDetectionLlmInputAction | UnknownEnumValue | Unset): What
            to do when PII is detected in the input to the LLM (document content and user prompts). The 'redact' option will
            replace disallowed content with placeholders.
        pii_detection_llm_output_action (GuardrailsSettingsPiiDetectionLlmOutputAction | UnknownEnumValue | Unset): What
            to do when PII is detected in the output of the LLM. The 'redact' option will replace disallowed content with
            placeholders.
        prompt_guard_labels_to_flag (list[str] | Unset): A list of entities to be flagged as safety violations in user
            prompts by the built-in prompt guard model.
        guardrails_labels_to_flag (list[str] | Unset): A list of entities to be flagged as safety violations in user
            prompts. Must be a subset of guardrails_entities, if provided.
        guardrails_llm (str | Unset): LLM to use for Guardrails and PII detection
        guardrails_safe_category (str | Unset): Name of the safe category for guardrails. Must be a key in
            guardrails_entities, if provided. Otherwise uses system defaults.
        guardrails_entities (GuardrailsSettingsGuardrailsEntities | Unset): (Optional) Dictionary mapping each
            guardrails category name to its definition, used by the guardrails model to classify messages. The first entry
            is the "safe" class; the rest are "unsafe" classes. Omit this field to inherit the server's maintained default
            category definitions and keep receiving improvements to them. Supplying it REPLACES the defaults wholesale (the
            dict is not merged with them), so a value copied from documentation pins the collection to those exact
            definitions permanently — including wordings later found too weak to classify reliably. Pass it only when you
            deliberately own the full category set. No example is shown here on purpose, to avoid inviting such a copy.
        column_redaction_custom_entities_to_flag (list[str] | Unset): Deprecated - Use custom_pii_entities_to_flag. A
            list of entities to redact in tabular data files. Must be a subset of column_redaction_custom_entities, if
            provided.
        column_redaction_custom_entities (GuardrailsSettingsColumnRedactionCustomEntities | Unset): (Optional)
            Deprecated - Use custom_pii_entities. A dictionary of entities and a short description for the LLM to check for
            and redact columns containing PII in tabular data files.
        custom_pii_entities_to_flag (list[str] | Unset): A list of entities to redact in tabular data files. Must be a
            subset of custom_pii_entities, if provided.
        custom_pii_entities (GuardrailsSettingsCustomPiiEntities | Unset): (Optional) A dictionary of entities and a
            short description for the LLM to check for and redact columns containing PII in tabular data files.
    """

    exception_message: str | Unset = UNSET
    show_violated_responses: bool | Unset = UNSET
    guardrails_on_transcriptions: bool | Unset = UNSET
    vision_guardrails_enabled: bool | Unset = UNSET
    guardrails_vision_llm: str | Unset = UNSET
    column_redaction_config: list[list[str]] | Unset = UNSET
    disallowed_regex_patterns: list[str] | Unset = UNSET
    presidio_labels_to_flag: list[str] | Unset = UNSET
    pii_labels_to_flag: list[str] | Unset = UNSET
    pii_detection_parse_action: (
        GuardrailsSettingsPiiDetectionParseAction | UnknownEnumValue | Unset
    ) = UNSET
    pii_detection_llm_input_action: (
        GuardrailsSettingsPiiDetectionLlmInputAction | UnknownEnumValue | Unset
    ) = UNSET
    pii_detection_llm_output_action: (
        GuardrailsSettingsPiiDetectionLlmOutputAction | UnknownEnumValue | Unset
    ) = UNSET
    prompt_guard_labels_to_flag: list[str] | Unset = UNSET
    guardrails_labels_to_flag: list[str] | Unset = UNSET
    guardrails_llm: str | Unset = UNSET
    guardrails_safe_category: str | Unset = UNSET
    guardrails_entities: GuardrailsSettingsGuardrailsEntities | Unset = UNSET
    column_redaction_custom_entities_to_flag: list[str] | Unset = UNSET
    column_redaction_custom_entities: (
        GuardrailsSettingsColumnRedactionCustomEntities | Unset
    ) = UNSET
    custom_pii_entities_to_flag: list[str] | Unset = UNSET
    custom_pii_entities: GuardrailsSettingsCustomPiiEntities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        exception_message = self.exception_message

        show_violated_responses = self.show_violated_responses

        guardrails_on_transcriptions = self.guardrails_on_transcriptions

        vision_guardrails_enabled = self.vision_guardrails_enabled

        guardrails_vision_llm = self.guardrails_vision_llm

        column_redaction_config: list[list[str]] | Unset = UNSET
        if not isinstance(self.column_redaction_config, Unset):
            column_redaction_config = []
            for column_redaction_config_item_data in self.column_redaction_config:
                column_redaction_config_item = column_redaction_config_item_data

                column_redaction_config.append(column_redaction_config_item)

        disallowed_regex_patterns: list[str] | Unset = UNSET
        if not isinstance(self.disallowed_regex_patterns, Unset):
            disallowed_regex_patterns = self.disallowed_regex_patterns

        presidio_labels_to_flag: list[str] | Unset = UNSET
        if not isinstance(self.presidio_labels_to_flag, Unset):
            presidio_labels_to_flag = self.presidio_labels_to_flag

        pii_labels_to_flag: list[str] | Unset = UNSET
        if not isinstance(self.pii_labels_to_flag, Unset):
            pii_labels_to_flag = self.pii_labels_to_flag

        pii_detection_parse_action: str | Unset = UNSET
        if not isinstance(self.pii_detection_parse_action, Unset):
            pii_detection_parse_action = self.pii_detection_parse_action

        pii_detection_llm_input_action: str | Unset = UNSET
        if not isinstance(self.pii_detection_llm_input_action, Unset):
            pii_detection_llm_input_action = self.pii_detection_llm_input_action

        pii_detection_llm_output_action: str | Unset = UNSET
        if not isinstance(self.pii_detection_llm_output_action, Unset):
            pii_detection_llm_output_action = self.pii_detection_llm_output_action

        prompt_guard_labels_to_flag: list[str] | Unset = UNSET
        if not isinstance(self.prompt_guard_labels_to_flag, Unset):
            prompt_guard_labels_to_flag = self.prompt_guard_labels_to_flag

        guardrails_labels_to_flag: list[str] | Unset = UNSET
        if not isinstance(self.guardrails_labels_to_flag, Unset):
            guardrails_labels_to_flag = self.guardrails_labels_to_flag

        guardrails_llm = self.guardrails_llm

        guardrails_safe_category = self.guardrails_safe_category

        guardrails_entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guardrails_entities, Unset):
            guardrails_entities = self.guardrails_entities.to_dict()

        column_redaction_custom_entities_to_flag: list[str] | Unset = UNSET
        if not isinstance(self.column_redaction_custom_entities_to_flag, Unset):
            column_redaction_custom_entities_to_flag = (
                self.column_redaction_custom_entities_to_flag
            )

        column_redaction_custom_entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column_redaction_custom_entities, Unset):
            column_redaction_custom_entities = (
                self.column_redaction_custom_entities.to_dict()
            )

        custom_pii_entities_to_flag: list[str] | Unset = UNSET
        if not isinstance(self.custom_pii_entities_to_flag, Unset):
            custom_pii_entities_to_flag = self.custom_pii_entities_to_flag

        custom_pii_entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_pii_entities, Unset):
            custom_pii_entities = self.custom_pii_entities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exception_message is not UNSET:
            field_dict["exception_message"] = exception_message
        if show_violated_responses is not UNSET:
            field_dict["show_violated_responses"] = show_violated_responses
        if guardrails_on_transcriptions is not UNSET:
            field_dict["guardrails_on_transcriptions"] = guardrails_on_transcriptions
        if vision_guardrails_enabled is not UNSET:
            field_dict["vision_guardrails_enabled"] = vision_guardrails_enabled
        if guardrails_vision_llm is not UNSET:
            field_dict["guardrails_vision_llm"] = guardrails_vision_llm
        if column_redaction_config is not UNSET:
            field_dict["column_redaction_config"] = column_redaction_config
        if disallowed_regex_patterns is not UNSET:
            field_dict["disallowed_regex_patterns"] = disallowed_regex_patterns
        if presidio_labels_to_flag is not UNSET:
            field_dict["presidio_labels_to_flag"] = presidio_labels_to_flag
        if pii_labels_to_flag is not UNSET:
            field_dict["pii_labels_to_flag"] = pii_labels_to_flag
        if pii_detection_parse_action is not UNSET:
            field_dict["pii_detection_parse_action"] = pii_detection_parse_action
        if pii_detection_llm_input_action is not UNSET:
            field_dict["pii_detection_llm_input_action"] = (
                pii_detection_llm_input_action
            )
        if pii_detection_llm_output_action is not UNSET:
            field_dict["pii_detection_llm_output_action"] = (
                pii_detection_llm_output_action
            )
        if prompt_guard_labels_to_flag is not UNSET:
            field_dict["prompt_guard_labels_to_flag"] = prompt_guard_labels_to_flag
        if guardrails_labels_to_flag is not UNSET:
            field_dict["guardrails_labels_to_flag"] = guardrails_labels_to_flag
        if guardrails_llm is not UNSET:
            field_dict["guardrails_llm"] = guardrails_llm
        if guardrails_safe_category is not UNSET:
            field_dict["guardrails_safe_category"] = guardrails_safe_category
        if guardrails_entities is not UNSET:
            field_dict["guardrails_entities"] = guardrails_entities
        if column_redaction_custom_entities_to_flag is not UNSET:
            field_dict["column_redaction_custom_entities_to_flag"] = (
                column_redaction_custom_entities_to_flag
            )
        if column_redaction_custom_entities is not UNSET:
            field_dict["column_redaction_custom_entities"] = (
                column_redaction_custom_entities
            )
        if custom_pii_entities_to_flag is not UNSET:
            field_dict["custom_pii_entities_to_flag"] = custom_pii_entities_to_flag
        if custom_pii_entities is not UNSET:
            field_dict["custom_pii_entities"] = custom_pii_entities

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
            check_value(src_dict, "GuardrailsSettings", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        exception_message = _src_get("exception_message", UNSET)
        if exception_message.__class__ is not str and exception_message is not UNSET:
            if exception_message is None:
                exception_message = UNSET
            else:
                check_value(
                    exception_message, "GuardrailsSettings.exception_message", "string"
                )

        show_violated_responses = _src_get("show_violated_responses", UNSET)
        if (
            show_violated_responses.__class__ is not bool
            and show_violated_responses is not UNSET
        ):
            if show_violated_responses is None:
                show_violated_responses = UNSET
            else:
                check_value(
                    show_violated_responses,
                    "GuardrailsSettings.show_violated_responses",
                    "boolean",
                )

        guardrails_on_transcriptions = _src_get("guardrails_on_transcriptions", UNSET)
        if (
            guardrails_on_transcriptions.__class__ is not bool
            and guardrails_on_transcriptions is not UNSET
        ):
            if guardrails_on_transcriptions is None:
                guardrails_on_transcriptions = UNSET
            else:
                check_value(
                    guardrails_on_transcriptions,
                    "GuardrailsSettings.guardrails_on_transcriptions",
                    "boolean",
                )

        vision_guardrails_enabled = _src_get("vision_guardrails_enabled", UNSET)
        if (
            vision_guardrails_enabled.__class__ is not bool
            and vision_guardrails_enabled is not UNSET
        ):
            if vision_guardrails_enabled is None:
                vision_guardrails_enabled = UNSET
            else:
                check_value(
                    vision_guardrails_enabled,
                    "GuardrailsSettings.vision_guardrails_enabled",
                    "boolean",
                )

        guardrails_vision_llm = _src_get("guardrails_vision_llm", UNSET)
        if (
            guardrails_vision_llm.__class__ is not str
            and guardrails_vision_llm is not UNSET
        ):
            if guardrails_vision_llm is None:
                guardrails_vision_llm = UNSET
            else:
                check_value(
                    guardrails_vision_llm,
                    "GuardrailsSettings.guardrails_vision_llm",
                    "string",
                )

        _column_redaction_config = _src_get("column_redaction_config", UNSET)
        column_redaction_config: list[list[str]] | Unset = UNSET
        if _column_redaction_config is not UNSET:
            if _column_redaction_config.__class__ is not list:
                check_value(
                    _column_redaction_config,
                    "GuardrailsSettings.column_redaction_config",
                    "array",
                )
            column_redaction_config = []
            for column_redaction_config_item_data in _column_redaction_config:
                column_redaction_config_item = cast(
                    list[str], column_redaction_config_item_data
                )
                if (
                    column_redaction_config_item.__class__ is not list
                    or column_redaction_config_item
                ):
                    check_items(
                        column_redaction_config_item,
                        "GuardrailsSettings.column_redaction_config[]",
                        "string",
                    )

                column_redaction_config.append(column_redaction_config_item)

        disallowed_regex_patterns = cast(
            list[str] | Unset, _src_get("disallowed_regex_patterns", UNSET)
        )
        if disallowed_regex_patterns is not UNSET and (
            disallowed_regex_patterns.__class__ is not list or disallowed_regex_patterns
        ):
            check_items(
                disallowed_regex_patterns,
                "GuardrailsSettings.disallowed_regex_patterns",
                "string",
            )

        presidio_labels_to_flag = cast(
            list[str] | Unset, _src_get("presidio_labels_to_flag", UNSET)
        )
        if presidio_labels_to_flag is not UNSET and (
            presidio_labels_to_flag.__class__ is not list or presidio_labels_to_flag
        ):
            check_items(
                presidio_labels_to_flag,
                "GuardrailsSettings.presidio_labels_to_flag",
                "string",
            )

        pii_labels_to_flag = cast(
            list[str] | Unset, _src_get("pii_labels_to_flag", UNSET)
        )
        if pii_labels_to_flag is not UNSET and (
            pii_labels_to_flag.__class__ is not list or pii_labels_to_flag
        ):
            check_items(
                pii_labels_to_flag, "GuardrailsSettings.pii_labels_to_flag", "string"
            )

        pii_detection_parse_action = _src_get("pii_detection_parse_action", UNSET)
        if (
            pii_detection_parse_action.__class__ is not str
            or pii_detection_parse_action
            not in GUARDRAILS_SETTINGS_PII_DETECTION_PARSE_ACTION_VALUES
        ) and pii_detection_parse_action is not UNSET:
            if pii_detection_parse_action is None:
                pii_detection_parse_action = UNSET
            else:
                pii_detection_parse_action = open_enum(
                    pii_detection_parse_action,
                    "GuardrailsSettings.pii_detection_parse_action",
                    GUARDRAILS_SETTINGS_PII_DETECTION_PARSE_ACTION_VALUES,
                )

        pii_detection_llm_input_action = _src_get(
            "pii_detection_llm_input_action", UNSET
        )
        if (
            pii_detection_llm_input_action.__class__ is not str
            or pii_detection_llm_input_action
            not in GUARDRAILS_SETTINGS_PII_DETECTION_LLM_INPUT_ACTION_VALUES
        ) and pii_detection_llm_input_action is not UNSET:
            if pii_detection_llm_input_action is None:
                pii_detection_llm_input_action = UNSET
            else:
                pii_detection_llm_input_action = open_enum(
                    pii_detection_llm_input_action,
                    "GuardrailsSettings.pii_detection_llm_input_action",
                    GUARDRAILS_SETTINGS_PII_DETECTION_LLM_INPUT_ACTION_VALUES,
                )

        pii_detection_llm_output_action = _src_get(
            "pii_detection_llm_output_action", UNSET
        )
        if (
            pii_detection_llm_output_action.__class__ is not str
            or pii_detection_llm_output_action
            not in GUARDRAILS_SETTINGS_PII_DETECTION_LLM_OUTPUT_ACTION_VALUES
        ) and pii_detection_llm_output_action is not UNSET:
            if pii_detection_llm_output_action is None:
                pii_detection_llm_output_action = UNSET
            else:
                pii_detection_llm_output_action = open_enum(
                    pii_detection_llm_output_action,
                    "GuardrailsSettings.pii_detection_llm_output_action",
                    GUARDRAILS_SETTINGS_PII_DETECTION_LLM_OUTPUT_ACTION_VALUES,
                )

        prompt_guard_labels_to_flag = cast(
            list[str] | Unset, _src_get("prompt_guard_labels_to_flag", UNSET)
        )
        if prompt_guard_labels_to_flag is not UNSET and (
            prompt_guard_labels_to_flag.__class__ is not list
            or prompt_guard_labels_to_flag
        ):
            check_items(
                prompt_guard_labels_to_flag,
                "GuardrailsSettings.prompt_guard_labels_to_flag",
                "string",
            )

        guardrails_labels_to_flag = cast(
            list[str] | Unset, _src_get("guardrails_labels_to_flag", UNSET)
        )
        if guardrails_labels_to_flag is not UNSET and (
            guardrails_labels_to_flag.__class__ is not list or guardrails_labels_to_flag
        ):
            check_items(
                guardrails_labels_to_flag,
                "GuardrailsSettings.guardrails_labels_to_flag",
                "string",
            )

        guardrails_llm = _src_get("guardrails_llm", UNSET)
        if guardrails_llm.__class__ is not str and guardrails_llm is not UNSET:
            if guardrails_llm is None:
                guardrails_llm = UNSET
            else:
                check_value(
                    guardrails_llm, "GuardrailsSettings.guardrails_llm", "string"
                )

        guardrails_safe_category = _src_get("guardrails_safe_category", UNSET)
        if (
            guardrails_safe_category.__class__ is not str
            and guardrails_safe_category is not UNSET
        ):
            if guardrails_safe_category is None:
                guardrails_safe_category = UNSET
            else:
                check_value(
                    guardrails_safe_category,
                    "GuardrailsSettings.guardrails_safe_category",
                    "string",
                )

        _guardrails_entities = _src_get("guardrails_entities", UNSET)
        guardrails_entities: GuardrailsSettingsGuardrailsEntities | Unset
        if _guardrails_entities is UNSET:
            guardrails_entities = UNSET
        else:
            guardrails_entities = GuardrailsSettingsGuardrailsEntities.from_dict(
                _guardrails_entities
            )

        column_redaction_custom_entities_to_flag = cast(
            list[str] | Unset,
            _src_get("column_redaction_custom_entities_to_flag", UNSET),
        )
        if column_redaction_custom_entities_to_flag is not UNSET and (
            column_redaction_custom_entities_to_flag.__class__ is not list
            or column_redaction_custom_entities_to_flag
        ):
            check_items(
                column_redaction_custom_entities_to_flag,
                "GuardrailsSettings.column_redaction_custom_entities_to_flag",
                "string",
            )

        _column_redaction_custom_entities = _src_get(
            "column_redaction_custom_entities", UNSET
        )
        column_redaction_custom_entities: (
            GuardrailsSettingsColumnRedactionCustomEntities | Unset
        )
        if _column_redaction_custom_entities is UNSET:
            column_redaction_custom_entities = UNSET
        else:
            column_redaction_custom_entities = (
                GuardrailsSettingsColumnRedactionCustomEntities.from_dict(
                    _column_redaction_custom_entities
                )
            )

        custom_pii_entities_to_flag = cast(
            list[str] | Unset, _src_get("custom_pii_entities_to_flag", UNSET)
        )
        if custom_pii_entities_to_flag is not UNSET and (
            custom_pii_entities_to_flag.__class__ is not list
            or custom_pii_entities_to_flag
        ):
            check_items(
                custom_pii_entities_to_flag,
                "GuardrailsSettings.custom_pii_entities_to_flag",
                "string",
            )

        _custom_pii_entities = _src_get("custom_pii_entities", UNSET)
        custom_pii_entities: GuardrailsSettingsCustomPiiEntities | Unset
        if _custom_pii_entities is UNSET:
            custom_pii_entities = UNSET
        else:
            custom_pii_entities = GuardrailsSettingsCustomPiiEntities.from_dict(
                _custom_pii_entities
            )

        guardrails_settings = cls(
            exception_message,
            show_violated_responses,
            guardrails_on_transcriptions,
            vision_guardrails_enabled,
            guardrails_vision_llm,
            column_redaction_config,
            disallowed_regex_patterns,
            presidio_labels_to_flag,
            pii_labels_to_flag,
            pii_detection_parse_action,
            pii_detection_llm_input_action,
            pii_detection_llm_output_action,
            prompt_guard_labels_to_flag,
            guardrails_labels_to_flag,
            guardrails_llm,
            guardrails_safe_category,
            guardrails_entities,
            column_redaction_custom_entities_to_flag,
            column_redaction_custom_entities,
            custom_pii_entities_to_flag,
            custom_pii_entities,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            guardrails_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return guardrails_settings

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


from ..models.guardrails_settings_column_redaction_custom_entities import (
    GuardrailsSettingsColumnRedactionCustomEntities,  # noqa: E402
)
from ..models.guardrails_settings_custom_pii_entities import (
    GuardrailsSettingsCustomPiiEntities,  # noqa: E402
)
from ..models.guardrails_settings_guardrails_entities import (
    GuardrailsSettingsGuardrailsEntities,  # noqa: E402
)
