from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_value,
    model_repr,
)

T = TypeVar("T", bound="ChatSettingsRagConfig")


@_attrs_define
class ChatSettingsRagConfig:
    """A map with arguments to control RAG (retrieval-augmented-generation) types.:   * `rag_type` **(type=enum[auto,
    llm_only, rag, hyde1, hyde2, rag+, all_data])** RAG type options:     * `auto` - Automatically select the best
    rag_type.     * `llm_only` LLM Only - Answer the query without any supporting document contexts.        Requires 1
    LLM call.     * `rag` RAG (Retrieval Augmented Generation) - Use supporting document contexts        to answer the
    query. Requires 1 LLM call.     * `hyde1` LLM Only + RAG composite - HyDE RAG (Hypothetical Document Embedding).
    Use 'LLM Only' response to find relevant contexts from a collection for generating        a response. Requires 2 LLM
    calls.     * `hyde2` HyDE + RAG composite - Use the 'HyDE RAG' response to find relevant        contexts from a
    collection for generating a response. Requires 3 LLM calls.     * `rag+` Summary RAG - Like RAG, but uses more
    context and recursive        summarization to overcome LLM context limits. Keeps all retrieved chunks, puts
    them in order, adds neighboring chunks, then uses the summary API to get the        answer. Can require several LLM
    calls.     * `all_data` All Data RAG - Like Summary RAG, but includes all document        chunks. Uses recursive
    summarization to overcome LLM context limits.        Can require several LLM calls.   *
    `hyde_no_rag_llm_prompt_extension` **(type=string, example=\\\\\\\\nKeep the answer brief, and list the 5 most
    relevant key words at the end.)** -     Add this prompt to every user's prompt, when generating answers to be used
    for subsequent retrieval during HyDE.     Only used when rag_type is `hyde1` or `hyde2`.   *
    `num_neighbor_chunks_to_include` **(type=integer, default=1)** - A number of neighboring chunks to include      for
    every retrieved relevant chunk. It helps to keep surrounding context together. Only enabled for rag_type `rag+`.   *
    `meta_data_to_include` **(type=map)** - A map with flags that indicate whether each piece of document metadata
    is to be included as part of the context for a chat with a collection.     * `name` **(type: boolean,
    default=True)**     * `text` **(type: boolean, default=True)**     * `page` **(type: boolean, default=True)**     *
    `captions` **(type: boolean, default=True)**     * `uri` **(type: boolean, default=False)**     * `connector`
    **(type: boolean, default=False)**     * `original_mtime` **(type: boolean, default=False)**     * `age` **(type:
    boolean, default=False)**     * `score` **(type: boolean, default=False)**   * `rag_max_chunks` **(type=integer,
    default=-1)** - Maximum number of document chunks to retrieve for RAG.     Actual number depends on rag_type and
    admin configuration. Set to >0 values to enable.      Can be combined with rag_min_chunk_score.   *
    `rag_min_chunk_score` **(type=double, default=0.0)** - Minimum score of document chunks to retrieve for RAG.     Set
    to >0 values to enable. Can be combined with rag_max_chunks.   * `graph_rag_auto_select` **(type=boolean,
    default=true)** - When `rag_type` is `auto` and the collection has     a successfully built knowledge graph, auto-
    select `graph_rag` as the rag_type for the chat. Set to `false`     to keep auto on normal RAG even when a graph
    exists, e.g. when an admin wants to retain control over when     graph mode becomes the default.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
            check_value(src_dict, "ChatSettingsRagConfig", "object")
        chat_settings_rag_config = cls()

        if len(src_dict) > 0:
            chat_settings_rag_config.additional_properties = dict(src_dict)
        return chat_settings_rag_config

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
