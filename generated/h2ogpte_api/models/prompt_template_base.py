from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    check_value,
    model_repr,
)

T = TypeVar("T", bound="PromptTemplateBase")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "lang",
        "system_prompt",
        "pre_prompt_query",
        "prompt_query",
        "hyde_no_rag_llm_prompt_extension",
        "pre_prompt_summary",
        "prompt_summary",
        "system_prompt_reflection",
        "prompt_reflection",
        "auto_gen_description_prompt",
        "auto_gen_document_summary_pre_prompt_summary",
        "auto_gen_document_summary_prompt_summary",
        "auto_gen_document_sample_questions_prompt",
        "default_sample_questions",
        "image_batch_image_prompt",
        "image_batch_final_prompt",
    )
)


@_attrs_define
class PromptTemplateBase:
    """
    Attributes:
        name (str | Unset): A name of the prompt template.
        description (str | Unset): A description of the prompt template.
        lang (str | Unset): A language code.
        system_prompt (str | Unset): A system prompt.
        pre_prompt_query (str | Unset): A text that is prepended before the contextual document chunks.
        prompt_query (str | Unset): A text that is appended to the beginning of the user's message.
        hyde_no_rag_llm_prompt_extension (str | Unset): An LLM prompt extension.
        pre_prompt_summary (str | Unset): A prompt that goes before each large piece of text to summarize.
        prompt_summary (str | Unset): A prompt that goes after each large piece of text to summarize.
        system_prompt_reflection (str | Unset): A system prompt for self-reflection.
        prompt_reflection (str | Unset): A template for self-reflection, must contain two occurrences of %s for full
            previous prompt (including system prompt, document related context and prompts if applicable, and user prompts)
            and answer
        auto_gen_description_prompt (str | Unset): A prompt to create a description of the collection.
        auto_gen_document_summary_pre_prompt_summary (str | Unset): A `pre_prompt_summary` for summary of a freshly
            imported document (if enabled).
        auto_gen_document_summary_prompt_summary (str | Unset): A `prompt_summary` for summary of a freshly imported
            document (if enabled).`
        auto_gen_document_sample_questions_prompt (str | Unset): A prompt to create sample questions for a freshly
            imported document (if enabled).
        default_sample_questions (list[str] | Unset): Default sample questions in case there are no auto-generated
            sample questions.
        image_batch_image_prompt (str | Unset): A prompt for each image batch for vision models.
        image_batch_final_prompt (str | Unset): A prompt for each image batch for vision models.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    lang: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    pre_prompt_query: str | Unset = UNSET
    prompt_query: str | Unset = UNSET
    hyde_no_rag_llm_prompt_extension: str | Unset = UNSET
    pre_prompt_summary: str | Unset = UNSET
    prompt_summary: str | Unset = UNSET
    system_prompt_reflection: str | Unset = UNSET
    prompt_reflection: str | Unset = UNSET
    auto_gen_description_prompt: str | Unset = UNSET
    auto_gen_document_summary_pre_prompt_summary: str | Unset = UNSET
    auto_gen_document_summary_prompt_summary: str | Unset = UNSET
    auto_gen_document_sample_questions_prompt: str | Unset = UNSET
    default_sample_questions: list[str] | Unset = UNSET
    image_batch_image_prompt: str | Unset = UNSET
    image_batch_final_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        lang = self.lang

        system_prompt = self.system_prompt

        pre_prompt_query = self.pre_prompt_query

        prompt_query = self.prompt_query

        hyde_no_rag_llm_prompt_extension = self.hyde_no_rag_llm_prompt_extension

        pre_prompt_summary = self.pre_prompt_summary

        prompt_summary = self.prompt_summary

        system_prompt_reflection = self.system_prompt_reflection

        prompt_reflection = self.prompt_reflection

        auto_gen_description_prompt = self.auto_gen_description_prompt

        auto_gen_document_summary_pre_prompt_summary = (
            self.auto_gen_document_summary_pre_prompt_summary
        )

        auto_gen_document_summary_prompt_summary = (
            self.auto_gen_document_summary_prompt_summary
        )

        auto_gen_document_sample_questions_prompt = (
            self.auto_gen_document_sample_questions_prompt
        )

        default_sample_questions: list[str] | Unset = UNSET
        if not isinstance(self.default_sample_questions, Unset):
            default_sample_questions = self.default_sample_questions

        image_batch_image_prompt = self.image_batch_image_prompt

        image_batch_final_prompt = self.image_batch_final_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if lang is not UNSET:
            field_dict["lang"] = lang
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if pre_prompt_query is not UNSET:
            field_dict["pre_prompt_query"] = pre_prompt_query
        if prompt_query is not UNSET:
            field_dict["prompt_query"] = prompt_query
        if hyde_no_rag_llm_prompt_extension is not UNSET:
            field_dict["hyde_no_rag_llm_prompt_extension"] = (
                hyde_no_rag_llm_prompt_extension
            )
        if pre_prompt_summary is not UNSET:
            field_dict["pre_prompt_summary"] = pre_prompt_summary
        if prompt_summary is not UNSET:
            field_dict["prompt_summary"] = prompt_summary
        if system_prompt_reflection is not UNSET:
            field_dict["system_prompt_reflection"] = system_prompt_reflection
        if prompt_reflection is not UNSET:
            field_dict["prompt_reflection"] = prompt_reflection
        if auto_gen_description_prompt is not UNSET:
            field_dict["auto_gen_description_prompt"] = auto_gen_description_prompt
        if auto_gen_document_summary_pre_prompt_summary is not UNSET:
            field_dict["auto_gen_document_summary_pre_prompt_summary"] = (
                auto_gen_document_summary_pre_prompt_summary
            )
        if auto_gen_document_summary_prompt_summary is not UNSET:
            field_dict["auto_gen_document_summary_prompt_summary"] = (
                auto_gen_document_summary_prompt_summary
            )
        if auto_gen_document_sample_questions_prompt is not UNSET:
            field_dict["auto_gen_document_sample_questions_prompt"] = (
                auto_gen_document_sample_questions_prompt
            )
        if default_sample_questions is not UNSET:
            field_dict["default_sample_questions"] = default_sample_questions
        if image_batch_image_prompt is not UNSET:
            field_dict["image_batch_image_prompt"] = image_batch_image_prompt
        if image_batch_final_prompt is not UNSET:
            field_dict["image_batch_final_prompt"] = image_batch_final_prompt

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
            check_value(src_dict, "PromptTemplateBase", "object")
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
                check_value(name, "PromptTemplateBase.name", "string")

        description = _src_get("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            if description is None:
                description = UNSET
            else:
                check_value(description, "PromptTemplateBase.description", "string")

        lang = _src_get("lang", UNSET)
        if lang.__class__ is not str and lang is not UNSET:
            if lang is None:
                lang = UNSET
            else:
                check_value(lang, "PromptTemplateBase.lang", "string")

        system_prompt = _src_get("system_prompt", UNSET)
        if system_prompt.__class__ is not str and system_prompt is not UNSET:
            if system_prompt is None:
                system_prompt = UNSET
            else:
                check_value(system_prompt, "PromptTemplateBase.system_prompt", "string")

        pre_prompt_query = _src_get("pre_prompt_query", UNSET)
        if pre_prompt_query.__class__ is not str and pre_prompt_query is not UNSET:
            if pre_prompt_query is None:
                pre_prompt_query = UNSET
            else:
                check_value(
                    pre_prompt_query, "PromptTemplateBase.pre_prompt_query", "string"
                )

        prompt_query = _src_get("prompt_query", UNSET)
        if prompt_query.__class__ is not str and prompt_query is not UNSET:
            if prompt_query is None:
                prompt_query = UNSET
            else:
                check_value(prompt_query, "PromptTemplateBase.prompt_query", "string")

        hyde_no_rag_llm_prompt_extension = _src_get(
            "hyde_no_rag_llm_prompt_extension", UNSET
        )
        if (
            hyde_no_rag_llm_prompt_extension.__class__ is not str
            and hyde_no_rag_llm_prompt_extension is not UNSET
        ):
            if hyde_no_rag_llm_prompt_extension is None:
                hyde_no_rag_llm_prompt_extension = UNSET
            else:
                check_value(
                    hyde_no_rag_llm_prompt_extension,
                    "PromptTemplateBase.hyde_no_rag_llm_prompt_extension",
                    "string",
                )

        pre_prompt_summary = _src_get("pre_prompt_summary", UNSET)
        if pre_prompt_summary.__class__ is not str and pre_prompt_summary is not UNSET:
            if pre_prompt_summary is None:
                pre_prompt_summary = UNSET
            else:
                check_value(
                    pre_prompt_summary,
                    "PromptTemplateBase.pre_prompt_summary",
                    "string",
                )

        prompt_summary = _src_get("prompt_summary", UNSET)
        if prompt_summary.__class__ is not str and prompt_summary is not UNSET:
            if prompt_summary is None:
                prompt_summary = UNSET
            else:
                check_value(
                    prompt_summary, "PromptTemplateBase.prompt_summary", "string"
                )

        system_prompt_reflection = _src_get("system_prompt_reflection", UNSET)
        if (
            system_prompt_reflection.__class__ is not str
            and system_prompt_reflection is not UNSET
        ):
            if system_prompt_reflection is None:
                system_prompt_reflection = UNSET
            else:
                check_value(
                    system_prompt_reflection,
                    "PromptTemplateBase.system_prompt_reflection",
                    "string",
                )

        prompt_reflection = _src_get("prompt_reflection", UNSET)
        if prompt_reflection.__class__ is not str and prompt_reflection is not UNSET:
            if prompt_reflection is None:
                prompt_reflection = UNSET
            else:
                check_value(
                    prompt_reflection, "PromptTemplateBase.prompt_reflection", "string"
                )

        auto_gen_description_prompt = _src_get("auto_gen_description_prompt", UNSET)
        if (
            auto_gen_description_prompt.__class__ is not str
            and auto_gen_description_prompt is not UNSET
        ):
            if auto_gen_description_prompt is None:
                auto_gen_description_prompt = UNSET
            else:
                check_value(
                    auto_gen_description_prompt,
                    "PromptTemplateBase.auto_gen_description_prompt",
                    "string",
                )

        auto_gen_document_summary_pre_prompt_summary = _src_get(
            "auto_gen_document_summary_pre_prompt_summary", UNSET
        )
        if (
            auto_gen_document_summary_pre_prompt_summary.__class__ is not str
            and auto_gen_document_summary_pre_prompt_summary is not UNSET
        ):
            if auto_gen_document_summary_pre_prompt_summary is None:
                auto_gen_document_summary_pre_prompt_summary = UNSET
            else:
                check_value(
                    auto_gen_document_summary_pre_prompt_summary,
                    "PromptTemplateBase.auto_gen_document_summary_pre_prompt_summary",
                    "string",
                )

        auto_gen_document_summary_prompt_summary = _src_get(
            "auto_gen_document_summary_prompt_summary", UNSET
        )
        if (
            auto_gen_document_summary_prompt_summary.__class__ is not str
            and auto_gen_document_summary_prompt_summary is not UNSET
        ):
            if auto_gen_document_summary_prompt_summary is None:
                auto_gen_document_summary_prompt_summary = UNSET
            else:
                check_value(
                    auto_gen_document_summary_prompt_summary,
                    "PromptTemplateBase.auto_gen_document_summary_prompt_summary",
                    "string",
                )

        auto_gen_document_sample_questions_prompt = _src_get(
            "auto_gen_document_sample_questions_prompt", UNSET
        )
        if (
            auto_gen_document_sample_questions_prompt.__class__ is not str
            and auto_gen_document_sample_questions_prompt is not UNSET
        ):
            if auto_gen_document_sample_questions_prompt is None:
                auto_gen_document_sample_questions_prompt = UNSET
            else:
                check_value(
                    auto_gen_document_sample_questions_prompt,
                    "PromptTemplateBase.auto_gen_document_sample_questions_prompt",
                    "string",
                )

        default_sample_questions = cast(
            list[str] | Unset, _src_get("default_sample_questions", UNSET)
        )
        if default_sample_questions is not UNSET and (
            default_sample_questions.__class__ is not list or default_sample_questions
        ):
            check_items(
                default_sample_questions,
                "PromptTemplateBase.default_sample_questions",
                "string",
            )

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
                    "PromptTemplateBase.image_batch_image_prompt",
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
                    "PromptTemplateBase.image_batch_final_prompt",
                    "string",
                )

        prompt_template_base = cls(
            name,
            description,
            lang,
            system_prompt,
            pre_prompt_query,
            prompt_query,
            hyde_no_rag_llm_prompt_extension,
            pre_prompt_summary,
            prompt_summary,
            system_prompt_reflection,
            prompt_reflection,
            auto_gen_description_prompt,
            auto_gen_document_summary_pre_prompt_summary,
            auto_gen_document_summary_prompt_summary,
            auto_gen_document_sample_questions_prompt,
            default_sample_questions,
            image_batch_image_prompt,
            image_batch_final_prompt,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            prompt_template_base.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return prompt_template_base

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
