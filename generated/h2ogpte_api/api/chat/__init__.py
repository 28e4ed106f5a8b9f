"""The operations tagged chat: `client.chat` is a `Chat` (an `AsyncChat` on an async client).

Each operation also has its own module here: `build_request` and `parse`, which every method below calls, and the
upstream-style functions `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...types import UNSET, Response, UnknownEnumValue, Unset
from .. import (
    AsyncRawResource,
    AsyncResource,
    SyncRawResource,
    SyncResource,
    async_raw_response,
    raw_response,
)

if sys.version_info >= (3, 13):
    from warnings import deprecated
else:
    from typing_extensions import deprecated

if TYPE_CHECKING:
    import datetime

    from ...models.admin_cleanup_chat_sessions_request import (
        AdminCleanupChatSessionsRequest,
    )
    from ...models.agent_server_directory_stats import AgentServerDirectoryStats
    from ...models.agent_server_file import AgentServerFile
    from ...models.chat_completion import ChatCompletion
    from ...models.chat_completion_request import ChatCompletionRequest
    from ...models.chat_completion_request_include_chat_history import (
        ChatCompletionRequestIncludeChatHistory,
        check_chat_completion_request_include_chat_history,
    )
    from ...models.chat_completion_request_llm_args import ChatCompletionRequestLlmArgs
    from ...models.chat_completion_request_rag_config import (
        ChatCompletionRequestRagConfig,
    )
    from ...models.chat_completion_request_self_reflection_config import (
        ChatCompletionRequestSelfReflectionConfig,
    )
    from ...models.chat_message import ChatMessage
    from ...models.chat_message_meta import ChatMessageMeta
    from ...models.chat_message_reference import ChatMessageReference
    from ...models.chat_session import ChatSession
    from ...models.chat_session_update_request import ChatSessionUpdateRequest
    from ...models.collection_change_request import CollectionChangeRequest
    from ...models.count import Count
    from ...models.create_chat_session_request import CreateChatSessionRequest
    from ...models.delete_chat_sessions_job_request import DeleteChatSessionsJobRequest
    from ...models.endpoint_error import EndpointError
    from ...models.fork_chat_session_request import ForkChatSessionRequest
    from ...models.guardrails_settings import GuardrailsSettings
    from ...models.insert_command_synth_pair_201_response import (
        InsertCommandSynthPair201Response,
    )
    from ...models.insert_command_synth_pair_request import (
        InsertCommandSynthPairRequest,
    )
    from ...models.job_details import JobDetails
    from ...models.list_archived_chat_sessions_as_admin_200_response import (
        ListArchivedChatSessionsAsAdmin200Response,
    )
    from ...models.message_vote_update_request import MessageVoteUpdateRequest
    from ...models.prompt_template_change_request import PromptTemplateChangeRequest
    from ...models.qa_feedback import QAFeedback
    from ...models.send_hitl_message_request import SendHitlMessageRequest
    from ...models.suggested_question import SuggestedQuestion
    from ...models.tag_filter import TagFilter
    from ...models.update_chat_session_keep_forever_request import (
        UpdateChatSessionKeepForeverRequest,
    )
    from ...models.update_expiry_date_request import UpdateExpiryDateRequest
    from ...models.update_qa_feedback_request import UpdateQAFeedbackRequest
    from ...types import File, FileTypes

    pass


class Chat(SyncResource):
    """The operations tagged chat; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        return ChatWithRawResponse(self._requester)

    @overload
    def admin_cleanup_chat_sessions(
        self,
        *,
        older_than_days: int,
        force: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def admin_cleanup_chat_sessions(
        self,
        *,
        body: AdminCleanupChatSessionsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def admin_cleanup_chat_sessions(
        self,
        *,
        older_than_days: Any = UNSET,
        force: Any = UNSET,
        body: AdminCleanupChatSessionsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Trigger cleanup of old chat sessions.

        Admin endpoint to delete chat sessions older than a specified number of days.
        """
        from . import admin_cleanup_chat_sessions as _op

        request = _op.build_request(
            body=_op.build_body(body, older_than_days=older_than_days, force=force)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def archive_chat_session(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Archive a chat session.

        Archives a chat session along with its associated data.
        """
        from . import archive_chat_session as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_chat_sessions(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatSession]:
        """List chat sessions."""
        from . import list_chat_sessions as _op

        request = _op.build_request(offset=offset, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_chat_sessions(
        self,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[ChatSession]:
        """List chat sessions.

        Every item of `list_chat_sessions`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_chat_sessions(
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def create_chat_session(
        self,
        *,
        workspace: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    def create_chat_session(
        self,
        *,
        body: CreateChatSessionRequest | Mapping[str, Any],
        collection_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    def create_chat_session(
        self,
        *,
        workspace: Any = UNSET,
        body: CreateChatSessionRequest | Mapping[str, Any] | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Creates chat session.

        Creates chat session with a collection if provided. Otherwise, the session will be with a generic
        LLM.
        """
        from . import create_chat_session as _op

        request = _op.build_request(
            body=_op.build_body(body, workspace=workspace), collection_id=collection_id
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_delete_chat_session_job(
        self,
        *,
        session_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_delete_chat_session_job(
        self,
        *,
        body: DeleteChatSessionsJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_delete_chat_session_job(
        self,
        *,
        session_ids: Any = UNSET,
        body: DeleteChatSessionsJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to delete chat sessions."""
        from . import create_delete_chat_session_job as _op

        request = _op.build_request(body=_op.build_body(body, session_ids=session_ids))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @deprecated(
        "delete_agent_server_directories (DELETE /chats/{session_ids}/agent_server_directories) is deprecated in the h2oGPTe API and may be removed"
    )
    def delete_agent_server_directories(
        self,
        session_ids: list[str],
        *,
        dir_types: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes agent server directories.

        Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
        Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
        `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
        inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.
        """
        from . import delete_agent_server_directories as _op

        request = _op.build_request(session_ids=session_ids, dir_types=dir_types)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_agent_server_files(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentServerFile]:
        """Lists agent server files."""
        from . import list_agent_server_files as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_agent_server_files(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes agent server files."""
        from . import delete_agent_server_files as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_chat_session(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Finds a chat session by id.

        Returns a single chat session by its unique identifier.
        """
        from . import get_chat_session as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_chat_session(
        self,
        session_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes collection.

        Deletes collection with a given unique identifier.
        """
        from . import delete_chat_session as _op

        request = _op.build_request(session_id=session_id, timeout=timeout)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_chat_session(
        self,
        session_id: str,
        *,
        name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    def update_chat_session(
        self,
        session_id: str,
        *,
        body: ChatSessionUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    def update_chat_session(
        self,
        session_id: str,
        *,
        name: Any = UNSET,
        body: ChatSessionUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Updates the name of a chat session."""
        from . import update_chat_session as _op

        request = _op.build_request(
            session_id=session_id, body=_op.build_body(body, name=name)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_chat_session_collection(
        self,
        session_id: str,
        *,
        collection_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    def update_chat_session_collection(
        self,
        session_id: str,
        *,
        body: CollectionChangeRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    def update_chat_session_collection(
        self,
        session_id: str,
        *,
        collection_id: Any = UNSET,
        body: CollectionChangeRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Updates a collection reference of a chat session."""
        from . import update_chat_session_collection as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(body, collection_id=collection_id),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_chat_session_collection(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Removes a collection reference from the chat session."""
        from . import delete_chat_session_collection as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_chat_session_expiry_date(
        self,
        session_id: str,
        *,
        expiry_date: datetime.date,
        timezone: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_chat_session_expiry_date(
        self,
        session_id: str,
        *,
        body: UpdateExpiryDateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_chat_session_expiry_date(
        self,
        session_id: str,
        *,
        expiry_date: Any = UNSET,
        timezone: Any = UNSET,
        body: UpdateExpiryDateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates an expiry date of a chat session."""
        from . import update_chat_session_expiry_date as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(body, expiry_date=expiry_date, timezone=timezone),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_chat_session_expiry_date(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes an expiry date from a chat session."""
        from . import delete_chat_session_expiry_date as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_chat_session_prompt_template(
        self,
        session_id: str,
        *,
        prompt_template_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    def update_chat_session_prompt_template(
        self,
        session_id: str,
        *,
        body: PromptTemplateChangeRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    def update_chat_session_prompt_template(
        self,
        session_id: str,
        *,
        prompt_template_id: Any = UNSET,
        body: PromptTemplateChangeRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Updates a prompt template reference of a chat session."""
        from . import update_chat_session_prompt_template as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(body, prompt_template_id=prompt_template_id),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_chat_session_prompt_template(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Removes a prompt template reference from the chat session."""
        from . import delete_chat_session_prompt_template as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_messages(
        self,
        message_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes specific chat messages."""
        from . import delete_messages as _op

        request = _op.build_request(message_ids=message_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def download_feedback_export(
        self,
        job_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Download a completed feedback CSV export.

        Downloads the CSV file produced by an ExportFeedbackCSVJob.
        """
        from . import download_feedback_export as _op

        request = _op.build_request(job_id=job_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def finish_chat_message(
        self,
        question_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Signal the LLM to finish its response gracefully.

        Signals the LLM to complete its current thought and finish naturally, providing a more coherent
        ending than an immediate stop.
        """
        from . import finish_chat_message as _op

        request = _op.build_request(question_id=question_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def fork_chat_session(
        self,
        session_id: str,
        *,
        message_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    def fork_chat_session(
        self,
        session_id: str,
        *,
        body: ForkChatSessionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    def fork_chat_session(
        self,
        session_id: str,
        *,
        message_id: Any = UNSET,
        body: ForkChatSessionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Forks a chat session.

        Creates a new independent copy of a chat session with all messages, references, metadata, and
        document associations preserved.
        """
        from . import fork_chat_session as _op

        request = _op.build_request(
            session_id=session_id, body=_op.build_body(body, message_id=message_id)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_agent_server_directory_stats(
        self,
        session_id: str,
        directory_name: str,
        *,
        detail_level: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentServerDirectoryStats:
        """Gets stats of a agent server directory."""
        from . import get_agent_server_directory_stats as _op

        request = _op.build_request(
            session_id=session_id,
            directory_name=directory_name,
            detail_level=detail_level,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_chat_session_count(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of chat sessions."""
        from . import get_chat_session_count as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_chat_session_guardrails(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings:
        """Get guardrails settings for a chat session.

        Returns the guardrails settings configured for a specific chat session.
        """
        from . import get_chat_session_guardrails as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_chat_session_messages(
        self,
        session_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatMessage]:
        """Fetches chat message and metadata for messages in a chat session.

        Fetches chat message and metadata for messages in a chat session. Messages without a `reply_to` are
        from the end user, messages with a `reply_to` are from an LLM and a response to a specific user
        message.
        """
        from . import get_chat_session_messages as _op

        request = _op.build_request(session_id=session_id, offset=offset, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_chat_session_messages(
        self,
        session_id: str,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[ChatMessage]:
        """Fetches chat message and metadata for messages in a chat session.

        Every item of `get_chat_session_messages`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.get_chat_session_messages(
                session_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def get_completion(
        self,
        session_id: str,
        *,
        message: str,
        system_prompt: str | Unset = UNSET,
        pre_prompt_query: str | Unset = UNSET,
        prompt_query: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        llm: str | Unset = UNSET,
        llm_args: ChatCompletionRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        self_reflection_config: ChatCompletionRequestSelfReflectionConfig
        | Unset
        | Mapping[str, Any] = UNSET,
        rag_config: ChatCompletionRequestRagConfig | Unset | Mapping[str, Any] = UNSET,
        include_chat_history: ChatCompletionRequestIncludeChatHistory
        | UnknownEnumValue
        | Unset = UNSET,
        tags: list[str] | TagFilter | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion: ...

    @overload
    def get_completion(
        self,
        session_id: str,
        *,
        body: ChatCompletionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion: ...

    def get_completion(
        self,
        session_id: str,
        *,
        message: Any = UNSET,
        system_prompt: Any = UNSET,
        pre_prompt_query: Any = UNSET,
        prompt_query: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        llm: Any = UNSET,
        llm_args: Any = UNSET,
        self_reflection_config: Any = UNSET,
        rag_config: Any = UNSET,
        include_chat_history: Any = UNSET,
        tags: Any = UNSET,
        body: ChatCompletionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion:
        """Asks question in a given chat session."""
        from . import get_completion as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(
                body,
                message=message,
                system_prompt=system_prompt,
                pre_prompt_query=pre_prompt_query,
                prompt_query=prompt_query,
                image_batch_final_prompt=image_batch_final_prompt,
                image_batch_image_prompt=image_batch_image_prompt,
                llm=llm,
                llm_args=llm_args,
                self_reflection_config=self_reflection_config,
                rag_config=rag_config,
                include_chat_history=include_chat_history,
                tags=tags,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_message_meta(
        self,
        message_id: str,
        *,
        info_type: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatMessageMeta]:
        """Fetches chat message meta information."""
        from . import get_message_meta as _op

        request = _op.build_request(message_id=message_id, info_type=info_type)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_message_references(
        self,
        message_id: str,
        *,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatMessageReference]:
        """Fetches metadata for references of a chat message.

        Fetches metadata for references of a chat message. References are only available for messages sent
        from an LLM, an empty list will be returned for messages sent by the user.
        """
        from . import get_message_references as _op

        request = _op.build_request(message_id=message_id, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_question_answer_feedback_count(
        self,
        *,
        collection_id: str | Unset = UNSET,
        interval: str | Unset = UNSET,
        no_collection: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of question-answer feedbacks."""
        from . import get_question_answer_feedback_count as _op

        request = _op.build_request(
            collection_id=collection_id, interval=interval, no_collection=no_collection
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def insert_command_synth_pair(
        self,
        session_id: str,
        *,
        user_prompt: str,
        ai_response: str,
        command_name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InsertCommandSynthPair201Response: ...

    @overload
    def insert_command_synth_pair(
        self,
        session_id: str,
        *,
        body: InsertCommandSynthPairRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InsertCommandSynthPair201Response: ...

    def insert_command_synth_pair(
        self,
        session_id: str,
        *,
        user_prompt: Any = UNSET,
        ai_response: Any = UNSET,
        command_name: Any = UNSET,
        body: InsertCommandSynthPairRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InsertCommandSynthPair201Response:
        """Insert a synthetic user-question + AI-reply pair into chat history.

        Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
        the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
        history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
        content=command_name) so UIs can identify these turns later.
        """
        from . import insert_command_synth_pair as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(
                body,
                user_prompt=user_prompt,
                ai_response=ai_response,
                command_name=command_name,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_all_agent_server_directories_stats(
        self,
        session_id: str,
        *,
        detail_level: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentServerDirectoryStats]:
        """Lists stats of  agent server directories.

        Lists stats of agent server directories.
        """
        from . import list_all_agent_server_directories_stats as _op

        request = _op.build_request(session_id=session_id, detail_level=detail_level)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_archived_chat_sessions_as_admin(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListArchivedChatSessionsAsAdmin200Response:
        """List archived chat sessions.

        Admin-only endpoint to list archived chat sessions with pagination and filtering.
        """
        from . import list_archived_chat_sessions_as_admin as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            filter_=filter_,
            sort_column=sort_column,
            ascending=ascending,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_archived_chat_sessions_as_admin(
        self,
        *,
        filter_: str | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[ChatSession]:
        """List archived chat sessions.

        Every item of `list_archived_chat_sessions_as_admin` (the `items` of each answer), fetched
        `page_size` at a time as the iteration goes.
        """

        def _fetch(offset: int, limit: int) -> list[ChatSession]:
            _page = self.list_archived_chat_sessions_as_admin(
                filter_=filter_,
                sort_column=sort_column,
                ascending=ascending,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            )
            return _page.items or []  # an answer without items is an empty page

        return self._requester.paginate(_fetch, page_size)

    def list_question_answer_feedbacks(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        interval: str | Unset = UNSET,
        no_collection: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[QAFeedback]:
        """Lists user's questions and answers that have a feedback."""
        from . import list_question_answer_feedbacks as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_question_answer_feedbacks(
        self,
        *,
        collection_id: str | Unset = UNSET,
        interval: str | Unset = UNSET,
        no_collection: bool | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[QAFeedback]:
        """Lists user's questions and answers that have a feedback.

        Every item of `list_question_answer_feedbacks`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_question_answer_feedbacks(
                collection_id=collection_id,
                interval=interval,
                no_collection=no_collection,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def list_questions_for_chat_session(
        self,
        session_id: str,
        *,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SuggestedQuestion]:
        """List suggested questions for a given chat session."""
        from . import list_questions_for_chat_session as _op

        request = _op.build_request(session_id=session_id, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def pause_chat_message(
        self,
        question_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Pause a streaming chat response.

        Pauses the streaming generation of a chat message response. The message can be resumed later using
        the resume endpoint.
        """
        from . import pause_chat_message as _op

        request = _op.build_request(question_id=question_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def resume_chat_message(
        self,
        question_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resume a paused chat response.

        Resumes the streaming generation of a previously paused chat message response.
        """
        from . import resume_chat_message as _op

        request = _op.build_request(question_id=question_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def send_hitl_message(
        self,
        question_id: str,
        *,
        message: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def send_hitl_message(
        self,
        question_id: str,
        *,
        body: SendHitlMessageRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def send_hitl_message(
        self,
        question_id: str,
        *,
        message: Any = UNSET,
        body: SendHitlMessageRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Send a course correction message to a running agent.

        Sends a human-in-the-loop message to a running agent. The agent will incorporate this guidance
        before its next LLM call.
        """
        from . import send_hitl_message as _op

        request = _op.build_request(
            question_id=question_id, body=_op.build_body(body, message=message)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_message_votes(
        self,
        message_id: str,
        *,
        votes: int,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def set_message_votes(
        self,
        message_id: str,
        *,
        body: MessageVoteUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def set_message_votes(
        self,
        message_id: str,
        *,
        votes: Any = UNSET,
        body: MessageVoteUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Changes the vote value of a chat message.

        Set the exact value of a vote for a chat message. Any message type can be updated, but only LLM
        response votes will be visible in the UI. The expectation is 0 - unvoted, -1 - dislike, 1 - like.
        Values outside of this will not be viewable in the UI.
        """
        from . import set_message_votes as _op

        request = _op.build_request(
            message_id=message_id, body=_op.build_body(body, votes=votes)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def stop_chat_message(
        self,
        question_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Stop a streaming chat response immediately.

        Immediately stops/cancels the streaming generation of a chat message response. This may result in an
        incomplete sentence or thought.
        """
        from . import stop_chat_message as _op

        request = _op.build_request(question_id=question_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unarchive_chat_session(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Unarchive a chat session.

        Admin-only endpoint to restore an archived chat session to active state.
        """
        from . import unarchive_chat_session as _op

        request = _op.build_request(session_id=session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_chat_session_keep_forever(
        self,
        session_id: str,
        *,
        keep_forever: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_chat_session_keep_forever(
        self,
        session_id: str,
        *,
        body: UpdateChatSessionKeepForeverRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_chat_session_keep_forever(
        self,
        session_id: str,
        *,
        keep_forever: Any = UNSET,
        body: UpdateChatSessionKeepForeverRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates the keep_forever flag of a chat session.

        Sets or unsets the keep_forever flag to preserve a chat session from auto-archival.
        """
        from . import update_chat_session_keep_forever as _op

        request = _op.build_request(
            session_id=session_id, body=_op.build_body(body, keep_forever=keep_forever)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_question_answer_feedback(
        self,
        answer_id: str,
        *,
        expected_answer: str,
        user_comment: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_question_answer_feedback(
        self,
        answer_id: str,
        *,
        body: UpdateQAFeedbackRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_question_answer_feedback(
        self,
        answer_id: str,
        *,
        expected_answer: Any = UNSET,
        user_comment: Any = UNSET,
        body: UpdateQAFeedbackRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update feedback for a specific answer to a question."""
        from . import update_question_answer_feedback as _op

        request = _op.build_request(
            answer_id=answer_id,
            body=_op.build_body(
                body, expected_answer=expected_answer, user_comment=user_comment
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncChat(AsyncResource):
    """The operations tagged chat (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        return AsyncChatWithRawResponse(self._requester)

    @overload
    async def admin_cleanup_chat_sessions(
        self,
        *,
        older_than_days: int,
        force: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def admin_cleanup_chat_sessions(
        self,
        *,
        body: AdminCleanupChatSessionsRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def admin_cleanup_chat_sessions(
        self,
        *,
        older_than_days: Any = UNSET,
        force: Any = UNSET,
        body: AdminCleanupChatSessionsRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Trigger cleanup of old chat sessions.

        Admin endpoint to delete chat sessions older than a specified number of days.
        """
        from . import admin_cleanup_chat_sessions as _op

        request = _op.build_request(
            body=_op.build_body(body, older_than_days=older_than_days, force=force)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def archive_chat_session(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Archive a chat session.

        Archives a chat session along with its associated data.
        """
        from . import archive_chat_session as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_chat_sessions(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatSession]:
        """List chat sessions."""
        from . import list_chat_sessions as _op

        request = _op.build_request(offset=offset, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_chat_sessions(
        self,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[ChatSession]:
        """List chat sessions.

        Every item of `list_chat_sessions`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_chat_sessions(
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def create_chat_session(
        self,
        *,
        workspace: str | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    async def create_chat_session(
        self,
        *,
        body: CreateChatSessionRequest | Mapping[str, Any],
        collection_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    async def create_chat_session(
        self,
        *,
        workspace: Any = UNSET,
        body: CreateChatSessionRequest | Mapping[str, Any] | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Creates chat session.

        Creates chat session with a collection if provided. Otherwise, the session will be with a generic
        LLM.
        """
        from . import create_chat_session as _op

        request = _op.build_request(
            body=_op.build_body(body, workspace=workspace), collection_id=collection_id
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_delete_chat_session_job(
        self,
        *,
        session_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_delete_chat_session_job(
        self,
        *,
        body: DeleteChatSessionsJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_delete_chat_session_job(
        self,
        *,
        session_ids: Any = UNSET,
        body: DeleteChatSessionsJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to delete chat sessions."""
        from . import create_delete_chat_session_job as _op

        request = _op.build_request(body=_op.build_body(body, session_ids=session_ids))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @deprecated(
        "delete_agent_server_directories (DELETE /chats/{session_ids}/agent_server_directories) is deprecated in the h2oGPTe API and may be removed"
    )
    async def delete_agent_server_directories(
        self,
        session_ids: list[str],
        *,
        dir_types: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes agent server directories.

        Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
        Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
        `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
        inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.
        """
        from . import delete_agent_server_directories as _op

        request = _op.build_request(session_ids=session_ids, dir_types=dir_types)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_agent_server_files(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentServerFile]:
        """Lists agent server files."""
        from . import list_agent_server_files as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_agent_server_files(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes agent server files."""
        from . import delete_agent_server_files as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_chat_session(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Finds a chat session by id.

        Returns a single chat session by its unique identifier.
        """
        from . import get_chat_session as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_chat_session(
        self,
        session_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes collection.

        Deletes collection with a given unique identifier.
        """
        from . import delete_chat_session as _op

        request = _op.build_request(session_id=session_id, timeout=timeout)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_chat_session(
        self,
        session_id: str,
        *,
        name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    async def update_chat_session(
        self,
        session_id: str,
        *,
        body: ChatSessionUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    async def update_chat_session(
        self,
        session_id: str,
        *,
        name: Any = UNSET,
        body: ChatSessionUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Updates the name of a chat session."""
        from . import update_chat_session as _op

        request = _op.build_request(
            session_id=session_id, body=_op.build_body(body, name=name)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_chat_session_collection(
        self,
        session_id: str,
        *,
        collection_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    async def update_chat_session_collection(
        self,
        session_id: str,
        *,
        body: CollectionChangeRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    async def update_chat_session_collection(
        self,
        session_id: str,
        *,
        collection_id: Any = UNSET,
        body: CollectionChangeRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Updates a collection reference of a chat session."""
        from . import update_chat_session_collection as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(body, collection_id=collection_id),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_chat_session_collection(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Removes a collection reference from the chat session."""
        from . import delete_chat_session_collection as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_chat_session_expiry_date(
        self,
        session_id: str,
        *,
        expiry_date: datetime.date,
        timezone: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_chat_session_expiry_date(
        self,
        session_id: str,
        *,
        body: UpdateExpiryDateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_chat_session_expiry_date(
        self,
        session_id: str,
        *,
        expiry_date: Any = UNSET,
        timezone: Any = UNSET,
        body: UpdateExpiryDateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates an expiry date of a chat session."""
        from . import update_chat_session_expiry_date as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(body, expiry_date=expiry_date, timezone=timezone),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_chat_session_expiry_date(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes an expiry date from a chat session."""
        from . import delete_chat_session_expiry_date as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_chat_session_prompt_template(
        self,
        session_id: str,
        *,
        prompt_template_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    async def update_chat_session_prompt_template(
        self,
        session_id: str,
        *,
        body: PromptTemplateChangeRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    async def update_chat_session_prompt_template(
        self,
        session_id: str,
        *,
        prompt_template_id: Any = UNSET,
        body: PromptTemplateChangeRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Updates a prompt template reference of a chat session."""
        from . import update_chat_session_prompt_template as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(body, prompt_template_id=prompt_template_id),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_chat_session_prompt_template(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Removes a prompt template reference from the chat session."""
        from . import delete_chat_session_prompt_template as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_messages(
        self,
        message_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes specific chat messages."""
        from . import delete_messages as _op

        request = _op.build_request(message_ids=message_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def download_feedback_export(
        self,
        job_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> File:
        """Download a completed feedback CSV export.

        Downloads the CSV file produced by an ExportFeedbackCSVJob.
        """
        from . import download_feedback_export as _op

        request = _op.build_request(job_id=job_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def finish_chat_message(
        self,
        question_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Signal the LLM to finish its response gracefully.

        Signals the LLM to complete its current thought and finish naturally, providing a more coherent
        ending than an immediate stop.
        """
        from . import finish_chat_message as _op

        request = _op.build_request(question_id=question_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def fork_chat_session(
        self,
        session_id: str,
        *,
        message_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    @overload
    async def fork_chat_session(
        self,
        session_id: str,
        *,
        body: ForkChatSessionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession: ...

    async def fork_chat_session(
        self,
        session_id: str,
        *,
        message_id: Any = UNSET,
        body: ForkChatSessionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSession:
        """Forks a chat session.

        Creates a new independent copy of a chat session with all messages, references, metadata, and
        document associations preserved.
        """
        from . import fork_chat_session as _op

        request = _op.build_request(
            session_id=session_id, body=_op.build_body(body, message_id=message_id)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_agent_server_directory_stats(
        self,
        session_id: str,
        directory_name: str,
        *,
        detail_level: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AgentServerDirectoryStats:
        """Gets stats of a agent server directory."""
        from . import get_agent_server_directory_stats as _op

        request = _op.build_request(
            session_id=session_id,
            directory_name=directory_name,
            detail_level=detail_level,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_chat_session_count(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of chat sessions."""
        from . import get_chat_session_count as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_chat_session_guardrails(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings:
        """Get guardrails settings for a chat session.

        Returns the guardrails settings configured for a specific chat session.
        """
        from . import get_chat_session_guardrails as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_chat_session_messages(
        self,
        session_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatMessage]:
        """Fetches chat message and metadata for messages in a chat session.

        Fetches chat message and metadata for messages in a chat session. Messages without a `reply_to` are
        from the end user, messages with a `reply_to` are from an LLM and a response to a specific user
        message.
        """
        from . import get_chat_session_messages as _op

        request = _op.build_request(session_id=session_id, offset=offset, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_chat_session_messages(
        self,
        session_id: str,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[ChatMessage]:
        """Fetches chat message and metadata for messages in a chat session.

        Every item of `get_chat_session_messages`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.get_chat_session_messages(
                session_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def get_completion(
        self,
        session_id: str,
        *,
        message: str,
        system_prompt: str | Unset = UNSET,
        pre_prompt_query: str | Unset = UNSET,
        prompt_query: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        llm: str | Unset = UNSET,
        llm_args: ChatCompletionRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        self_reflection_config: ChatCompletionRequestSelfReflectionConfig
        | Unset
        | Mapping[str, Any] = UNSET,
        rag_config: ChatCompletionRequestRagConfig | Unset | Mapping[str, Any] = UNSET,
        include_chat_history: ChatCompletionRequestIncludeChatHistory
        | UnknownEnumValue
        | Unset = UNSET,
        tags: list[str] | TagFilter | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion: ...

    @overload
    async def get_completion(
        self,
        session_id: str,
        *,
        body: ChatCompletionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion: ...

    async def get_completion(
        self,
        session_id: str,
        *,
        message: Any = UNSET,
        system_prompt: Any = UNSET,
        pre_prompt_query: Any = UNSET,
        prompt_query: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        llm: Any = UNSET,
        llm_args: Any = UNSET,
        self_reflection_config: Any = UNSET,
        rag_config: Any = UNSET,
        include_chat_history: Any = UNSET,
        tags: Any = UNSET,
        body: ChatCompletionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatCompletion:
        """Asks question in a given chat session."""
        from . import get_completion as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(
                body,
                message=message,
                system_prompt=system_prompt,
                pre_prompt_query=pre_prompt_query,
                prompt_query=prompt_query,
                image_batch_final_prompt=image_batch_final_prompt,
                image_batch_image_prompt=image_batch_image_prompt,
                llm=llm,
                llm_args=llm_args,
                self_reflection_config=self_reflection_config,
                rag_config=rag_config,
                include_chat_history=include_chat_history,
                tags=tags,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_message_meta(
        self,
        message_id: str,
        *,
        info_type: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatMessageMeta]:
        """Fetches chat message meta information."""
        from . import get_message_meta as _op

        request = _op.build_request(message_id=message_id, info_type=info_type)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_message_references(
        self,
        message_id: str,
        *,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatMessageReference]:
        """Fetches metadata for references of a chat message.

        Fetches metadata for references of a chat message. References are only available for messages sent
        from an LLM, an empty list will be returned for messages sent by the user.
        """
        from . import get_message_references as _op

        request = _op.build_request(message_id=message_id, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_question_answer_feedback_count(
        self,
        *,
        collection_id: str | Unset = UNSET,
        interval: str | Unset = UNSET,
        no_collection: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of question-answer feedbacks."""
        from . import get_question_answer_feedback_count as _op

        request = _op.build_request(
            collection_id=collection_id, interval=interval, no_collection=no_collection
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def insert_command_synth_pair(
        self,
        session_id: str,
        *,
        user_prompt: str,
        ai_response: str,
        command_name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InsertCommandSynthPair201Response: ...

    @overload
    async def insert_command_synth_pair(
        self,
        session_id: str,
        *,
        body: InsertCommandSynthPairRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InsertCommandSynthPair201Response: ...

    async def insert_command_synth_pair(
        self,
        session_id: str,
        *,
        user_prompt: Any = UNSET,
        ai_response: Any = UNSET,
        command_name: Any = UNSET,
        body: InsertCommandSynthPairRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> InsertCommandSynthPair201Response:
        """Insert a synthetic user-question + AI-reply pair into chat history.

        Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
        the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
        history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
        content=command_name) so UIs can identify these turns later.
        """
        from . import insert_command_synth_pair as _op

        request = _op.build_request(
            session_id=session_id,
            body=_op.build_body(
                body,
                user_prompt=user_prompt,
                ai_response=ai_response,
                command_name=command_name,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_all_agent_server_directories_stats(
        self,
        session_id: str,
        *,
        detail_level: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AgentServerDirectoryStats]:
        """Lists stats of  agent server directories.

        Lists stats of agent server directories.
        """
        from . import list_all_agent_server_directories_stats as _op

        request = _op.build_request(session_id=session_id, detail_level=detail_level)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_archived_chat_sessions_as_admin(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        filter_: str | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ListArchivedChatSessionsAsAdmin200Response:
        """List archived chat sessions.

        Admin-only endpoint to list archived chat sessions with pagination and filtering.
        """
        from . import list_archived_chat_sessions_as_admin as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            filter_=filter_,
            sort_column=sort_column,
            ascending=ascending,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_archived_chat_sessions_as_admin(
        self,
        *,
        filter_: str | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[ChatSession]:
        """List archived chat sessions.

        Every item of `list_archived_chat_sessions_as_admin` (the `items` of each answer), fetched
        `page_size` at a time as the iteration goes.
        """

        async def _fetch(offset: int, limit: int) -> list[ChatSession]:
            _page = await self.list_archived_chat_sessions_as_admin(
                filter_=filter_,
                sort_column=sort_column,
                ascending=ascending,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            )
            return _page.items or []  # an answer without items is an empty page

        return self._requester.paginate(_fetch, page_size)

    async def list_question_answer_feedbacks(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        collection_id: str | Unset = UNSET,
        interval: str | Unset = UNSET,
        no_collection: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[QAFeedback]:
        """Lists user's questions and answers that have a feedback."""
        from . import list_question_answer_feedbacks as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_question_answer_feedbacks(
        self,
        *,
        collection_id: str | Unset = UNSET,
        interval: str | Unset = UNSET,
        no_collection: bool | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[QAFeedback]:
        """Lists user's questions and answers that have a feedback.

        Every item of `list_question_answer_feedbacks`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_question_answer_feedbacks(
                collection_id=collection_id,
                interval=interval,
                no_collection=no_collection,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def list_questions_for_chat_session(
        self,
        session_id: str,
        *,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SuggestedQuestion]:
        """List suggested questions for a given chat session."""
        from . import list_questions_for_chat_session as _op

        request = _op.build_request(session_id=session_id, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def pause_chat_message(
        self,
        question_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Pause a streaming chat response.

        Pauses the streaming generation of a chat message response. The message can be resumed later using
        the resume endpoint.
        """
        from . import pause_chat_message as _op

        request = _op.build_request(question_id=question_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def resume_chat_message(
        self,
        question_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resume a paused chat response.

        Resumes the streaming generation of a previously paused chat message response.
        """
        from . import resume_chat_message as _op

        request = _op.build_request(question_id=question_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def send_hitl_message(
        self,
        question_id: str,
        *,
        message: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def send_hitl_message(
        self,
        question_id: str,
        *,
        body: SendHitlMessageRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def send_hitl_message(
        self,
        question_id: str,
        *,
        message: Any = UNSET,
        body: SendHitlMessageRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Send a course correction message to a running agent.

        Sends a human-in-the-loop message to a running agent. The agent will incorporate this guidance
        before its next LLM call.
        """
        from . import send_hitl_message as _op

        request = _op.build_request(
            question_id=question_id, body=_op.build_body(body, message=message)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_message_votes(
        self,
        message_id: str,
        *,
        votes: int,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def set_message_votes(
        self,
        message_id: str,
        *,
        body: MessageVoteUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def set_message_votes(
        self,
        message_id: str,
        *,
        votes: Any = UNSET,
        body: MessageVoteUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Changes the vote value of a chat message.

        Set the exact value of a vote for a chat message. Any message type can be updated, but only LLM
        response votes will be visible in the UI. The expectation is 0 - unvoted, -1 - dislike, 1 - like.
        Values outside of this will not be viewable in the UI.
        """
        from . import set_message_votes as _op

        request = _op.build_request(
            message_id=message_id, body=_op.build_body(body, votes=votes)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def stop_chat_message(
        self,
        question_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Stop a streaming chat response immediately.

        Immediately stops/cancels the streaming generation of a chat message response. This may result in an
        incomplete sentence or thought.
        """
        from . import stop_chat_message as _op

        request = _op.build_request(question_id=question_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unarchive_chat_session(
        self,
        session_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Unarchive a chat session.

        Admin-only endpoint to restore an archived chat session to active state.
        """
        from . import unarchive_chat_session as _op

        request = _op.build_request(session_id=session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_chat_session_keep_forever(
        self,
        session_id: str,
        *,
        keep_forever: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_chat_session_keep_forever(
        self,
        session_id: str,
        *,
        body: UpdateChatSessionKeepForeverRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_chat_session_keep_forever(
        self,
        session_id: str,
        *,
        keep_forever: Any = UNSET,
        body: UpdateChatSessionKeepForeverRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates the keep_forever flag of a chat session.

        Sets or unsets the keep_forever flag to preserve a chat session from auto-archival.
        """
        from . import update_chat_session_keep_forever as _op

        request = _op.build_request(
            session_id=session_id, body=_op.build_body(body, keep_forever=keep_forever)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_question_answer_feedback(
        self,
        answer_id: str,
        *,
        expected_answer: str,
        user_comment: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_question_answer_feedback(
        self,
        answer_id: str,
        *,
        body: UpdateQAFeedbackRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_question_answer_feedback(
        self,
        answer_id: str,
        *,
        expected_answer: Any = UNSET,
        user_comment: Any = UNSET,
        body: UpdateQAFeedbackRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Update feedback for a specific answer to a question."""
        from . import update_question_answer_feedback as _op

        request = _op.build_request(
            answer_id=answer_id,
            body=_op.build_body(
                body, expected_answer=expected_answer, user_comment=user_comment
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class ChatWithRawResponse(SyncRawResource):
    """The operations of `Chat`, each returning the whole `Response` (status_code, headers, parsed)."""

    admin_cleanup_chat_sessions = raw_response(Chat.admin_cleanup_chat_sessions)
    archive_chat_session = raw_response(Chat.archive_chat_session)
    list_chat_sessions = raw_response(Chat.list_chat_sessions)
    create_chat_session = raw_response(Chat.create_chat_session)
    create_delete_chat_session_job = raw_response(Chat.create_delete_chat_session_job)
    delete_agent_server_directories = raw_response(Chat.delete_agent_server_directories)
    list_agent_server_files = raw_response(Chat.list_agent_server_files)
    delete_agent_server_files = raw_response(Chat.delete_agent_server_files)
    get_chat_session = raw_response(Chat.get_chat_session)
    delete_chat_session = raw_response(Chat.delete_chat_session)
    update_chat_session = raw_response(Chat.update_chat_session)
    update_chat_session_collection = raw_response(Chat.update_chat_session_collection)
    delete_chat_session_collection = raw_response(Chat.delete_chat_session_collection)
    update_chat_session_expiry_date = raw_response(Chat.update_chat_session_expiry_date)
    delete_chat_session_expiry_date = raw_response(Chat.delete_chat_session_expiry_date)
    update_chat_session_prompt_template = raw_response(
        Chat.update_chat_session_prompt_template
    )
    delete_chat_session_prompt_template = raw_response(
        Chat.delete_chat_session_prompt_template
    )
    delete_messages = raw_response(Chat.delete_messages)
    download_feedback_export = raw_response(Chat.download_feedback_export)
    finish_chat_message = raw_response(Chat.finish_chat_message)
    fork_chat_session = raw_response(Chat.fork_chat_session)
    get_agent_server_directory_stats = raw_response(
        Chat.get_agent_server_directory_stats
    )
    get_chat_session_count = raw_response(Chat.get_chat_session_count)
    get_chat_session_guardrails = raw_response(Chat.get_chat_session_guardrails)
    get_chat_session_messages = raw_response(Chat.get_chat_session_messages)
    get_completion = raw_response(Chat.get_completion)
    get_message_meta = raw_response(Chat.get_message_meta)
    get_message_references = raw_response(Chat.get_message_references)
    get_question_answer_feedback_count = raw_response(
        Chat.get_question_answer_feedback_count
    )
    insert_command_synth_pair = raw_response(Chat.insert_command_synth_pair)
    list_all_agent_server_directories_stats = raw_response(
        Chat.list_all_agent_server_directories_stats
    )
    list_archived_chat_sessions_as_admin = raw_response(
        Chat.list_archived_chat_sessions_as_admin
    )
    list_question_answer_feedbacks = raw_response(Chat.list_question_answer_feedbacks)
    list_questions_for_chat_session = raw_response(Chat.list_questions_for_chat_session)
    pause_chat_message = raw_response(Chat.pause_chat_message)
    resume_chat_message = raw_response(Chat.resume_chat_message)
    send_hitl_message = raw_response(Chat.send_hitl_message)
    set_message_votes = raw_response(Chat.set_message_votes)
    stop_chat_message = raw_response(Chat.stop_chat_message)
    unarchive_chat_session = raw_response(Chat.unarchive_chat_session)
    update_chat_session_keep_forever = raw_response(
        Chat.update_chat_session_keep_forever
    )
    update_question_answer_feedback = raw_response(Chat.update_question_answer_feedback)


class AsyncChatWithRawResponse(AsyncRawResource):
    """The operations of `AsyncChat`, each returning the whole `Response` (status_code, headers, parsed)."""

    admin_cleanup_chat_sessions = async_raw_response(
        AsyncChat.admin_cleanup_chat_sessions
    )
    archive_chat_session = async_raw_response(AsyncChat.archive_chat_session)
    list_chat_sessions = async_raw_response(AsyncChat.list_chat_sessions)
    create_chat_session = async_raw_response(AsyncChat.create_chat_session)
    create_delete_chat_session_job = async_raw_response(
        AsyncChat.create_delete_chat_session_job
    )
    delete_agent_server_directories = async_raw_response(
        AsyncChat.delete_agent_server_directories
    )
    list_agent_server_files = async_raw_response(AsyncChat.list_agent_server_files)
    delete_agent_server_files = async_raw_response(AsyncChat.delete_agent_server_files)
    get_chat_session = async_raw_response(AsyncChat.get_chat_session)
    delete_chat_session = async_raw_response(AsyncChat.delete_chat_session)
    update_chat_session = async_raw_response(AsyncChat.update_chat_session)
    update_chat_session_collection = async_raw_response(
        AsyncChat.update_chat_session_collection
    )
    delete_chat_session_collection = async_raw_response(
        AsyncChat.delete_chat_session_collection
    )
    update_chat_session_expiry_date = async_raw_response(
        AsyncChat.update_chat_session_expiry_date
    )
    delete_chat_session_expiry_date = async_raw_response(
        AsyncChat.delete_chat_session_expiry_date
    )
    update_chat_session_prompt_template = async_raw_response(
        AsyncChat.update_chat_session_prompt_template
    )
    delete_chat_session_prompt_template = async_raw_response(
        AsyncChat.delete_chat_session_prompt_template
    )
    delete_messages = async_raw_response(AsyncChat.delete_messages)
    download_feedback_export = async_raw_response(AsyncChat.download_feedback_export)
    finish_chat_message = async_raw_response(AsyncChat.finish_chat_message)
    fork_chat_session = async_raw_response(AsyncChat.fork_chat_session)
    get_agent_server_directory_stats = async_raw_response(
        AsyncChat.get_agent_server_directory_stats
    )
    get_chat_session_count = async_raw_response(AsyncChat.get_chat_session_count)
    get_chat_session_guardrails = async_raw_response(
        AsyncChat.get_chat_session_guardrails
    )
    get_chat_session_messages = async_raw_response(AsyncChat.get_chat_session_messages)
    get_completion = async_raw_response(AsyncChat.get_completion)
    get_message_meta = async_raw_response(AsyncChat.get_message_meta)
    get_message_references = async_raw_response(AsyncChat.get_message_references)
    get_question_answer_feedback_count = async_raw_response(
        AsyncChat.get_question_answer_feedback_count
    )
    insert_command_synth_pair = async_raw_response(AsyncChat.insert_command_synth_pair)
    list_all_agent_server_directories_stats = async_raw_response(
        AsyncChat.list_all_agent_server_directories_stats
    )
    list_archived_chat_sessions_as_admin = async_raw_response(
        AsyncChat.list_archived_chat_sessions_as_admin
    )
    list_question_answer_feedbacks = async_raw_response(
        AsyncChat.list_question_answer_feedbacks
    )
    list_questions_for_chat_session = async_raw_response(
        AsyncChat.list_questions_for_chat_session
    )
    pause_chat_message = async_raw_response(AsyncChat.pause_chat_message)
    resume_chat_message = async_raw_response(AsyncChat.resume_chat_message)
    send_hitl_message = async_raw_response(AsyncChat.send_hitl_message)
    set_message_votes = async_raw_response(AsyncChat.set_message_votes)
    stop_chat_message = async_raw_response(AsyncChat.stop_chat_message)
    unarchive_chat_session = async_raw_response(AsyncChat.unarchive_chat_session)
    update_chat_session_keep_forever = async_raw_response(
        AsyncChat.update_chat_session_keep_forever
    )
    update_question_answer_feedback = async_raw_response(
        AsyncChat.update_question_answer_feedback
    )


__all__ = ["AsyncChat", "AsyncChatWithRawResponse", "Chat", "ChatWithRawResponse"]
