from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.summarize_request_llm_args import SummarizeRequestLlmArgs


T = TypeVar("T", bound="SummarizeRequest")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "text_context_list",
        "system_prompt",
        "llm_args",
        "guardrails_settings",
        "timeout",
        "pre_prompt_summary",
        "prompt_summary",
    )
)


@_attrs_define
class SummarizeRequest:
    """
    Attributes:
        text_context_list (list[None | str] | Unset): List of raw text strings to be summarized.
        system_prompt (str | Unset): Text sent to models which support system prompts. Gives the model overall context
            in how to respond. Use `auto` for the model default or None for h2oGPTe defaults. Defaults to '' for no system
            prompt.  Default: ''.
        llm_args (SummarizeRequestLlmArgs | Unset): A map of arguments sent to LLM with query.   * `temperature`
            **(type=double, default=0.0)** - A value used to modulate the next token probabilities.     0 is the most
            deterministic and 1 is most creative.   * `top_k` **(type=integer, default=1)** - A number of highest
            probability vocabulary tokens to keep for top-k-filtering.   * `top_p` **(type=double, default=0.0)** - If set
            to a value < 1, only the smallest set of most probable     tokens with probabilities that add up to top_p or
            higher are kept for generation.   * `seed` **(type=integer, default=0)** - A seed for the random number
            generator when sampling during      generation (if temp>0 or top_k>1 or top_p<1), seed=0 picks a random seed.
            * `repetition_penalty` **(type=double, default=1.07)** - A parameter for repetition penalty. 1.0 means no
            penalty.   * `max_new_tokens` **(type=double, default=1024)** - A maximum number of new tokens to generate.
            This limit applies to each (map+reduce) step during summarization and each (map) step during extraction.   *
            `min_max_new_tokens` **(type=integer, default=512)** - A minimum value for max_new_tokens when auto-adjusting
            for content of prompt, docs, etc.   * `response_format` **(type=enum[text, json_object, json_code],
            default=text)** - An output type of LLM   * `guided_json` **(type=map)** - If specified, the output will follow
            the JSON schema.   * `guided_regex` **(type=string)** - If specified, the output will follow the regex pattern.
            Only for models that support guided generation.   * `guided_choice` **(type=array[string])** - If specified, the
            output will be exactly one of the choices.     Only for models that support guided generation.   *
            `guided_grammar` **(type=string)** - If specified, the output will follow the context free grammar.     Only for
            models that support guided generation.   * `guided_whitespace_pattern` **(type=string)** - If specified, will
            override the default whitespace pattern for guided json decoding.     Only for models that support guided
            generation.   * `enable_vision` **(type=enum[on, off, auto], default=auto)** - Controls vision mode,     send
            images to the LLM in addition to text chunks.   * `visible_vision_models` **(type=array[string],
            default=[auto])** - Controls which vision model to use when processing images.     Must provide exactly one
            model. [auto] for automatic.   * `images_num_max` **(type=integer, default=None)** - Maximum number of images to
            process.   * `json_preserve_system_prompt` **(type=boolean, default=None)** - Whether to preserve system prompt
            in JSON response.   * `client_metadata` **(type=string, default=None)** - Additional metadata to send with the
            request.   * `min_chars_per_yield` **(type=integer, default=1)** - Minimum characters to yield in streaming
            response.   * `reasoning_effort` **(type=integer, default=0)** - Level of reasoning effort for the model (higher
            values = deeper reasoning, e.g., 10000-65000).     Use for models that support chain-of-thought reasoning. 0
            means no additional reasoning effort.   * `cost_controls` **(type=map)** A map with cost controls settings:
            * `max_cost` **(type=double)** - Sets the maximum allowed cost in USD per LLM call when doing Automatic model
            routing.       If the estimated cost based on input and output token counts is higher than this limit,       the
            request will fail as early as possible.     * `max_cost_per_million_tokens` **(type=double)** - Only consider
            models that cost less than this value in USD per million tokens       when doing automatic routing. Using the
            max of input and output cost.     * `model` **(type=array[string])** - Optional subset of models to consider
            when doing automatic routing.       If not specified, all models are considered.     * `willingness_to_pay`
            **(type=double)** - Controls the willingness to pay extra for a more accurate model for every LLM call
            when doing automatic routing, in units of USD per +10% increase in accuracy.       We start with the least
            accurate model. For each more accurate model,       we accept it if the increase in estimated cost divided by
            the increase in estimated accuracy       is no more than this value divided by 10%, up to the upper limit
            specified above.       Lower values will try to keep the cost as low as possible,       higher values will
            approach the cost limit to increase accuracy. 0 means unlimited.     * `willingness_to_wait` **(type=double)** -
            Controls the willingness to wait longer for a more accurate model for every LLM call       when doing automatic
            routing, in units of seconds per +10% increase in accuracy.       We start with the least accurate model. For
            each more accurate model,       we accept it if the increase in estimated time divided by the increase in
            estimated accuracy       is no more than this value divided by 10%. Lower values will try to keep the time
            as low as possible, higher values will take longer to increase accuracy. 0 means unlimited.   * `use_agent`
            **(type=boolean, default=False)** - If True, use the AI agent (with access to tools) to generate the response.
            * `agent_accuracy` **(type=string, default="standard")** - Effort level by the agent. Only if use_agent=True.
            One of ["quick", "basic", "standard", "maximum"].   * `agent_max_turns` **(type=union[string, integer],
            default="auto")** - Optional max. number of back-and-forth turns with the agent. Only if use_agent=True. Either
            "auto" or an integer.   * `agent_tools` **(type=union[string, array[string]], default="auto")** - Either "auto",
            "all", "any" to enable all available tools, or a specific list of tools to use. Only if use_agent=True.   *
            `agent_type` **(type=string, default="auto")** - Type of agent to use for task processing.   *
            `agent_original_files` **(type=array[string], default=None)** - List of file paths for agent to process.   *
            `agent_timeout` **(type=integer, default=None)** - Timeout in seconds for each agent turn.   *
            `agent_total_timeout` **(type=integer, default=3600)** - Total timeout in seconds for all agent processing.   *
            `agent_code_writer_system_message` **(type=string, default=None)** - System message for agent code writer.   *
            `agent_num_executable_code_blocks_limit` **(type=integer, default=1)** - Maximum number of executable code
            blocks.   * `agent_system_site_packages` **(type=boolean, default=True)** - Whether agent has access to system
            site packages.   * `agent_main_model` **(type=string, default=None)** - Main model to use for agent.   *
            `agent_max_stream_length` **(type=integer, default=None)** - Maximum stream length for agent response.   *
            `agent_max_memory_usage` **(type=integer, default=16*1024**3)** - Maximum memory usage for agent in bytes (16GB
            default).   * `agent_main_reasoning_effort` **(type=integer, default=None)** - Effort level for main reasoning.
            * `agent_advanced_reasoning_effort` **(type=integer, default=None)** - Effort level for advanced reasoning.   *
            `agent_max_confidence_level` **(type=integer, default=None)** - Maximum confidence level for agent responses.
            * `agent_planning_forced_mode` **(type=boolean, default=None)** - Whether to force planning mode for agent.   *
            `agent_too_soon_forced_mode` **(type=boolean, default=None)** - Whether to force "too soon" mode for agent.   *
            `agent_critique_forced_mode` **(type=integer, default=None)** - Whether to force critique mode for agent.   *
            `agent_query_understanding_parallel_calls` **(type=integer, default=None)** - Number of parallel calls for query
            understanding.   * `task_tracking` **(type=boolean, default=None)** - Enable task tracking for agent.   *
            `task_update_steps` **(type=integer, default=None)** - Number of steps for task update tracking (0-5, None for
            auto).   * `tool_building_mode` **(type=string, default=None)** - Mode for tool building configuration.   *
            `agent_stream_files` **(type=boolean, default=True)** - Whether to stream files from agent.   *
            `final_answer_guidelines_mode` **(type=string, default="auto")** - Mode for formatting agent final answers. Only
            applies when use_agent=True. Options: "auto" (chooses detailed, may later adapt), "detailed" (full final answer
            guidelines), "detailed_no_file_links", "detailed_no_image_links", "detailed_no_links", "file_template" (use
            custom template), "raw_LLM" (bypass final answer guidelines). Available modes may vary by deployment.
        guardrails_settings (GuardrailsSettings | Unset):
        timeout (int | Unset): Timeout in seconds.
        pre_prompt_summary (str | Unset): Text that is prepended before the list of texts. The default can be customized
            per environment, but the standard default is `"In order to write a concise single-paragraph or bulleted list
            summary, pay attention to the following text:\\\\\\\\n"`
        prompt_summary (str | Unset): Text that is appended after the list of texts. The default can be customized per
            environment, but the standard default is `"Using only the text above, write a condensed and concise summary of
            key results (preferably as bullet points):\\\\\\\\n"`
    """

    text_context_list: list[None | str] | Unset = UNSET
    system_prompt: str | Unset = UNSET
    llm_args: SummarizeRequestLlmArgs | Unset = UNSET
    guardrails_settings: GuardrailsSettings | Unset = UNSET
    timeout: int | Unset = UNSET
    pre_prompt_summary: str | Unset = UNSET
    prompt_summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        text_context_list: list[None | str] | Unset = UNSET
        if not isinstance(self.text_context_list, Unset):
            text_context_list = []
            for text_context_list_item_data in self.text_context_list:
                text_context_list_item: None | str
                text_context_list_item = text_context_list_item_data
                text_context_list.append(text_context_list_item)

        system_prompt = self.system_prompt

        llm_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm_args, Unset):
            llm_args = self.llm_args.to_dict()

        guardrails_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guardrails_settings, Unset):
            guardrails_settings = self.guardrails_settings.to_dict()

        timeout = self.timeout

        pre_prompt_summary = self.pre_prompt_summary

        prompt_summary = self.prompt_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_context_list is not UNSET:
            field_dict["text_context_list"] = text_context_list
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if llm_args is not UNSET:
            field_dict["llm_args"] = llm_args
        if guardrails_settings is not UNSET:
            field_dict["guardrails_settings"] = guardrails_settings
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if pre_prompt_summary is not UNSET:
            field_dict["pre_prompt_summary"] = pre_prompt_summary
        if prompt_summary is not UNSET:
            field_dict["prompt_summary"] = prompt_summary

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
            check_value(src_dict, "SummarizeRequest", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        _text_context_list = _src_get("text_context_list", UNSET)
        text_context_list: list[None | str] | Unset = UNSET
        if _text_context_list is not UNSET:
            if _text_context_list.__class__ is not list:
                check_value(
                    _text_context_list, "SummarizeRequest.text_context_list", "array"
                )
            text_context_list = []
            for text_context_list_item_data in _text_context_list:

                def _parse_text_context_list_item(data: object) -> None | str:
                    if data is None:
                        return data
                    if data.__class__ is not str:
                        check_value(
                            data, "SummarizeRequest.text_context_list[]", "string"
                        )
                    return cast(None | str, data)

                text_context_list_item = _parse_text_context_list_item(
                    text_context_list_item_data
                )

                text_context_list.append(text_context_list_item)

        system_prompt = _src_get("system_prompt", UNSET)
        if system_prompt.__class__ is not str and system_prompt is not UNSET:
            if system_prompt is None:
                system_prompt = UNSET
            else:
                check_value(system_prompt, "SummarizeRequest.system_prompt", "string")

        _llm_args = _src_get("llm_args", UNSET)
        llm_args: SummarizeRequestLlmArgs | Unset
        if _llm_args is UNSET:
            llm_args = UNSET
        else:
            llm_args = SummarizeRequestLlmArgs.from_dict(_llm_args)

        _guardrails_settings = _src_get("guardrails_settings", UNSET)
        guardrails_settings: GuardrailsSettings | Unset
        if _guardrails_settings is UNSET:
            guardrails_settings = UNSET
        else:
            guardrails_settings = GuardrailsSettings.from_dict(_guardrails_settings)

        timeout = _src_get("timeout", UNSET)
        if timeout.__class__ is not int and timeout is not UNSET:
            if timeout is None:
                timeout = UNSET
            else:
                check_value(timeout, "SummarizeRequest.timeout", "integer")

        pre_prompt_summary = _src_get("pre_prompt_summary", UNSET)
        if pre_prompt_summary.__class__ is not str and pre_prompt_summary is not UNSET:
            if pre_prompt_summary is None:
                pre_prompt_summary = UNSET
            else:
                check_value(
                    pre_prompt_summary, "SummarizeRequest.pre_prompt_summary", "string"
                )

        prompt_summary = _src_get("prompt_summary", UNSET)
        if prompt_summary.__class__ is not str and prompt_summary is not UNSET:
            if prompt_summary is None:
                prompt_summary = UNSET
            else:
                check_value(prompt_summary, "SummarizeRequest.prompt_summary", "string")

        summarize_request = cls(
            text_context_list,
            system_prompt,
            llm_args,
            guardrails_settings,
            timeout,
            pre_prompt_summary,
            prompt_summary,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            summarize_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return summarize_request

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
from ..models.summarize_request_llm_args import SummarizeRequestLlmArgs  # noqa: E402
