"""The operations tagged models: `client.models` is a `Models` (an `AsyncModels` on an async client).

Each operation also has its own module here: `build_request` and `parse`, which every method below calls, and the
upstream-style functions `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`.
"""

from __future__ import annotations

import functools
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

if TYPE_CHECKING:
    from ...models.embedding_model import EmbeddingModel
    from ...models.encode_chunks_for_retrieval_request import (
        EncodeChunksForRetrievalRequest,
    )
    from ...models.endpoint_error import EndpointError
    from ...models.extraction_request import ExtractionRequest
    from ...models.extraction_request_llm_args import ExtractionRequestLlmArgs
    from ...models.get_model_to_reasoning_model_mapping_response_200 import (
        GetModelToReasoningModelMappingResponse200,
    )
    from ...models.get_model_to_vision_model_mapping_response_200 import (
        GetModelToVisionModelMappingResponse200,
    )
    from ...models.guardrails_settings import GuardrailsSettings
    from ...models.guardrails_settings_create_request import (
        GuardrailsSettingsCreateRequest,
    )
    from ...models.guardrails_settings_create_request_action import (
        GuardrailsSettingsCreateRequestAction,
        check_guardrails_settings_create_request_action,
    )
    from ...models.model import Model
    from ...models.model_answer import ModelAnswer
    from ...models.model_extraction_answer import ModelExtractionAnswer
    from ...models.performance_stats_per_model import PerformanceStatsPerModel
    from ...models.question_request import QuestionRequest
    from ...models.question_request_llm_args import QuestionRequestLlmArgs
    from ...models.self_test_result import SelfTestResult
    from ...models.summarize_request import SummarizeRequest
    from ...models.summarize_request_llm_args import SummarizeRequestLlmArgs
    from ...models.usage_stats import UsageStats
    from ...models.usage_stats_per_model import UsageStatsPerModel
    from ...models.usage_stats_per_model_and_user import UsageStatsPerModelAndUser
    from ...models.usage_stats_per_user import UsageStatsPerUser

    pass


class Models(SyncResource):
    """The operations tagged models; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        return ModelsWithRawResponse(self._requester)

    @overload
    def answer_question(
        self,
        model_name: str,
        *,
        question: str,
        text_context_list: list[str] | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_args: QuestionRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        timeout: int | Unset = UNSET,
        pre_prompt_query: str | Unset = UNSET,
        prompt_query: str | Unset = UNSET,
        chat_conversation: list[list[str]] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer: ...

    @overload
    def answer_question(
        self,
        model_name: str,
        *,
        body: QuestionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer: ...

    def answer_question(
        self,
        model_name: str,
        *,
        question: Any = UNSET,
        text_context_list: Any = UNSET,
        system_prompt: Any = UNSET,
        llm_args: Any = UNSET,
        guardrails_settings: Any = UNSET,
        timeout: Any = UNSET,
        pre_prompt_query: Any = UNSET,
        prompt_query: Any = UNSET,
        chat_conversation: Any = UNSET,
        body: QuestionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer:
        """Send a message and get a response from an LLM.

        Send a message and get a response from an LLM. Note: This method is only recommended if you are
        passing a chat conversation or for low-volume testing.       For general chat with an LLM, use "POST
        /chats/{session_id}/completions" endpoint.
        """
        from . import answer_question as _op

        request = _op.build_request(
            model_name=model_name,
            body=_op.build_body(
                body,
                question=question,
                text_context_list=text_context_list,
                system_prompt=system_prompt,
                llm_args=llm_args,
                guardrails_settings=guardrails_settings,
                timeout=timeout,
                pre_prompt_query=pre_prompt_query,
                prompt_query=prompt_query,
                chat_conversation=chat_conversation,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_guardrails_settings(
        self,
        *,
        action: GuardrailsSettingsCreateRequestAction
        | UnknownEnumValue
        | Unset = UNSET,
        sensitive: bool | Unset = UNSET,
        non_sensitive: bool | Unset = UNSET,
        all_guardrails: bool | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings: ...

    @overload
    def create_guardrails_settings(
        self,
        *,
        body: GuardrailsSettingsCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings: ...

    def create_guardrails_settings(
        self,
        *,
        action: Any = UNSET,
        sensitive: Any = UNSET,
        non_sensitive: Any = UNSET,
        all_guardrails: Any = UNSET,
        guardrails_settings: Any = UNSET,
        body: GuardrailsSettingsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings:
        """Helper to get reasonable (easy to use) defaults for Guardrails/PII settings.

        Helper to get reasonable (easy to use) defaults for Guardrails/PII settings. To be further
        customized.
        """
        from . import create_guardrails_settings as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                action=action,
                sensitive=sensitive,
                non_sensitive=non_sensitive,
                all_guardrails=all_guardrails,
                guardrails_settings=guardrails_settings,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def create_topic_model(
        self,
        collection_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Creates a topic model on the collection."""
        from . import create_topic_model as _op

        request = _op.build_request(collection_id=collection_id, timeout=timeout)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_topic_model(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes the topic model from the collection."""
        from . import delete_topic_model as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def encode_chunks_for_retrieval(
        self,
        model_id: str,
        *,
        chunks: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[list[float]]: ...

    @overload
    def encode_chunks_for_retrieval(
        self,
        model_id: str,
        *,
        body: EncodeChunksForRetrievalRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[list[float]]: ...

    def encode_chunks_for_retrieval(
        self,
        model_id: str,
        *,
        chunks: Any = UNSET,
        body: EncodeChunksForRetrievalRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[list[float]]:
        """Encode texts for semantic searching."""
        from . import encode_chunks_for_retrieval as _op

        request = _op.build_request(
            model_id=model_id, body=_op.build_body(body, chunks=chunks)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def extract_data(
        self,
        model_name: str,
        *,
        text_context_list: list[str] | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_args: ExtractionRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        timeout: int | Unset = UNSET,
        pre_prompt_extract: str | Unset = UNSET,
        prompt_extract: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelExtractionAnswer: ...

    @overload
    def extract_data(
        self,
        model_name: str,
        *,
        body: ExtractionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelExtractionAnswer: ...

    def extract_data(
        self,
        model_name: str,
        *,
        text_context_list: Any = UNSET,
        system_prompt: Any = UNSET,
        llm_args: Any = UNSET,
        guardrails_settings: Any = UNSET,
        timeout: Any = UNSET,
        pre_prompt_extract: Any = UNSET,
        prompt_extract: Any = UNSET,
        body: ExtractionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelExtractionAnswer:
        """Extract information from one or more contexts using an LLM.

        Extract information from one or more contexts using an LLM. `pre_prompt_extract` and
        `prompt_extract` variables must be used together. If these         variables are not set, the inputs
        texts will be summarized into bullet points.
        """
        from . import extract_data as _op

        request = _op.build_request(
            model_name=model_name,
            body=_op.build_body(
                body,
                text_context_list=text_context_list,
                system_prompt=system_prompt,
                llm_args=llm_args,
                guardrails_settings=guardrails_settings,
                timeout=timeout,
                pre_prompt_extract=pre_prompt_extract,
                prompt_extract=prompt_extract,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_default_embedding_model(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> EmbeddingModel:
        """Gets default embedding model."""
        from . import get_default_embedding_model as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_model_to_reasoning_model_mapping(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetModelToReasoningModelMappingResponse200:
        """Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models."""
        from . import get_model_to_reasoning_model_mapping as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_model_to_vision_model_mapping(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetModelToVisionModelMappingResponse200:
        """Get mapping of llm to its vision_model when ["auto"] is passed as visible_vision_models."""
        from . import get_model_to_vision_model_mapping as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_performance_stats_by_model(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[PerformanceStatsPerModel]:
        """Returns performance statistics grouped by models."""
        from . import get_performance_stats_by_model as _op

        request = _op.build_request(interval=interval)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_reasoning_capable_model_names(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Lists names of available reasoning-capable (that can natively reason) in the environment."""
        from . import get_reasoning_capable_model_names as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_usage_stats(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UsageStats:
        """Returns usage statistics for all models."""
        from . import get_usage_stats as _op

        request = _op.build_request(interval=interval)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_usage_stats_by_model(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UsageStatsPerModel]:
        """Returns usage statistics grouped by models."""
        from . import get_usage_stats_by_model as _op

        request = _op.build_request(interval=interval)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_usage_stats_by_model_and_user(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UsageStatsPerModelAndUser]:
        """Returns usage statistics grouped by models and users."""
        from . import get_usage_stats_by_model_and_user as _op

        request = _op.build_request(interval=interval)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_usage_stats_by_user(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UsageStatsPerUser]:
        """Returns usage statistics grouped by users."""
        from . import get_usage_stats_by_user as _op

        request = _op.build_request(interval=interval)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_vision_capable_model_names(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Lists names of available vision-capable multi-modal LLMs in the environment.

        Lists names of available vision-capable multi-modal LLMs (that can natively handle images as input)
        in the environment.
        """
        from . import get_vision_capable_model_names as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_embedding_models(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[EmbeddingModel]:
        """Lists all available embedding models."""
        from . import list_embedding_models as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_models(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Model]:
        """Lists all available large language models."""
        from . import list_models as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def run_model_self_test(
        self,
        model_name: str,
        mode: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SelfTestResult:
        """Runs a self-test for a given model."""
        from . import run_model_self_test as _op

        request = _op.build_request(model_name=model_name, mode=mode)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def summarize_content(
        self,
        model_name: str,
        *,
        text_context_list: list[None | str] | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_args: SummarizeRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        timeout: int | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        prompt_summary: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer: ...

    @overload
    def summarize_content(
        self,
        model_name: str,
        *,
        body: SummarizeRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer: ...

    def summarize_content(
        self,
        model_name: str,
        *,
        text_context_list: Any = UNSET,
        system_prompt: Any = UNSET,
        llm_args: Any = UNSET,
        guardrails_settings: Any = UNSET,
        timeout: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        prompt_summary: Any = UNSET,
        body: SummarizeRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer:
        """Summarize one or more contexts using an LLM."""
        from . import summarize_content as _op

        request = _op.build_request(
            model_name=model_name,
            body=_op.build_body(
                body,
                text_context_list=text_context_list,
                system_prompt=system_prompt,
                llm_args=llm_args,
                guardrails_settings=guardrails_settings,
                timeout=timeout,
                pre_prompt_summary=pre_prompt_summary,
                prompt_summary=prompt_summary,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncModels(AsyncResource):
    """The operations tagged models (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        return AsyncModelsWithRawResponse(self._requester)

    @overload
    async def answer_question(
        self,
        model_name: str,
        *,
        question: str,
        text_context_list: list[str] | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_args: QuestionRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        timeout: int | Unset = UNSET,
        pre_prompt_query: str | Unset = UNSET,
        prompt_query: str | Unset = UNSET,
        chat_conversation: list[list[str]] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer: ...

    @overload
    async def answer_question(
        self,
        model_name: str,
        *,
        body: QuestionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer: ...

    async def answer_question(
        self,
        model_name: str,
        *,
        question: Any = UNSET,
        text_context_list: Any = UNSET,
        system_prompt: Any = UNSET,
        llm_args: Any = UNSET,
        guardrails_settings: Any = UNSET,
        timeout: Any = UNSET,
        pre_prompt_query: Any = UNSET,
        prompt_query: Any = UNSET,
        chat_conversation: Any = UNSET,
        body: QuestionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer:
        """Send a message and get a response from an LLM.

        Send a message and get a response from an LLM. Note: This method is only recommended if you are
        passing a chat conversation or for low-volume testing.       For general chat with an LLM, use "POST
        /chats/{session_id}/completions" endpoint.
        """
        from . import answer_question as _op

        request = _op.build_request(
            model_name=model_name,
            body=_op.build_body(
                body,
                question=question,
                text_context_list=text_context_list,
                system_prompt=system_prompt,
                llm_args=llm_args,
                guardrails_settings=guardrails_settings,
                timeout=timeout,
                pre_prompt_query=pre_prompt_query,
                prompt_query=prompt_query,
                chat_conversation=chat_conversation,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_guardrails_settings(
        self,
        *,
        action: GuardrailsSettingsCreateRequestAction
        | UnknownEnumValue
        | Unset = UNSET,
        sensitive: bool | Unset = UNSET,
        non_sensitive: bool | Unset = UNSET,
        all_guardrails: bool | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings: ...

    @overload
    async def create_guardrails_settings(
        self,
        *,
        body: GuardrailsSettingsCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings: ...

    async def create_guardrails_settings(
        self,
        *,
        action: Any = UNSET,
        sensitive: Any = UNSET,
        non_sensitive: Any = UNSET,
        all_guardrails: Any = UNSET,
        guardrails_settings: Any = UNSET,
        body: GuardrailsSettingsCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings:
        """Helper to get reasonable (easy to use) defaults for Guardrails/PII settings.

        Helper to get reasonable (easy to use) defaults for Guardrails/PII settings. To be further
        customized.
        """
        from . import create_guardrails_settings as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                action=action,
                sensitive=sensitive,
                non_sensitive=non_sensitive,
                all_guardrails=all_guardrails,
                guardrails_settings=guardrails_settings,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def create_topic_model(
        self,
        collection_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Creates a topic model on the collection."""
        from . import create_topic_model as _op

        request = _op.build_request(collection_id=collection_id, timeout=timeout)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_topic_model(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes the topic model from the collection."""
        from . import delete_topic_model as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def encode_chunks_for_retrieval(
        self,
        model_id: str,
        *,
        chunks: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[list[float]]: ...

    @overload
    async def encode_chunks_for_retrieval(
        self,
        model_id: str,
        *,
        body: EncodeChunksForRetrievalRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[list[float]]: ...

    async def encode_chunks_for_retrieval(
        self,
        model_id: str,
        *,
        chunks: Any = UNSET,
        body: EncodeChunksForRetrievalRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[list[float]]:
        """Encode texts for semantic searching."""
        from . import encode_chunks_for_retrieval as _op

        request = _op.build_request(
            model_id=model_id, body=_op.build_body(body, chunks=chunks)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def extract_data(
        self,
        model_name: str,
        *,
        text_context_list: list[str] | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_args: ExtractionRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        timeout: int | Unset = UNSET,
        pre_prompt_extract: str | Unset = UNSET,
        prompt_extract: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelExtractionAnswer: ...

    @overload
    async def extract_data(
        self,
        model_name: str,
        *,
        body: ExtractionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelExtractionAnswer: ...

    async def extract_data(
        self,
        model_name: str,
        *,
        text_context_list: Any = UNSET,
        system_prompt: Any = UNSET,
        llm_args: Any = UNSET,
        guardrails_settings: Any = UNSET,
        timeout: Any = UNSET,
        pre_prompt_extract: Any = UNSET,
        prompt_extract: Any = UNSET,
        body: ExtractionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelExtractionAnswer:
        """Extract information from one or more contexts using an LLM.

        Extract information from one or more contexts using an LLM. `pre_prompt_extract` and
        `prompt_extract` variables must be used together. If these         variables are not set, the inputs
        texts will be summarized into bullet points.
        """
        from . import extract_data as _op

        request = _op.build_request(
            model_name=model_name,
            body=_op.build_body(
                body,
                text_context_list=text_context_list,
                system_prompt=system_prompt,
                llm_args=llm_args,
                guardrails_settings=guardrails_settings,
                timeout=timeout,
                pre_prompt_extract=pre_prompt_extract,
                prompt_extract=prompt_extract,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_default_embedding_model(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> EmbeddingModel:
        """Gets default embedding model."""
        from . import get_default_embedding_model as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_model_to_reasoning_model_mapping(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetModelToReasoningModelMappingResponse200:
        """Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models."""
        from . import get_model_to_reasoning_model_mapping as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_model_to_vision_model_mapping(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetModelToVisionModelMappingResponse200:
        """Get mapping of llm to its vision_model when ["auto"] is passed as visible_vision_models."""
        from . import get_model_to_vision_model_mapping as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_performance_stats_by_model(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[PerformanceStatsPerModel]:
        """Returns performance statistics grouped by models."""
        from . import get_performance_stats_by_model as _op

        request = _op.build_request(interval=interval)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_reasoning_capable_model_names(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Lists names of available reasoning-capable (that can natively reason) in the environment."""
        from . import get_reasoning_capable_model_names as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_usage_stats(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UsageStats:
        """Returns usage statistics for all models."""
        from . import get_usage_stats as _op

        request = _op.build_request(interval=interval)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_usage_stats_by_model(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UsageStatsPerModel]:
        """Returns usage statistics grouped by models."""
        from . import get_usage_stats_by_model as _op

        request = _op.build_request(interval=interval)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_usage_stats_by_model_and_user(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UsageStatsPerModelAndUser]:
        """Returns usage statistics grouped by models and users."""
        from . import get_usage_stats_by_model_and_user as _op

        request = _op.build_request(interval=interval)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_usage_stats_by_user(
        self,
        *,
        interval: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[UsageStatsPerUser]:
        """Returns usage statistics grouped by users."""
        from . import get_usage_stats_by_user as _op

        request = _op.build_request(interval=interval)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_vision_capable_model_names(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Lists names of available vision-capable multi-modal LLMs in the environment.

        Lists names of available vision-capable multi-modal LLMs (that can natively handle images as input)
        in the environment.
        """
        from . import get_vision_capable_model_names as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_embedding_models(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[EmbeddingModel]:
        """Lists all available embedding models."""
        from . import list_embedding_models as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_models(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Model]:
        """Lists all available large language models."""
        from . import list_models as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def run_model_self_test(
        self,
        model_name: str,
        mode: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> SelfTestResult:
        """Runs a self-test for a given model."""
        from . import run_model_self_test as _op

        request = _op.build_request(model_name=model_name, mode=mode)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def summarize_content(
        self,
        model_name: str,
        *,
        text_context_list: list[None | str] | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        llm_args: SummarizeRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        timeout: int | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        prompt_summary: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer: ...

    @overload
    async def summarize_content(
        self,
        model_name: str,
        *,
        body: SummarizeRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer: ...

    async def summarize_content(
        self,
        model_name: str,
        *,
        text_context_list: Any = UNSET,
        system_prompt: Any = UNSET,
        llm_args: Any = UNSET,
        guardrails_settings: Any = UNSET,
        timeout: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        prompt_summary: Any = UNSET,
        body: SummarizeRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ModelAnswer:
        """Summarize one or more contexts using an LLM."""
        from . import summarize_content as _op

        request = _op.build_request(
            model_name=model_name,
            body=_op.build_body(
                body,
                text_context_list=text_context_list,
                system_prompt=system_prompt,
                llm_args=llm_args,
                guardrails_settings=guardrails_settings,
                timeout=timeout,
                pre_prompt_summary=pre_prompt_summary,
                prompt_summary=prompt_summary,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class ModelsWithRawResponse(SyncRawResource):
    """The operations of `Models`, each returning the whole `Response` (status_code, headers, parsed)."""

    answer_question = raw_response(Models.answer_question)
    create_guardrails_settings = raw_response(Models.create_guardrails_settings)
    create_topic_model = raw_response(Models.create_topic_model)
    delete_topic_model = raw_response(Models.delete_topic_model)
    encode_chunks_for_retrieval = raw_response(Models.encode_chunks_for_retrieval)
    extract_data = raw_response(Models.extract_data)
    get_default_embedding_model = raw_response(Models.get_default_embedding_model)
    get_model_to_reasoning_model_mapping = raw_response(
        Models.get_model_to_reasoning_model_mapping
    )
    get_model_to_vision_model_mapping = raw_response(
        Models.get_model_to_vision_model_mapping
    )
    get_performance_stats_by_model = raw_response(Models.get_performance_stats_by_model)
    get_reasoning_capable_model_names = raw_response(
        Models.get_reasoning_capable_model_names
    )
    get_usage_stats = raw_response(Models.get_usage_stats)
    get_usage_stats_by_model = raw_response(Models.get_usage_stats_by_model)
    get_usage_stats_by_model_and_user = raw_response(
        Models.get_usage_stats_by_model_and_user
    )
    get_usage_stats_by_user = raw_response(Models.get_usage_stats_by_user)
    get_vision_capable_model_names = raw_response(Models.get_vision_capable_model_names)
    list_embedding_models = raw_response(Models.list_embedding_models)
    list_models = raw_response(Models.list_models)
    run_model_self_test = raw_response(Models.run_model_self_test)
    summarize_content = raw_response(Models.summarize_content)


class AsyncModelsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncModels`, each returning the whole `Response` (status_code, headers, parsed)."""

    answer_question = async_raw_response(AsyncModels.answer_question)
    create_guardrails_settings = async_raw_response(
        AsyncModels.create_guardrails_settings
    )
    create_topic_model = async_raw_response(AsyncModels.create_topic_model)
    delete_topic_model = async_raw_response(AsyncModels.delete_topic_model)
    encode_chunks_for_retrieval = async_raw_response(
        AsyncModels.encode_chunks_for_retrieval
    )
    extract_data = async_raw_response(AsyncModels.extract_data)
    get_default_embedding_model = async_raw_response(
        AsyncModels.get_default_embedding_model
    )
    get_model_to_reasoning_model_mapping = async_raw_response(
        AsyncModels.get_model_to_reasoning_model_mapping
    )
    get_model_to_vision_model_mapping = async_raw_response(
        AsyncModels.get_model_to_vision_model_mapping
    )
    get_performance_stats_by_model = async_raw_response(
        AsyncModels.get_performance_stats_by_model
    )
    get_reasoning_capable_model_names = async_raw_response(
        AsyncModels.get_reasoning_capable_model_names
    )
    get_usage_stats = async_raw_response(AsyncModels.get_usage_stats)
    get_usage_stats_by_model = async_raw_response(AsyncModels.get_usage_stats_by_model)
    get_usage_stats_by_model_and_user = async_raw_response(
        AsyncModels.get_usage_stats_by_model_and_user
    )
    get_usage_stats_by_user = async_raw_response(AsyncModels.get_usage_stats_by_user)
    get_vision_capable_model_names = async_raw_response(
        AsyncModels.get_vision_capable_model_names
    )
    list_embedding_models = async_raw_response(AsyncModels.list_embedding_models)
    list_models = async_raw_response(AsyncModels.list_models)
    run_model_self_test = async_raw_response(AsyncModels.run_model_self_test)
    summarize_content = async_raw_response(AsyncModels.summarize_content)


__all__ = [
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "Models",
    "ModelsWithRawResponse",
]
