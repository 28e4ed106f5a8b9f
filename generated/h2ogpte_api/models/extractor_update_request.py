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
    from ..models.guardrails_settings import GuardrailsSettings


T = TypeVar("T", bound="ExtractorUpdateRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "llm",
        "schema",
        "prompt",
        "pre_prompt_summary",
        "keep_intermediate_results",
        "system_prompt",
        "max_num_chunks",
        "vision",
        "vision_llm",
        "image_batch_image_prompt",
        "image_batch_final_prompt",
        "guardrails_settings",
    )
)


@_attrs_define
class ExtractorUpdateRequest:
    """Attributes of an extractor to change. Every field is optional.  A field left out of the request body keeps its
    current value, and so does a field sent explicitly as null -- null means "leave this alone", not "clear it".  An
    empty string is a value, not an absence: it writes an empty string to the column, which for schema and prompt is the
    meaningful "use the default" setting. An empty llm or vision_llm is rejected with 400, since a model cannot be
    cleared.  guardrails_settings replaces the whole object rather than merging into it, so a request carrying one key
    drops every other guardrail setting the extractor had. Send the complete settings object to change one of its
    fields. The column cannot be reset to null; an empty object is the closest equivalent.

        Attributes:
            name (str | Unset): Human-readable name
            description (str | Unset): What this extractor does
            llm (str | Unset): Identifier or version of the language model the extractor uses
            schema (str | Unset): JSONSchema that the extractor outputs, serialized as a string. Must be empty or a JSON
                object; a string, array or other non-object value is rejected with 400. When schema is not empty, the output is
                always returned as a JSON object. When schema is empty the extractor is unconstrained and its results are
                returned as free-form text rather than an object.
            prompt (str | Unset): Custom prompt text for the extractor. If empty, default prompt will be used. If combined
                with schema, prompt can customize the output, but cannot change its format as it will always be JSON object.
            pre_prompt_summary (str | Unset): Pre-prompt summary text for the extractor
            keep_intermediate_results (bool | Unset): Flag indicating whether to keep intermediate results during extraction
            system_prompt (str | Unset): System prompt text for the extractor
            max_num_chunks (int | Unset): Maximum number of chunks to process
            vision (str | Unset): Vision mode setting. One of 'on', 'off' or 'auto'.
            vision_llm (str | Unset): Vision LLM model identifier
            image_batch_image_prompt (str | Unset): Image batch processing prompt
            image_batch_final_prompt (str | Unset): Final prompt for image batch processing
            guardrails_settings (GuardrailsSettings | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    llm: str | Unset = UNSET
    schema: str | Unset = UNSET
    prompt: str | Unset = UNSET
    pre_prompt_summary: str | Unset = UNSET
    keep_intermediate_results: bool | Unset = UNSET
    system_prompt: str | Unset = UNSET
    max_num_chunks: int | Unset = UNSET
    vision: str | Unset = UNSET
    vision_llm: str | Unset = UNSET
    image_batch_image_prompt: str | Unset = UNSET
    image_batch_final_prompt: str | Unset = UNSET
    guardrails_settings: GuardrailsSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        llm = self.llm

        schema = self.schema

        prompt = self.prompt

        pre_prompt_summary = self.pre_prompt_summary

        keep_intermediate_results = self.keep_intermediate_results

        system_prompt = self.system_prompt

        max_num_chunks = self.max_num_chunks

        vision = self.vision

        vision_llm = self.vision_llm

        image_batch_image_prompt = self.image_batch_image_prompt

        image_batch_final_prompt = self.image_batch_final_prompt

        guardrails_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guardrails_settings, Unset):
            guardrails_settings = self.guardrails_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if llm is not UNSET:
            field_dict["llm"] = llm
        if schema is not UNSET:
            field_dict["schema"] = schema
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if pre_prompt_summary is not UNSET:
            field_dict["pre_prompt_summary"] = pre_prompt_summary
        if keep_intermediate_results is not UNSET:
            field_dict["keep_intermediate_results"] = keep_intermediate_results
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if max_num_chunks is not UNSET:
            field_dict["max_num_chunks"] = max_num_chunks
        if vision is not UNSET:
            field_dict["vision"] = vision
        if vision_llm is not UNSET:
            field_dict["vision_llm"] = vision_llm
        if image_batch_image_prompt is not UNSET:
            field_dict["image_batch_image_prompt"] = image_batch_image_prompt
        if image_batch_final_prompt is not UNSET:
            field_dict["image_batch_final_prompt"] = image_batch_final_prompt
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
            check_value(src_dict, "ExtractorUpdateRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        name = _src_get("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            if name is None:
                name = UNSET
            else:
                check_value(name, "ExtractorUpdateRequest.name", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "ExtractorUpdateRequest.description", "string")

        llm = _src_get("llm", UNSET)
        if llm.__class__ is not str and llm is not UNSET:
            if llm is None:
                llm = UNSET
            else:
                check_value(llm, "ExtractorUpdateRequest.llm", "string")

        schema = _src_get("schema", UNSET)
        if schema.__class__ is not str and schema is not UNSET:
            if schema is None:
                schema = UNSET
            else:
                check_value(schema, "ExtractorUpdateRequest.schema", "string")

        prompt = _src_get("prompt", UNSET)
        if prompt.__class__ is not str and prompt is not UNSET:
            if prompt is None:
                prompt = UNSET
            else:
                check_value(prompt, "ExtractorUpdateRequest.prompt", "string")

        pre_prompt_summary = _src_get("pre_prompt_summary", UNSET)
        if pre_prompt_summary.__class__ is not str and pre_prompt_summary is not UNSET:
            if pre_prompt_summary is None:
                pre_prompt_summary = UNSET
            else:
                check_value(
                    pre_prompt_summary,
                    "ExtractorUpdateRequest.pre_prompt_summary",
                    "string",
                )

        keep_intermediate_results = _src_get("keep_intermediate_results", UNSET)
        if (
            keep_intermediate_results.__class__ is not bool
            and keep_intermediate_results is not UNSET
        ):
            if keep_intermediate_results is None:
                keep_intermediate_results = UNSET
            else:
                check_value(
                    keep_intermediate_results,
                    "ExtractorUpdateRequest.keep_intermediate_results",
                    "boolean",
                )

        system_prompt = _src_get("system_prompt", UNSET)
        if system_prompt.__class__ is not str and system_prompt is not UNSET:
            if system_prompt is None:
                system_prompt = UNSET
            else:
                check_value(
                    system_prompt, "ExtractorUpdateRequest.system_prompt", "string"
                )

        max_num_chunks = _src_get("max_num_chunks", UNSET)
        if max_num_chunks.__class__ is not int and max_num_chunks is not UNSET:
            if max_num_chunks is None:
                max_num_chunks = UNSET
            else:
                check_value(
                    max_num_chunks, "ExtractorUpdateRequest.max_num_chunks", "integer"
                )

        vision = _src_get("vision", UNSET)
        if vision.__class__ is not str and vision is not UNSET:
            if vision is None:
                vision = UNSET
            else:
                check_value(vision, "ExtractorUpdateRequest.vision", "string")

        vision_llm = _src_get("vision_llm", UNSET)
        if vision_llm.__class__ is not str and vision_llm is not UNSET:
            if vision_llm is None:
                vision_llm = UNSET
            else:
                check_value(vision_llm, "ExtractorUpdateRequest.vision_llm", "string")

        image_batch_image_prompt = _src_get("image_batch_image_prompt", UNSET)
        if (
            image_batch_image_prompt.__class__ is not str
            and image_batch_image_prompt is not UNSET
        ):
            if image_batch_image_prompt is None:
                image_batch_image_prompt = UNSET
            else:
                check_value(
                    image_batch_image_prompt,
                    "ExtractorUpdateRequest.image_batch_image_prompt",
                    "string",
                )

        image_batch_final_prompt = _src_get("image_batch_final_prompt", UNSET)
        if (
            image_batch_final_prompt.__class__ is not str
            and image_batch_final_prompt is not UNSET
        ):
            if image_batch_final_prompt is None:
                image_batch_final_prompt = UNSET
            else:
                check_value(
                    image_batch_final_prompt,
                    "ExtractorUpdateRequest.image_batch_final_prompt",
                    "string",
                )

        _guardrails_settings = _src_get("guardrails_settings", UNSET)
        guardrails_settings: GuardrailsSettings | Unset
        if _guardrails_settings is UNSET:
            guardrails_settings = UNSET
        else:
            guardrails_settings = GuardrailsSettings.from_dict(_guardrails_settings)

        extractor_update_request = cls(
            name,
            description,
            llm,
            schema,
            prompt,
            pre_prompt_summary,
            keep_intermediate_results,
            system_prompt,
            max_num_chunks,
            vision,
            vision_llm,
            image_batch_image_prompt,
            image_batch_final_prompt,
            guardrails_settings,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            extractor_update_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return extractor_update_request

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
