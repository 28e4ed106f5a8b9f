"""The operations tagged documents: `client.documents` is a `Documents` (an `AsyncDocuments` on an async client).

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
    from ...models.audio_segment import AudioSegment
    from ...models.chat_session import ChatSession
    from ...models.chunk_search_result import ChunkSearchResult
    from ...models.collection import Collection
    from ...models.count import Count
    from ...models.delete_documents_job_request import DeleteDocumentsJobRequest
    from ...models.delete_tag_from_document_200_response import (
        DeleteTagFromDocument200Response,
    )
    from ...models.document import Document
    from ...models.document_summary import DocumentSummary
    from ...models.document_update_request import DocumentUpdateRequest
    from ...models.endpoint_error import EndpointError
    from ...models.get_document_internal_metadata_response_200 import (
        GetDocumentInternalMetadataResponse200,
    )
    from ...models.get_document_metadata_response_200 import (
        GetDocumentMetadataResponse200,
    )
    from ...models.get_document_page_layout_response_200 import (
        GetDocumentPageLayoutResponse200,
    )
    from ...models.get_document_page_ocr_model_response_200 import (
        GetDocumentPageOcrModelResponse200,
    )
    from ...models.get_document_user_source_file_response_200 import (
        GetDocumentUserSourceFileResponse200,
    )
    from ...models.guardrails_settings import GuardrailsSettings
    from ...models.job_details import JobDetails
    from ...models.process_document_job_request import ProcessDocumentJobRequest
    from ...models.process_document_job_request_llm_args import (
        ProcessDocumentJobRequestLlmArgs,
    )
    from ...models.process_document_job_request_meta_data_to_include import (
        ProcessDocumentJobRequestMetaDataToInclude,
    )
    from ...models.process_document_job_request_sampling_strategy import (
        ProcessDocumentJobRequestSamplingStrategy,
        check_process_document_job_request_sampling_strategy,
    )
    from ...models.process_document_job_request_schema import (
        ProcessDocumentJobRequestSchema,
    )
    from ...models.tag import Tag
    from ...models.tag_create_request import TagCreateRequest
    from ...models.update_document_metadata_body import UpdateDocumentMetadataBody

    pass


class Documents(SyncResource):
    """The operations tagged documents; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> DocumentsWithRawResponse:
        return DocumentsWithRawResponse(self._requester)

    @overload
    def create_delete_document_job(
        self,
        *,
        document_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_delete_document_job(
        self,
        *,
        body: DeleteDocumentsJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_delete_document_job(
        self,
        *,
        document_ids: Any = UNSET,
        body: DeleteDocumentsJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to delete documents.

        Creates job to delete documents with a given unique identifier.
        """
        from . import create_delete_document_job as _op

        request = _op.build_request(
            body=_op.build_body(body, document_ids=document_ids)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_process_document_job(
        self,
        *,
        document_id: str,
        summary_id: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        prompt_summary: str | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        llm: str | Unset = UNSET,
        llm_args: ProcessDocumentJobRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        max_num_chunks: int | Unset = UNSET,
        sampling_strategy: ProcessDocumentJobRequestSamplingStrategy
        | UnknownEnumValue
        | Unset = UNSET,
        pages: list[int] | Unset = UNSET,
        schema: ProcessDocumentJobRequestSchema | Unset | Mapping[str, Any] = UNSET,
        keep_intermediate_results: bool | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        timeout: int | Unset = UNSET,
        meta_data_to_include: ProcessDocumentJobRequestMetaDataToInclude
        | Unset
        | Mapping[str, Any] = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_process_document_job(
        self,
        *,
        body: ProcessDocumentJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_process_document_job(
        self,
        *,
        document_id: Any = UNSET,
        summary_id: Any = UNSET,
        system_prompt: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        prompt_summary: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        llm: Any = UNSET,
        llm_args: Any = UNSET,
        max_num_chunks: Any = UNSET,
        sampling_strategy: Any = UNSET,
        pages: Any = UNSET,
        schema: Any = UNSET,
        keep_intermediate_results: Any = UNSET,
        guardrails_settings: Any = UNSET,
        timeout: Any = UNSET,
        meta_data_to_include: Any = UNSET,
        body: ProcessDocumentJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to process document.

        Processes a document to either create a global or piecewise summary/extraction/transformation of a
        document.
        """
        from . import create_process_document_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                document_id=document_id,
                summary_id=summary_id,
                system_prompt=system_prompt,
                pre_prompt_summary=pre_prompt_summary,
                prompt_summary=prompt_summary,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
                llm=llm,
                llm_args=llm_args,
                max_num_chunks=max_num_chunks,
                sampling_strategy=sampling_strategy,
                pages=pages,
                schema=schema,
                keep_intermediate_results=keep_intermediate_results,
                guardrails_settings=guardrails_settings,
                timeout=timeout,
                meta_data_to_include=meta_data_to_include,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_tag_on_document(
        self,
        document_id: str,
        *,
        name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    @overload
    def create_tag_on_document(
        self,
        document_id: str,
        *,
        body: TagCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    def create_tag_on_document(
        self,
        document_id: str,
        *,
        name: Any = UNSET,
        body: TagCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag:
        """Assigns a tag to the document."""
        from . import create_tag_on_document as _op

        request = _op.build_request(
            document_id=document_id, body=_op.build_body(body, name=name)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Document:
        """Finds a document by id.

        Returns a single document by its unique identifier.
        """
        from . import get_document as _op

        request = _op.build_request(document_id=document_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_document(
        self,
        document_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes a document.

        Deletes a document with a given unique identifier.
        """
        from . import delete_document as _op

        request = _op.build_request(document_id=document_id, timeout=timeout)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_document(
        self,
        document_id: str,
        *,
        name: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Document: ...

    @overload
    def update_document(
        self,
        document_id: str,
        *,
        body: DocumentUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Document: ...

    def update_document(
        self,
        document_id: str,
        *,
        name: Any = UNSET,
        uri: Any = UNSET,
        body: DocumentUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Document:
        """Updates attributes of an existing document.

        Updates attributes of an existing document, particularly name and uri.
        """
        from . import update_document as _op

        request = _op.build_request(
            document_id=document_id, body=_op.build_body(body, name=name, uri=uri)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_document_summaries(
        self,
        summary_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes document summaries."""
        from . import delete_document_summaries as _op

        request = _op.build_request(summary_ids=summary_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_tag_from_document(
        self,
        document_id: str,
        tag_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteTagFromDocument200Response:
        """Removes a tag from a document."""
        from . import delete_tag_from_document as _op

        request = _op.build_request(document_id=document_id, tag_name=tag_name)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_audio_timestamps(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AudioSegment]:
        """Returns speaker-segment timestamps for an audio/video transcript document.

        Returns exact per-segment start/end times (seconds), speaker, and text for an audio or video
        transcript document, captured from speaker diarization at ingest. Returns an empty list for non-
        transcript documents and documents ingested before this data was captured.
        """
        from . import get_audio_timestamps as _op

        request = _op.build_request(document_id=document_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_chat_session_count_for_document(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of chat sessions with the document."""
        from . import get_chat_session_count_for_document as _op

        request = _op.build_request(document_id=document_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document_count(
        self,
        *,
        owned: bool | Unset = UNSET,
        chat_session_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of documents.

        Counts a number of documents the user has access to. If owned parameter is enabled, it counts only
        the documents owned by the user.
        """
        from . import get_document_count as _op

        request = _op.build_request(owned=owned, chat_session_id=chat_session_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document_guardrails_settings(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings | None:
        """Fetches document guardrails settings.

        Returns document guardrails settings.
        """
        from . import get_document_guardrails_settings as _op

        request = _op.build_request(document_id=document_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document_internal_metadata(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentInternalMetadataResponse200 | None:
        """Fetches document internal metadata.

        Returns document internal metadata.
        """
        from . import get_document_internal_metadata as _op

        request = _op.build_request(document_id=document_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document_metadata(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentMetadataResponse200:
        """Fetches document metadata.

        Returns details of document metadata
        """
        from . import get_document_metadata as _op

        request = _op.build_request(document_id=document_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def update_document_metadata(
        self,
        document_id: str,
        *,
        body: UpdateDocumentMetadataBody | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates document metadata.

        Recreates entire metadata of the document.
        """
        from . import update_document_metadata as _op

        request = _op.build_request(document_id=document_id, body=body)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document_page_layout(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentPageLayoutResponse200 | None:
        """Fetches document page layout.

        Returns document page layout.
        """
        from . import get_document_page_layout as _op

        request = _op.build_request(document_id=document_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document_page_ocr_model(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentPageOcrModelResponse200 | None:
        """Fetches document page ocr model.

        Returns document page ocr model.
        """
        from . import get_document_page_ocr_model as _op

        request = _op.build_request(document_id=document_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document_summary(
        self,
        summary_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DocumentSummary:
        """Fetches document summary."""
        from . import get_document_summary as _op

        request = _op.build_request(summary_id=summary_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document_user_source_file(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentUserSourceFileResponse200 | None:
        """Fetches document user source file.

        Returns document user source file.
        """
        from . import get_document_user_source_file as _op

        request = _op.build_request(document_id=document_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_chat_sessions_for_document(
        self,
        document_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatSession]:
        """List chat sessions for a given document."""
        from . import list_chat_sessions_for_document as _op

        request = _op.build_request(document_id=document_id, offset=offset, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_chat_sessions_for_document(
        self,
        document_id: str,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[ChatSession]:
        """List chat sessions for a given document.

        Every item of `list_chat_sessions_for_document`, fetched `page_size` at a time as the iteration
        goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_chat_sessions_for_document(
                document_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def list_collections_for_document(
        self,
        document_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Collection]:
        """Lists collections for containing a given document."""
        from . import list_collections_for_document as _op

        request = _op.build_request(document_id=document_id, offset=offset, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_collections_for_document(
        self,
        document_id: str,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[Collection]:
        """Lists collections for containing a given document.

        Every item of `list_collections_for_document`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_collections_for_document(
                document_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def list_document_chunks(
        self,
        document_id: str,
        *,
        collection_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]:
        """Returns all chunks for a specific document."""
        from . import list_document_chunks as _op

        request = _op.build_request(
            document_id=document_id, collection_id=collection_id
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_document_summaries(
        self,
        document_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentSummary]:
        """Fetches recent document summaries/extractions/transformations"""
        from . import list_document_summaries as _op

        request = _op.build_request(document_id=document_id, offset=offset, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_document_summaries(
        self,
        document_id: str,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[DocumentSummary]:
        """Fetches recent document summaries/extractions/transformations

        Every item of `list_document_summaries`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_document_summaries(
                document_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def list_documents(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        with_summaries: bool | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        username: str | Unset = UNSET,
        status: str | Unset = UNSET,
        source: str | Unset = UNSET,
        chat_session_id: str | Unset = UNSET,
        group_by_source_chat: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Document]:
        """List documents.

        List documents for a given user. If sort_column is not specified, the output is sorted by by last
        update time in descending order.
        """
        from . import list_documents as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            with_summaries=with_summaries,
            metadata_filter=metadata_filter,
            username=username,
            status=status,
            source=source,
            chat_session_id=chat_session_id,
            group_by_source_chat=group_by_source_chat,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_documents(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        with_summaries: bool | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        username: str | Unset = UNSET,
        status: str | Unset = UNSET,
        source: str | Unset = UNSET,
        chat_session_id: str | Unset = UNSET,
        group_by_source_chat: bool | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[Document]:
        """List documents.

        Every item of `list_documents`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_documents(
                sort_column=sort_column,
                ascending=ascending,
                with_summaries=with_summaries,
                metadata_filter=metadata_filter,
                username=username,
                status=status,
                source=source,
                chat_session_id=chat_session_id,
                group_by_source_chat=group_by_source_chat,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )


class AsyncDocuments(AsyncResource):
    """The operations tagged documents (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncDocumentsWithRawResponse:
        return AsyncDocumentsWithRawResponse(self._requester)

    @overload
    async def create_delete_document_job(
        self,
        *,
        document_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_delete_document_job(
        self,
        *,
        body: DeleteDocumentsJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_delete_document_job(
        self,
        *,
        document_ids: Any = UNSET,
        body: DeleteDocumentsJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to delete documents.

        Creates job to delete documents with a given unique identifier.
        """
        from . import create_delete_document_job as _op

        request = _op.build_request(
            body=_op.build_body(body, document_ids=document_ids)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_process_document_job(
        self,
        *,
        document_id: str,
        summary_id: str | Unset = UNSET,
        system_prompt: str | Unset = UNSET,
        pre_prompt_summary: str | Unset = UNSET,
        prompt_summary: str | Unset = UNSET,
        image_batch_image_prompt: str | Unset = UNSET,
        image_batch_final_prompt: str | Unset = UNSET,
        llm: str | Unset = UNSET,
        llm_args: ProcessDocumentJobRequestLlmArgs | Unset | Mapping[str, Any] = UNSET,
        max_num_chunks: int | Unset = UNSET,
        sampling_strategy: ProcessDocumentJobRequestSamplingStrategy
        | UnknownEnumValue
        | Unset = UNSET,
        pages: list[int] | Unset = UNSET,
        schema: ProcessDocumentJobRequestSchema | Unset | Mapping[str, Any] = UNSET,
        keep_intermediate_results: bool | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        timeout: int | Unset = UNSET,
        meta_data_to_include: ProcessDocumentJobRequestMetaDataToInclude
        | Unset
        | Mapping[str, Any] = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_process_document_job(
        self,
        *,
        body: ProcessDocumentJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_process_document_job(
        self,
        *,
        document_id: Any = UNSET,
        summary_id: Any = UNSET,
        system_prompt: Any = UNSET,
        pre_prompt_summary: Any = UNSET,
        prompt_summary: Any = UNSET,
        image_batch_image_prompt: Any = UNSET,
        image_batch_final_prompt: Any = UNSET,
        llm: Any = UNSET,
        llm_args: Any = UNSET,
        max_num_chunks: Any = UNSET,
        sampling_strategy: Any = UNSET,
        pages: Any = UNSET,
        schema: Any = UNSET,
        keep_intermediate_results: Any = UNSET,
        guardrails_settings: Any = UNSET,
        timeout: Any = UNSET,
        meta_data_to_include: Any = UNSET,
        body: ProcessDocumentJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to process document.

        Processes a document to either create a global or piecewise summary/extraction/transformation of a
        document.
        """
        from . import create_process_document_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                document_id=document_id,
                summary_id=summary_id,
                system_prompt=system_prompt,
                pre_prompt_summary=pre_prompt_summary,
                prompt_summary=prompt_summary,
                image_batch_image_prompt=image_batch_image_prompt,
                image_batch_final_prompt=image_batch_final_prompt,
                llm=llm,
                llm_args=llm_args,
                max_num_chunks=max_num_chunks,
                sampling_strategy=sampling_strategy,
                pages=pages,
                schema=schema,
                keep_intermediate_results=keep_intermediate_results,
                guardrails_settings=guardrails_settings,
                timeout=timeout,
                meta_data_to_include=meta_data_to_include,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_tag_on_document(
        self,
        document_id: str,
        *,
        name: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    @overload
    async def create_tag_on_document(
        self,
        document_id: str,
        *,
        body: TagCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag: ...

    async def create_tag_on_document(
        self,
        document_id: str,
        *,
        name: Any = UNSET,
        body: TagCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Tag:
        """Assigns a tag to the document."""
        from . import create_tag_on_document as _op

        request = _op.build_request(
            document_id=document_id, body=_op.build_body(body, name=name)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Document:
        """Finds a document by id.

        Returns a single document by its unique identifier.
        """
        from . import get_document as _op

        request = _op.build_request(document_id=document_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_document(
        self,
        document_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes a document.

        Deletes a document with a given unique identifier.
        """
        from . import delete_document as _op

        request = _op.build_request(document_id=document_id, timeout=timeout)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_document(
        self,
        document_id: str,
        *,
        name: str | Unset = UNSET,
        uri: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Document: ...

    @overload
    async def update_document(
        self,
        document_id: str,
        *,
        body: DocumentUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Document: ...

    async def update_document(
        self,
        document_id: str,
        *,
        name: Any = UNSET,
        uri: Any = UNSET,
        body: DocumentUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Document:
        """Updates attributes of an existing document.

        Updates attributes of an existing document, particularly name and uri.
        """
        from . import update_document as _op

        request = _op.build_request(
            document_id=document_id, body=_op.build_body(body, name=name, uri=uri)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_document_summaries(
        self,
        summary_ids: list[str],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes document summaries."""
        from . import delete_document_summaries as _op

        request = _op.build_request(summary_ids=summary_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_tag_from_document(
        self,
        document_id: str,
        tag_name: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DeleteTagFromDocument200Response:
        """Removes a tag from a document."""
        from . import delete_tag_from_document as _op

        request = _op.build_request(document_id=document_id, tag_name=tag_name)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_audio_timestamps(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[AudioSegment]:
        """Returns speaker-segment timestamps for an audio/video transcript document.

        Returns exact per-segment start/end times (seconds), speaker, and text for an audio or video
        transcript document, captured from speaker diarization at ingest. Returns an empty list for non-
        transcript documents and documents ingested before this data was captured.
        """
        from . import get_audio_timestamps as _op

        request = _op.build_request(document_id=document_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_chat_session_count_for_document(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of chat sessions with the document."""
        from . import get_chat_session_count_for_document as _op

        request = _op.build_request(document_id=document_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document_count(
        self,
        *,
        owned: bool | Unset = UNSET,
        chat_session_id: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of documents.

        Counts a number of documents the user has access to. If owned parameter is enabled, it counts only
        the documents owned by the user.
        """
        from . import get_document_count as _op

        request = _op.build_request(owned=owned, chat_session_id=chat_session_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document_guardrails_settings(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GuardrailsSettings | None:
        """Fetches document guardrails settings.

        Returns document guardrails settings.
        """
        from . import get_document_guardrails_settings as _op

        request = _op.build_request(document_id=document_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document_internal_metadata(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentInternalMetadataResponse200 | None:
        """Fetches document internal metadata.

        Returns document internal metadata.
        """
        from . import get_document_internal_metadata as _op

        request = _op.build_request(document_id=document_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document_metadata(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentMetadataResponse200:
        """Fetches document metadata.

        Returns details of document metadata
        """
        from . import get_document_metadata as _op

        request = _op.build_request(document_id=document_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def update_document_metadata(
        self,
        document_id: str,
        *,
        body: UpdateDocumentMetadataBody | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates document metadata.

        Recreates entire metadata of the document.
        """
        from . import update_document_metadata as _op

        request = _op.build_request(document_id=document_id, body=body)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document_page_layout(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentPageLayoutResponse200 | None:
        """Fetches document page layout.

        Returns document page layout.
        """
        from . import get_document_page_layout as _op

        request = _op.build_request(document_id=document_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document_page_ocr_model(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentPageOcrModelResponse200 | None:
        """Fetches document page ocr model.

        Returns document page ocr model.
        """
        from . import get_document_page_ocr_model as _op

        request = _op.build_request(document_id=document_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document_summary(
        self,
        summary_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> DocumentSummary:
        """Fetches document summary."""
        from . import get_document_summary as _op

        request = _op.build_request(summary_id=summary_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document_user_source_file(
        self,
        document_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetDocumentUserSourceFileResponse200 | None:
        """Fetches document user source file.

        Returns document user source file.
        """
        from . import get_document_user_source_file as _op

        request = _op.build_request(document_id=document_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_chat_sessions_for_document(
        self,
        document_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatSession]:
        """List chat sessions for a given document."""
        from . import list_chat_sessions_for_document as _op

        request = _op.build_request(document_id=document_id, offset=offset, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_chat_sessions_for_document(
        self,
        document_id: str,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[ChatSession]:
        """List chat sessions for a given document.

        Every item of `list_chat_sessions_for_document`, fetched `page_size` at a time as the iteration
        goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_chat_sessions_for_document(
                document_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def list_collections_for_document(
        self,
        document_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Collection]:
        """Lists collections for containing a given document."""
        from . import list_collections_for_document as _op

        request = _op.build_request(document_id=document_id, offset=offset, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_collections_for_document(
        self,
        document_id: str,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[Collection]:
        """Lists collections for containing a given document.

        Every item of `list_collections_for_document`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_collections_for_document(
                document_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def list_document_chunks(
        self,
        document_id: str,
        *,
        collection_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]:
        """Returns all chunks for a specific document."""
        from . import list_document_chunks as _op

        request = _op.build_request(
            document_id=document_id, collection_id=collection_id
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_document_summaries(
        self,
        document_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[DocumentSummary]:
        """Fetches recent document summaries/extractions/transformations"""
        from . import list_document_summaries as _op

        request = _op.build_request(document_id=document_id, offset=offset, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_document_summaries(
        self,
        document_id: str,
        *,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[DocumentSummary]:
        """Fetches recent document summaries/extractions/transformations

        Every item of `list_document_summaries`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_document_summaries(
                document_id,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def list_documents(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        with_summaries: bool | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        username: str | Unset = UNSET,
        status: str | Unset = UNSET,
        source: str | Unset = UNSET,
        chat_session_id: str | Unset = UNSET,
        group_by_source_chat: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Document]:
        """List documents.

        List documents for a given user. If sort_column is not specified, the output is sorted by by last
        update time in descending order.
        """
        from . import list_documents as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            with_summaries=with_summaries,
            metadata_filter=metadata_filter,
            username=username,
            status=status,
            source=source,
            chat_session_id=chat_session_id,
            group_by_source_chat=group_by_source_chat,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_documents(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        with_summaries: bool | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        username: str | Unset = UNSET,
        status: str | Unset = UNSET,
        source: str | Unset = UNSET,
        chat_session_id: str | Unset = UNSET,
        group_by_source_chat: bool | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[Document]:
        """List documents.

        Every item of `list_documents`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_documents(
                sort_column=sort_column,
                ascending=ascending,
                with_summaries=with_summaries,
                metadata_filter=metadata_filter,
                username=username,
                status=status,
                source=source,
                chat_session_id=chat_session_id,
                group_by_source_chat=group_by_source_chat,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )


class DocumentsWithRawResponse(SyncRawResource):
    """The operations of `Documents`, each returning the whole `Response` (status_code, headers, parsed)."""

    create_delete_document_job = raw_response(Documents.create_delete_document_job)
    create_process_document_job = raw_response(Documents.create_process_document_job)
    create_tag_on_document = raw_response(Documents.create_tag_on_document)
    get_document = raw_response(Documents.get_document)
    delete_document = raw_response(Documents.delete_document)
    update_document = raw_response(Documents.update_document)
    delete_document_summaries = raw_response(Documents.delete_document_summaries)
    delete_tag_from_document = raw_response(Documents.delete_tag_from_document)
    get_audio_timestamps = raw_response(Documents.get_audio_timestamps)
    get_chat_session_count_for_document = raw_response(
        Documents.get_chat_session_count_for_document
    )
    get_document_count = raw_response(Documents.get_document_count)
    get_document_guardrails_settings = raw_response(
        Documents.get_document_guardrails_settings
    )
    get_document_internal_metadata = raw_response(
        Documents.get_document_internal_metadata
    )
    get_document_metadata = raw_response(Documents.get_document_metadata)
    update_document_metadata = raw_response(Documents.update_document_metadata)
    get_document_page_layout = raw_response(Documents.get_document_page_layout)
    get_document_page_ocr_model = raw_response(Documents.get_document_page_ocr_model)
    get_document_summary = raw_response(Documents.get_document_summary)
    get_document_user_source_file = raw_response(
        Documents.get_document_user_source_file
    )
    list_chat_sessions_for_document = raw_response(
        Documents.list_chat_sessions_for_document
    )
    list_collections_for_document = raw_response(
        Documents.list_collections_for_document
    )
    list_document_chunks = raw_response(Documents.list_document_chunks)
    list_document_summaries = raw_response(Documents.list_document_summaries)
    list_documents = raw_response(Documents.list_documents)


class AsyncDocumentsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncDocuments`, each returning the whole `Response` (status_code, headers, parsed)."""

    create_delete_document_job = async_raw_response(
        AsyncDocuments.create_delete_document_job
    )
    create_process_document_job = async_raw_response(
        AsyncDocuments.create_process_document_job
    )
    create_tag_on_document = async_raw_response(AsyncDocuments.create_tag_on_document)
    get_document = async_raw_response(AsyncDocuments.get_document)
    delete_document = async_raw_response(AsyncDocuments.delete_document)
    update_document = async_raw_response(AsyncDocuments.update_document)
    delete_document_summaries = async_raw_response(
        AsyncDocuments.delete_document_summaries
    )
    delete_tag_from_document = async_raw_response(
        AsyncDocuments.delete_tag_from_document
    )
    get_audio_timestamps = async_raw_response(AsyncDocuments.get_audio_timestamps)
    get_chat_session_count_for_document = async_raw_response(
        AsyncDocuments.get_chat_session_count_for_document
    )
    get_document_count = async_raw_response(AsyncDocuments.get_document_count)
    get_document_guardrails_settings = async_raw_response(
        AsyncDocuments.get_document_guardrails_settings
    )
    get_document_internal_metadata = async_raw_response(
        AsyncDocuments.get_document_internal_metadata
    )
    get_document_metadata = async_raw_response(AsyncDocuments.get_document_metadata)
    update_document_metadata = async_raw_response(
        AsyncDocuments.update_document_metadata
    )
    get_document_page_layout = async_raw_response(
        AsyncDocuments.get_document_page_layout
    )
    get_document_page_ocr_model = async_raw_response(
        AsyncDocuments.get_document_page_ocr_model
    )
    get_document_summary = async_raw_response(AsyncDocuments.get_document_summary)
    get_document_user_source_file = async_raw_response(
        AsyncDocuments.get_document_user_source_file
    )
    list_chat_sessions_for_document = async_raw_response(
        AsyncDocuments.list_chat_sessions_for_document
    )
    list_collections_for_document = async_raw_response(
        AsyncDocuments.list_collections_for_document
    )
    list_document_chunks = async_raw_response(AsyncDocuments.list_document_chunks)
    list_document_summaries = async_raw_response(AsyncDocuments.list_document_summaries)
    list_documents = async_raw_response(AsyncDocuments.list_documents)


__all__ = [
    "AsyncDocuments",
    "AsyncDocumentsWithRawResponse",
    "Documents",
    "DocumentsWithRawResponse",
]
