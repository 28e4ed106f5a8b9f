from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_settings_include_chat_history import (
    CHAT_SETTINGS_INCLUDE_CHAT_HISTORY_VALUES,
    ChatSettingsIncludeChatHistory,
)
from ..types import (
    UNSET,
    UnknownEnumValue,
    Unset,
    check_items,
    check_value,
    invalid,
    model_repr,
    open_enum,
)

if TYPE_CHECKING:
    from ..models.chat_settings_llm_args import ChatSettingsLlmArgs
    from ..models.chat_settings_rag_config import ChatSettingsRagConfig
    from ..models.chat_settings_self_reflection_config import (
        ChatSettingsSelfReflectionConfig,
    )
    from ..models.tag_filter import TagFilter


T = TypeVar("T", bound="ChatSettings")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "llm",
        "llm_args",
        "self_reflection_config",
        "rag_config",
        "include_chat_history",
        "tags",
    )
)


@_attrs_define
class ChatSettings:
    """ 
        Attributes:
            llm (str | Unset): LLM name to send the query. Use "auto" for automatic model routing, set cost_controls of
                llm_args for detailed control over automatic routing.
            llm_args (ChatSettingsLlmArgs | Unset): A map of arguments sent to LLM with query.   * `temperature`
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
            self_reflection_config (ChatSettingsSelfReflectionConfig | Unset): A map with self reflection settings:   *
                `llm_reflection` **(type=string, example=gpt-4-0613)**   * `prompt_reflection` **(type=string,
                example=\\"\\"\\"Prompt:\\\\\\\\n%s\\\\\\\\n\\"\\"\\"\\\\\\\\n\\\\\\\\n\\"\\
                "\\")**   * `system_prompt_reflection` **(type=string)**   * `llm_args_reflection` **(type=string, example={})**
            rag_config (ChatSettingsRagConfig | Unset): A map with arguments to control RAG (retrieval-augmented-generation)
                types.:   * `rag_type` **(type=enum[auto, llm_only, rag, hyde1, hyde2, rag+, all_data])** RAG type options:
                * `auto` - Automatically select the best rag_type.     * `llm_only` LLM Only - Answer the query without any
                supporting document contexts.        Requires 1 LLM call.     * `rag` RAG (Retrieval Augmented Generation) - Use
                supporting document contexts        to answer the query. Requires 1 LLM call.     * `hyde1` LLM Only + RAG
                composite - HyDE RAG (Hypothetical Document Embedding).        Use 'LLM Only' response to find relevant contexts
                from a collection for generating        a response. Requires 2 LLM calls.     * `hyde2` HyDE + RAG composite -
                Use the 'HyDE RAG' response to find relevant        contexts from a collection for generating a response.
                Requires 3 LLM calls.     * `rag+` Summary RAG - Like RAG, but uses more context and recursive
                summarization to overcome LLM context limits. Keeps all retrieved chunks, puts        them in order, adds
                neighboring chunks, then uses the summary API to get the        answer. Can require several LLM calls.     *
                `all_data` All Data RAG - Like Summary RAG, but includes all document        chunks. Uses recursive
                summarization to overcome LLM context limits.        Can require several LLM calls.   *
                `hyde_no_rag_llm_prompt_extension` **(type=string, example=\\\\\\\\nKeep the answer brief, and list the 5 most
                relevant key words at the end.)** -     Add this prompt to every user's prompt, when generating answers to be
                used for subsequent retrieval during HyDE.     Only used when rag_type is `hyde1` or `hyde2`.   *
                `num_neighbor_chunks_to_include` **(type=integer, default=1)** - A number of neighboring chunks to include
                for every retrieved relevant chunk. It helps to keep surrounding context together. Only enabled for rag_type
                `rag+`.   * `meta_data_to_include` **(type=map)** - A map with flags that indicate whether each piece of
                document metadata      is to be included as part of the context for a chat with a collection.     * `name`
                **(type: boolean, default=True)**     * `text` **(type: boolean, default=True)**     * `page` **(type: boolean,
                default=True)**     * `captions` **(type: boolean, default=True)**     * `uri` **(type: boolean,
                default=False)**     * `connector` **(type: boolean, default=False)**     * `original_mtime` **(type: boolean,
                default=False)**     * `age` **(type: boolean, default=False)**     * `score` **(type: boolean, default=False)**
                * `rag_max_chunks` **(type=integer, default=-1)** - Maximum number of document chunks to retrieve for RAG.
                Actual number depends on rag_type and admin configuration. Set to >0 values to enable.      Can be combined with
                rag_min_chunk_score.   * `rag_min_chunk_score` **(type=double, default=0.0)** - Minimum score of document chunks
                to retrieve for RAG.     Set to >0 values to enable. Can be combined with rag_max_chunks.   *
                `graph_rag_auto_select` **(type=boolean, default=true)** - When `rag_type` is `auto` and the collection has
                a successfully built knowledge graph, auto-select `graph_rag` as the rag_type for the chat. Set to `false`
                to keep auto on normal RAG even when a graph exists, e.g. when an admin wants to retain control over when
                graph mode becomes the default.
            include_chat_history (ChatSettingsIncludeChatHistory | UnknownEnumValue | Unset): Whether to include chat
                history. Includes previous questions and answers for the current chat session for each new chat request. Disable
                if require deterministic answers for a given question.
            tags (list[str] | TagFilter | Unset): Filter documents by tags for RAG context. Supports two formats:   - Array
                format (backward compatible): ["red", "blue"] includes documents with 'red' OR 'blue' tags   - Object format
                (with exclusions): {"include": ["color"], "exclude": ["red", "blue"]}
     """

    llm: str | Unset = UNSET
    llm_args: ChatSettingsLlmArgs | Unset = UNSET
    self_reflection_config: ChatSettingsSelfReflectionConfig | Unset = UNSET
    rag_config: ChatSettingsRagConfig | Unset = UNSET
    include_chat_history: ChatSettingsIncludeChatHistory | UnknownEnumValue | Unset = (
        UNSET
    )
    tags: list[str] | TagFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        llm = self.llm

        llm_args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm_args, Unset):
            llm_args = self.llm_args.to_dict()

        self_reflection_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_reflection_config, Unset):
            self_reflection_config = self.self_reflection_config.to_dict()

        rag_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rag_config, Unset):
            rag_config = self.rag_config.to_dict()

        include_chat_history: str | Unset = UNSET
        if not isinstance(self.include_chat_history, Unset):
            include_chat_history = self.include_chat_history

        tags: dict[str, Any] | list[str] | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm is not UNSET:
            field_dict["llm"] = llm
        if llm_args is not UNSET:
            field_dict["llm_args"] = llm_args
        if self_reflection_config is not UNSET:
            field_dict["self_reflection_config"] = self_reflection_config
        if rag_config is not UNSET:
            field_dict["rag_config"] = rag_config
        if include_chat_history is not UNSET:
            field_dict["include_chat_history"] = include_chat_history
        if tags is not UNSET:
            field_dict["tags"] = tags

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
            check_value(src_dict, "ChatSettings", "object")
        if len(src_dict) == 0:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls()

        _src_get = src_dict.get
        llm = _src_get("llm", UNSET)
        if llm.__class__ is not str and llm is not UNSET:
            if llm is None:
                llm = UNSET
            else:
                check_value(llm, "ChatSettings.llm", "string")

        _llm_args = _src_get("llm_args", UNSET)
        llm_args: ChatSettingsLlmArgs | Unset
        if _llm_args is UNSET:
            llm_args = UNSET
        else:
            llm_args = ChatSettingsLlmArgs.from_dict(_llm_args)

        _self_reflection_config = _src_get("self_reflection_config", UNSET)
        self_reflection_config: ChatSettingsSelfReflectionConfig | Unset
        if _self_reflection_config is UNSET:
            self_reflection_config = UNSET
        else:
            self_reflection_config = ChatSettingsSelfReflectionConfig.from_dict(
                _self_reflection_config
            )

        _rag_config = _src_get("rag_config", UNSET)
        rag_config: ChatSettingsRagConfig | Unset
        if _rag_config is UNSET:
            rag_config = UNSET
        else:
            rag_config = ChatSettingsRagConfig.from_dict(_rag_config)

        include_chat_history = _src_get("include_chat_history", UNSET)
        if (
            include_chat_history.__class__ is not str
            or include_chat_history not in CHAT_SETTINGS_INCLUDE_CHAT_HISTORY_VALUES
        ) and include_chat_history is not UNSET:
            if include_chat_history is None:
                include_chat_history = UNSET
            else:
                include_chat_history = open_enum(
                    include_chat_history,
                    "ChatSettings.include_chat_history",
                    CHAT_SETTINGS_INCLUDE_CHAT_HISTORY_VALUES,
                )

        def _parse_tags(data: object) -> list[str] | TagFilter | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_chat_settings_tags_type_0 = cast(list[str], data)
                if (
                    componentsschemas_chat_settings_tags_type_0.__class__ is not list
                    or componentsschemas_chat_settings_tags_type_0
                ):
                    check_items(
                        componentsschemas_chat_settings_tags_type_0,
                        "ChatSettings.tags",
                        "string",
                    )

                return componentsschemas_chat_settings_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise invalid(data, "ChatSettings.tags", "an array or an object")
            componentsschemas_chat_settings_tags_type_1 = TagFilter.from_dict(data)

            return componentsschemas_chat_settings_tags_type_1

        tags = _parse_tags(_src_get("tags", UNSET))

        chat_settings = cls(
            llm,
            llm_args,
            self_reflection_config,
            rag_config,
            include_chat_history,
            tags,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            chat_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return chat_settings

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


from ..models.chat_settings_llm_args import ChatSettingsLlmArgs  # noqa: E402
from ..models.chat_settings_rag_config import ChatSettingsRagConfig  # noqa: E402
from ..models.chat_settings_self_reflection_config import (
    ChatSettingsSelfReflectionConfig,  # noqa: E402
)
from ..models.tag_filter import TagFilter  # noqa: E402
