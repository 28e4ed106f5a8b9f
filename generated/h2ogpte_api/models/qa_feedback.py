from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        question_content = src_dict["question_content"]

        reply_content = src_dict["reply_content"]

        question_id = src_dict["question_id"]

        reply_id = src_dict["reply_id"]

        votes = src_dict["votes"]

        response_created_at_time = src_dict["response_created_at_time"]

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

        system_prompt = _src_get("system_prompt", UNSET)

        pre_prompt_query = _src_get("pre_prompt_query", UNSET)

        prompt_query = _src_get("prompt_query", UNSET)

        pre_prompt_summary = _src_get("pre_prompt_summary", UNSET)

        prompt_summary = _src_get("prompt_summary", UNSET)

        rag_config = _src_get("rag_config", UNSET)

        collection_documents = cast(list[str], _src_get("collection_documents", UNSET))

        expected_answer = _src_get("expected_answer", UNSET)

        user_comment = _src_get("user_comment", UNSET)

        collection_id = _src_get("collection_id", UNSET)

        collection_name = _src_get("collection_name", UNSET)

        prompt_template_id = _src_get("prompt_template_id", UNSET)

        include_chat_history = _src_get("include_chat_history", UNSET)

        chat_session_id = _src_get("chat_session_id", UNSET)

        voted_user_id = _src_get("voted_user_id", UNSET)

        voted_username = _src_get("voted_username", UNSET)

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
