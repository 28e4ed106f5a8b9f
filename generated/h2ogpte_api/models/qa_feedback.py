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

T = TypeVar("T", bound="QAFeedback")

# The keys of the declared properties: any other key of a parsed dict is an additional property.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "question_content",
        "reply_content",
        "question_id",
        "reply_id",
        "votes",
        "response_created_at_time",
        "llm",
        "system_prompt",
        "pre_prompt_query",
        "prompt_query",
        "pre_prompt_summary",
        "prompt_summary",
        "rag_config",
        "collection_documents",
        "expected_answer",
        "user_comment",
        "collection_id",
        "collection_name",
        "prompt_template_id",
        "include_chat_history",
        "chat_session_id",
        "voted_user_id",
        "voted_username",
    )
)


@_attrs_define
class QAFeedback:
    """
    Attributes:
        question_content (str):
        reply_content (str):
        question_id (str):
        reply_id (str):
        votes (int):
        response_created_at_time (str):
        llm (str | Unset):
        system_prompt (str | Unset):
        pre_prompt_query (str | Unset):
        prompt_query (str | Unset):
        pre_prompt_summary (str | Unset):
        prompt_summary (str | Unset):
        rag_config (str | Unset):
        collection_documents (list[str] | Unset):
        expected_answer (str | Unset):
        user_comment (str | Unset):
        collection_id (str | Unset):
        collection_name (str | Unset):
        prompt_template_id (str | Unset):
        include_chat_history (str | Unset):
        chat_session_id (str | Unset):
        voted_user_id (str | Unset):
        voted_username (str | Unset):
    """

    question_content: str
    reply_content: str
    question_id: str
    reply_id: str
    votes: int
    response_created_at_time: str
    llm: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    pre_prompt_query: str | Unset = UNSET
    prompt_query: str | Unset = UNSET
    pre_prompt_summary: str | Unset = UNSET
    prompt_summary: str | Unset = UNSET
    rag_config: str | Unset = UNSET
    collection_documents: list[str] | Unset = UNSET
    expected_answer: str | Unset = UNSET
    user_comment: str | Unset = UNSET
    collection_id: str | Unset = UNSET
    collection_name: str | Unset = UNSET
    prompt_template_id: str | Unset = UNSET
    include_chat_history: str | Unset = UNSET
    chat_session_id: str | Unset = UNSET
    voted_user_id: str | Unset = UNSET
    voted_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        question_content = self.question_content

        reply_content = self.reply_content

        question_id = self.question_id

        reply_id = self.reply_id

        votes = self.votes

        response_created_at_time = self.response_created_at_time

        llm = self.llm

        system_prompt = self.system_prompt

        pre_prompt_query = self.pre_prompt_query

        prompt_query = self.prompt_query

        pre_prompt_summary = self.pre_prompt_summary

        prompt_summary = self.prompt_summary

        rag_config = self.rag_config

        collection_documents: list[str] | Unset = UNSET
        if not isinstance(self.collection_documents, Unset):
            collection_documents = self.collection_documents

        expected_answer = self.expected_answer

        user_comment = self.user_comment

        collection_id = self.collection_id

        collection_name = self.collection_name

        prompt_template_id = self.prompt_template_id

        include_chat_history = self.include_chat_history

        chat_session_id = self.chat_session_id

        voted_user_id = self.voted_user_id

        voted_username = self.voted_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question_content": question_content,
                "reply_content": reply_content,
                "question_id": question_id,
                "reply_id": reply_id,
                "votes": votes,
                "response_created_at_time": response_created_at_time,
            }
        )
        if llm is not UNSET:
            field_dict["llm"] = llm
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if pre_prompt_query is not UNSET:
            field_dict["pre_prompt_query"] = pre_prompt_query
        if prompt_query is not UNSET:
            field_dict["prompt_query"] = prompt_query
        if pre_prompt_summary is not UNSET:
            field_dict["pre_prompt_summary"] = pre_prompt_summary
        if prompt_summary is not UNSET:
            field_dict["prompt_summary"] = prompt_summary
        if rag_config is not UNSET:
            field_dict["rag_config"] = rag_config
        if collection_documents is not UNSET:
            field_dict["collection_documents"] = collection_documents
        if expected_answer is not UNSET:
            field_dict["expected_answer"] = expected_answer
        if user_comment is not UNSET:
            field_dict["user_comment"] = user_comment
        if collection_id is not UNSET:
            field_dict["collection_id"] = collection_id
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if prompt_template_id is not UNSET:
            field_dict["prompt_template_id"] = prompt_template_id
        if include_chat_history is not UNSET:
            field_dict["include_chat_history"] = include_chat_history
        if chat_session_id is not UNSET:
            field_dict["chat_session_id"] = chat_session_id
        if voted_user_id is not UNSET:
            field_dict["voted_user_id"] = voted_user_id
        if voted_username is not UNSET:
            field_dict["voted_username"] = voted_username

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
            check_value(src_dict, "QAFeedback", "object")
        question_content = src_dict["question_content"]
        if question_content.__class__ is not str:
            check_value(question_content, "QAFeedback.question_content", "string")

        reply_content = src_dict["reply_content"]
        if reply_content.__class__ is not str:
            check_value(reply_content, "QAFeedback.reply_content", "string")

        question_id = src_dict["question_id"]
        if question_id.__class__ is not str:
            check_value(question_id, "QAFeedback.question_id", "string")

        reply_id = src_dict["reply_id"]
        if reply_id.__class__ is not str:
            check_value(reply_id, "QAFeedback.reply_id", "string")

        votes = src_dict["votes"]
        if votes.__class__ is not int:
            check_value(votes, "QAFeedback.votes", "integer")

        response_created_at_time = src_dict["response_created_at_time"]
        if response_created_at_time.__class__ is not str:
            check_value(
                response_created_at_time,
                "QAFeedback.response_created_at_time",
                "string",
            )

        if len(src_dict) == 6:
            # Only the required keys: every optional property is UNSET (the fields' default, left to the call),
            # and there is nothing additional.
            return cls(
                question_content,
                reply_content,
                question_id,
                reply_id,
                votes,
                response_created_at_time,
            )

        _src_get = src_dict.get
        llm = _src_get("llm", UNSET)
        if llm.__class__ is not str and llm is not UNSET:
            if llm is None:
                llm = UNSET
            else:
                check_value(llm, "QAFeedback.llm", "string")

        system_prompt = _src_get("system_prompt", UNSET)
        if system_prompt.__class__ is not str and system_prompt is not UNSET:
            if system_prompt is None:
                system_prompt = UNSET
            else:
                check_value(system_prompt, "QAFeedback.system_prompt", "string")

        pre_prompt_query = _src_get("pre_prompt_query", UNSET)
        if pre_prompt_query.__class__ is not str and pre_prompt_query is not UNSET:
            if pre_prompt_query is None:
                pre_prompt_query = UNSET
            else:
                check_value(pre_prompt_query, "QAFeedback.pre_prompt_query", "string")

        prompt_query = _src_get("prompt_query", UNSET)
        if prompt_query.__class__ is not str and prompt_query is not UNSET:
            if prompt_query is None:
                prompt_query = UNSET
            else:
                check_value(prompt_query, "QAFeedback.prompt_query", "string")

        pre_prompt_summary = _src_get("pre_prompt_summary", UNSET)
        if pre_prompt_summary.__class__ is not str and pre_prompt_summary is not UNSET:
            if pre_prompt_summary is None:
                pre_prompt_summary = UNSET
            else:
                check_value(
                    pre_prompt_summary, "QAFeedback.pre_prompt_summary", "string"
                )

        prompt_summary = _src_get("prompt_summary", UNSET)
        if prompt_summary.__class__ is not str and prompt_summary is not UNSET:
            if prompt_summary is None:
                prompt_summary = UNSET
            else:
                check_value(prompt_summary, "QAFeedback.prompt_summary", "string")

        rag_config = _src_get("rag_config", UNSET)
        if rag_config.__class__ is not str and rag_config is not UNSET:
            if rag_config is None:
                rag_config = UNSET
            else:
                check_value(rag_config, "QAFeedback.rag_config", "string")

        collection_documents = cast(
            list[str] | Unset, _src_get("collection_documents", UNSET)
        )
        if collection_documents is not UNSET and (
            collection_documents.__class__ is not list or collection_documents
        ):
            check_items(
                collection_documents, "QAFeedback.collection_documents", "string"
            )

        expected_answer = _src_get("expected_answer", UNSET)
        if expected_answer.__class__ is not str and expected_answer is not UNSET:
            if expected_answer is None:
                expected_answer = UNSET
            else:
                check_value(expected_answer, "QAFeedback.expected_answer", "string")

        user_comment = _src_get("user_comment", UNSET)
        if user_comment.__class__ is not str and user_comment is not UNSET:
            if user_comment is None:
                user_comment = UNSET
            else:
                check_value(user_comment, "QAFeedback.user_comment", "string")

        collection_id = _src_get("collection_id", UNSET)
        if collection_id.__class__ is not str and collection_id is not UNSET:
            if collection_id is None:
                collection_id = UNSET
            else:
                check_value(collection_id, "QAFeedback.collection_id", "string")

        collection_name = _src_get("collection_name", UNSET)
        if collection_name.__class__ is not str and collection_name is not UNSET:
            if collection_name is None:
                collection_name = UNSET
            else:
                check_value(collection_name, "QAFeedback.collection_name", "string")

        prompt_template_id = _src_get("prompt_template_id", UNSET)
        if prompt_template_id.__class__ is not str and prompt_template_id is not UNSET:
            if prompt_template_id is None:
                prompt_template_id = UNSET
            else:
                check_value(
                    prompt_template_id, "QAFeedback.prompt_template_id", "string"
                )

        include_chat_history = _src_get("include_chat_history", UNSET)
        if (
            include_chat_history.__class__ is not str
            and include_chat_history is not UNSET
        ):
            if include_chat_history is None:
                include_chat_history = UNSET
            else:
                check_value(
                    include_chat_history, "QAFeedback.include_chat_history", "string"
                )

        chat_session_id = _src_get("chat_session_id", UNSET)
        if chat_session_id.__class__ is not str and chat_session_id is not UNSET:
            if chat_session_id is None:
                chat_session_id = UNSET
            else:
                check_value(chat_session_id, "QAFeedback.chat_session_id", "string")

        voted_user_id = _src_get("voted_user_id", UNSET)
        if voted_user_id.__class__ is not str and voted_user_id is not UNSET:
            if voted_user_id is None:
                voted_user_id = UNSET
            else:
                check_value(voted_user_id, "QAFeedback.voted_user_id", "string")

        voted_username = _src_get("voted_username", UNSET)
        if voted_username.__class__ is not str and voted_username is not UNSET:
            if voted_username is None:
                voted_username = UNSET
            else:
                check_value(voted_username, "QAFeedback.voted_username", "string")

        qa_feedback = cls(
            question_content,
            reply_content,
            question_id,
            reply_id,
            votes,
            response_created_at_time,
            llm,
            system_prompt,
            pre_prompt_query,
            prompt_query,
            pre_prompt_summary,
            prompt_summary,
            rag_config,
            collection_documents,
            expected_answer,
            user_comment,
            collection_id,
            collection_name,
            prompt_template_id,
            include_chat_history,
            chat_session_id,
            voted_user_id,
            voted_username,
        )

        if not _KNOWN_KEYS.issuperset(src_dict):
            qa_feedback.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return qa_feedback

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
