"""The operations tagged collections: `client.collections` is a `Collections` (an `AsyncCollections` on an async client).

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
    import datetime

    from ...models.chat_session import ChatSession
    from ...models.chat_settings import ChatSettings
    from ...models.chat_settings_include_chat_history import (
        ChatSettingsIncludeChatHistory,
        check_chat_settings_include_chat_history,
    )
    from ...models.chat_settings_llm_args import ChatSettingsLlmArgs
    from ...models.chat_settings_rag_config import ChatSettingsRagConfig
    from ...models.chat_settings_self_reflection_config import (
        ChatSettingsSelfReflectionConfig,
    )
    from ...models.chunk import Chunk
    from ...models.chunk_search_result import ChunkSearchResult
    from ...models.collection import Collection
    from ...models.collection_create_request import CollectionCreateRequest
    from ...models.collection_create_request_vex_encryption import (
        CollectionCreateRequestVexEncryption,
        check_collection_create_request_vex_encryption,
    )
    from ...models.collection_settings import CollectionSettings
    from ...models.collection_settings_ingest_mode import (
        CollectionSettingsIngestMode,
        check_collection_settings_ingest_mode,
    )
    from ...models.collection_update_request import CollectionUpdateRequest
    from ...models.collection_update_request_rag_type import (
        CollectionUpdateRequestRagType,
        check_collection_update_request_rag_type,
    )
    from ...models.count import Count
    from ...models.create_import_collection_to_collection_job_request import (
        CreateImportCollectionToCollectionJobRequest,
    )
    from ...models.create_insert_document_to_collection_job_request import (
        CreateInsertDocumentToCollectionJobRequest,
    )
    from ...models.create_update_collection_thumbnail_job_body import (
        CreateUpdateCollectionThumbnailJobBody,
    )
    from ...models.delete_collections_job_request import DeleteCollectionsJobRequest
    from ...models.delete_documents_job_request import DeleteDocumentsJobRequest
    from ...models.document import Document
    from ...models.endpoint_error import EndpointError
    from ...models.get_collection_metadata_response_200 import (
        GetCollectionMetadataResponse200,
    )
    from ...models.group_share_permission import GroupSharePermission
    from ...models.guardrails_settings import GuardrailsSettings
    from ...models.job_details import JobDetails
    from ...models.match_collection_chunks_request import MatchCollectionChunksRequest
    from ...models.migrate_collection_chat_sessions_job_request import (
        MigrateCollectionChatSessionsJobRequest,
    )
    from ...models.migrate_scheduled_connectors_to_collection_request import (
        MigrateScheduledConnectorsToCollectionRequest,
    )
    from ...models.prompt_template_change_request import PromptTemplateChangeRequest
    from ...models.scheduled_connector_details import ScheduledConnectorDetails
    from ...models.search_collection_chunks_request import SearchCollectionChunksRequest
    from ...models.set_collection_size_limit_request import (
        SetCollectionSizeLimitRequest,
    )
    from ...models.share_collection_request import ShareCollectionRequest
    from ...models.share_permission import SharePermission
    from ...models.suggested_question import SuggestedQuestion
    from ...models.tag_filter import TagFilter
    from ...models.update_collection_exempt_from_chat_expiry_request import (
        UpdateCollectionExemptFromChatExpiryRequest,
    )
    from ...models.update_collection_expiry_request import UpdateCollectionExpiryRequest
    from ...models.update_collection_inactivity_interval_request import (
        UpdateCollectionInactivityIntervalRequest,
    )
    from ...models.update_collection_metadata_body import UpdateCollectionMetadataBody
    from ...models.update_collection_privacy_request import (
        UpdateCollectionPrivacyRequest,
    )
    from ...models.update_collection_thumbnail_body import UpdateCollectionThumbnailBody
    from ...models.update_collection_workspace_request import (
        UpdateCollectionWorkspaceRequest,
    )
    from ...types import File, FileTypes

    pass


class Collections(SyncResource):
    """The operations tagged collections; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> CollectionsWithRawResponse:
        return CollectionsWithRawResponse(self._requester)

    def archive_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Archives a collection along with its associated data."""
        from . import archive_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_collections(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        current_user_only: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Collection]:
        """List collections.

        List collections for a given user. If sort_column is not specified, the output is sorted by by last
        update time in descending order.
        """
        from . import list_collections as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            metadata_filter=metadata_filter,
            name_filter=name_filter,
            current_user_only=current_user_only,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_collections(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        current_user_only: bool | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[Collection]:
        """List collections.

        Every item of `list_collections`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_collections(
                sort_column=sort_column,
                ascending=ascending,
                metadata_filter=metadata_filter,
                name_filter=name_filter,
                current_user_only=current_user_only,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    def create_collection(
        self,
        *,
        name: str,
        description: str,
        embedding_model: str | Unset = UNSET,
        collection_settings: CollectionSettings | Unset | Mapping[str, Any] = UNSET,
        chat_settings: ChatSettings | Unset | Mapping[str, Any] = UNSET,
        expiry_date: datetime.datetime | Unset = UNSET,
        workspace: str | Unset = UNSET,
        vex_encryption: CollectionCreateRequestVexEncryption
        | UnknownEnumValue
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    @overload
    def create_collection(
        self,
        *,
        body: CollectionCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    def create_collection(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        embedding_model: Any = UNSET,
        collection_settings: Any = UNSET,
        chat_settings: Any = UNSET,
        expiry_date: Any = UNSET,
        workspace: Any = UNSET,
        vex_encryption: Any = UNSET,
        body: CollectionCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Create a Collection

        A Collection refers to a group of related Documents. A Collection lets a user aggregate documents in
        one location. A user can utilize Collections to group particular sets of material (documents) to
        explore individually through Chats utilizing a large language model (LLM).
        """
        from . import create_collection as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                name=name,
                description=description,
                embedding_model=embedding_model,
                collection_settings=collection_settings,
                chat_settings=chat_settings,
                expiry_date=expiry_date,
                workspace=workspace,
                vex_encryption=vex_encryption,
            )
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_delete_collection_job(
        self,
        *,
        collection_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_delete_collection_job(
        self,
        *,
        body: DeleteCollectionsJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_delete_collection_job(
        self,
        *,
        collection_ids: Any = UNSET,
        body: DeleteCollectionsJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to delete collections.

        Creates a job to delete collections with a given unique identifier.
        """
        from . import create_delete_collection_job as _op

        request = _op.build_request(
            body=_op.build_body(body, collection_ids=collection_ids)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_update_collection_thumbnail_job(
        self,
        collection_id: str,
        *,
        file: File | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_update_collection_thumbnail_job(
        self,
        collection_id: str,
        *,
        body: CreateUpdateCollectionThumbnailJobBody | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_update_collection_thumbnail_job(
        self,
        collection_id: str,
        *,
        file: Any = UNSET,
        body: CreateUpdateCollectionThumbnailJobBody
        | Mapping[str, Any]
        | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to update collection thumbnail.

        Creates a job to update a new thumbnail image for the collection.
        """
        from . import create_update_collection_thumbnail_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, file=file),
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def create_delete_collection_thumbnail_job(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to delete collection thumbnail.

        Creates a job to delete collection thumbnail image.
        """
        from . import create_delete_collection_thumbnail_job as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_delete_document_from_collection_job(
        self,
        collection_id: str,
        *,
        document_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_delete_document_from_collection_job(
        self,
        collection_id: str,
        *,
        body: DeleteDocumentsJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_delete_document_from_collection_job(
        self,
        collection_id: str,
        *,
        document_ids: Any = UNSET,
        body: DeleteDocumentsJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to remove documents from the collection."""
        from . import create_delete_document_from_collection_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, document_ids=document_ids),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_import_collection_to_collection_job(
        self,
        collection_id: str,
        *,
        source_collection_id: str,
        migrate_scheduled_connectors: bool | Unset = UNSET,
        copy_lifecycle_settings: bool | Unset = UNSET,
        skip_reparse: bool | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        preserve_document_status: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_import_collection_to_collection_job(
        self,
        collection_id: str,
        *,
        body: CreateImportCollectionToCollectionJobRequest | Mapping[str, Any],
        migrate_scheduled_connectors: bool | Unset = UNSET,
        copy_lifecycle_settings: bool | Unset = UNSET,
        skip_reparse: bool | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        preserve_document_status: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_import_collection_to_collection_job(
        self,
        collection_id: str,
        *,
        source_collection_id: Any = UNSET,
        body: CreateImportCollectionToCollectionJobRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        migrate_scheduled_connectors: bool | Unset = UNSET,
        copy_lifecycle_settings: bool | Unset = UNSET,
        skip_reparse: bool | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        preserve_document_status: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to import collection to the collection."""
        from . import create_import_collection_to_collection_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, source_collection_id=source_collection_id),
            migrate_scheduled_connectors=migrate_scheduled_connectors,
            copy_lifecycle_settings=copy_lifecycle_settings,
            skip_reparse=skip_reparse,
            copy_document=copy_document,
            preserve_document_status=preserve_document_status,
            preserve_metadata=preserve_metadata,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_insert_document_to_collection_job(
        self,
        collection_id: str,
        *,
        document_id: str,
        copy_document: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_insert_document_to_collection_job(
        self,
        collection_id: str,
        *,
        body: CreateInsertDocumentToCollectionJobRequest | Mapping[str, Any],
        copy_document: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_insert_document_to_collection_job(
        self,
        collection_id: str,
        *,
        document_id: Any = UNSET,
        body: CreateInsertDocumentToCollectionJobRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to insert document to the collection."""
        from . import create_insert_document_to_collection_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, document_id=document_id),
            copy_document=copy_document,
            preserve_metadata=preserve_metadata,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_migrate_collection_chat_sessions_job(
        self,
        collection_id: str,
        *,
        target_collection_id: str,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_migrate_collection_chat_sessions_job(
        self,
        collection_id: str,
        *,
        body: MigrateCollectionChatSessionsJobRequest | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_migrate_collection_chat_sessions_job(
        self,
        collection_id: str,
        *,
        target_collection_id: Any = UNSET,
        body: MigrateCollectionChatSessionsJobRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to migrate all chat sessions from one collection to another.

        Creates a job to migrate all chat sessions from the source collection (specified in path) to the
        destination collection (specified in request body). Only the collection owner can perform this
        operation.
        """
        from . import create_migrate_collection_chat_sessions_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, target_collection_id=target_collection_id),
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Get a Collection

        A user can obtain a Collection by specifying its ID.
        """
        from . import get_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_collection(
        self,
        collection_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes collection.

        Deletes collection with a given unique identifier.
        """
        from . import delete_collection as _op

        request = _op.build_request(collection_id=collection_id, timeout=timeout)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection(
        self,
        collection_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        rag_type: CollectionUpdateRequestRagType | UnknownEnumValue | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    @overload
    def update_collection(
        self,
        collection_id: str,
        *,
        body: CollectionUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    def update_collection(
        self,
        collection_id: str,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        rag_type: Any = UNSET,
        body: CollectionUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Updates attributes of an existing collection.

        Updates of an existing collection, particularly name and description.
        """
        from . import update_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body, name=name, description=description, rag_type=rag_type
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection_expiry_date(
        self,
        collection_id: str,
        *,
        expiry_date: str,
        timezone: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_collection_expiry_date(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionExpiryRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_collection_expiry_date(
        self,
        collection_id: str,
        *,
        expiry_date: Any = UNSET,
        timezone: Any = UNSET,
        body: UpdateCollectionExpiryRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates an expiry date of a collection."""
        from . import update_collection_expiry_date as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, expiry_date=expiry_date, timezone=timezone),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_collection_expiry_date(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes an expiry date from a collection."""
        from . import delete_collection_expiry_date as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection_inactivity_interval(
        self,
        collection_id: str,
        *,
        inactivity_interval: int,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_collection_inactivity_interval(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionInactivityIntervalRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_collection_inactivity_interval(
        self,
        collection_id: str,
        *,
        inactivity_interval: Any = UNSET,
        body: UpdateCollectionInactivityIntervalRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates an inactivity interval of a collection."""
        from . import update_collection_inactivity_interval as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, inactivity_interval=inactivity_interval),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_collection_inactivity_interval(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes an inactivity interval from the collection."""
        from . import delete_collection_inactivity_interval as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection_prompt_template(
        self,
        collection_id: str,
        *,
        prompt_template_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    @overload
    def update_collection_prompt_template(
        self,
        collection_id: str,
        *,
        body: PromptTemplateChangeRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    def update_collection_prompt_template(
        self,
        collection_id: str,
        *,
        prompt_template_id: Any = UNSET,
        body: PromptTemplateChangeRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Updates a prompt template reference of a collection."""
        from . import update_collection_prompt_template as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, prompt_template_id=prompt_template_id),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_collection_prompt_template(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Removes a prompt template reference from the collection."""
        from . import delete_collection_prompt_template as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection_thumbnail(
        self,
        collection_id: str,
        *,
        file: File | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_collection_thumbnail(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionThumbnailBody | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_collection_thumbnail(
        self,
        collection_id: str,
        *,
        file: Any = UNSET,
        body: UpdateCollectionThumbnailBody | Mapping[str, Any] | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates collection thumbnail.

        Uploads a new thumbnail image for the collection.
        """
        from . import update_collection_thumbnail as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, file=file),
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_collection_thumbnail(
        self,
        collection_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes collection thumbnail.

        Deletes collection thumbnail image.
        """
        from . import delete_collection_thumbnail as _op

        request = _op.build_request(collection_id=collection_id, timeout=timeout)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def insert_document_into_collection(
        self,
        collection_id: str,
        document_id: str,
        *,
        copy_document: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Import an already stored document to an existing collection."""
        from . import insert_document_into_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            document_id=document_id,
            copy_document=copy_document,
            preserve_metadata=preserve_metadata,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def delete_document_from_collection(
        self,
        collection_id: str,
        document_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes the document from the collection."""
        from . import delete_document_from_collection as _op

        request = _op.build_request(
            collection_id=collection_id, document_id=document_id, timeout=timeout
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_chat_session_count_for_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of chat sessions with the collection."""
        from . import get_chat_session_count_for_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_chat_settings(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSettings:
        """Fetches collection chat settings.

        Returns details of collection chat settings
        """
        from . import get_collection_chat_settings as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection_chat_settings(
        self,
        collection_id: str,
        *,
        llm: str | Unset = UNSET,
        llm_args: ChatSettingsLlmArgs | Unset | Mapping[str, Any] = UNSET,
        self_reflection_config: ChatSettingsSelfReflectionConfig
        | Unset
        | Mapping[str, Any] = UNSET,
        rag_config: ChatSettingsRagConfig | Unset | Mapping[str, Any] = UNSET,
        include_chat_history: ChatSettingsIncludeChatHistory
        | UnknownEnumValue
        | Unset = UNSET,
        tags: list[str] | TagFilter | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_collection_chat_settings(
        self,
        collection_id: str,
        *,
        body: ChatSettings | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_collection_chat_settings(
        self,
        collection_id: str,
        *,
        llm: Any = UNSET,
        llm_args: Any = UNSET,
        self_reflection_config: Any = UNSET,
        rag_config: Any = UNSET,
        include_chat_history: Any = UNSET,
        tags: Any = UNSET,
        body: ChatSettings | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates collection chat settings.

        Recreates entire chat settings on the collection.
        """
        from . import update_collection_chat_settings as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body,
                llm=llm,
                llm_args=llm_args,
                self_reflection_config=self_reflection_config,
                rag_config=rag_config,
                include_chat_history=include_chat_history,
                tags=tags,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_chunks(
        self,
        collection_id: str,
        chunk_ids: list[int],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Chunk]:
        """Returns specific chunks in a collection."""
        from . import get_collection_chunks as _op

        request = _op.build_request(collection_id=collection_id, chunk_ids=chunk_ids)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_count(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of collections."""
        from . import get_collection_count as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_group_permissions(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupSharePermission]:
        """Returns a list of group access permissions for a given collection.

        The returned list of group permissions denoting which groups have access to the collection.
        """
        from . import get_collection_group_permissions as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_metadata(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCollectionMetadataResponse200:
        """Fetches collection metadata.

        Returns details of collection metadata.
        """
        from . import get_collection_metadata as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def update_collection_metadata(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionMetadataBody | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates collection metadata.

        Recreates entire metadata of the collection.
        """
        from . import update_collection_metadata as _op

        request = _op.build_request(collection_id=collection_id, body=body)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_permissions(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharePermission]:
        """Returns a list of access permissions for a given collection.

        The returned list of permissions denotes who has access to the collection.
        """
        from . import get_collection_permissions as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_collection_for_all(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a collection to all other users except the original owner."""
        from . import unshare_collection_for_all as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_collection_settings(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CollectionSettings:
        """Fetches collection settings.

        Returns details of collection settings
        """
        from . import get_collection_settings as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection_settings(
        self,
        collection_id: str,
        *,
        max_tokens_per_chunk: int | Unset = UNSET,
        chunk_overlap_tokens: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: CollectionSettingsIngestMode | UnknownEnumValue | Unset = UNSET,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        root_dir: str | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        expiry_timezone: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_collection_settings(
        self,
        collection_id: str,
        *,
        body: CollectionSettings | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_collection_settings(
        self,
        collection_id: str,
        *,
        max_tokens_per_chunk: Any = UNSET,
        chunk_overlap_tokens: Any = UNSET,
        gen_doc_summaries: Any = UNSET,
        gen_doc_questions: Any = UNSET,
        audio_input_language: Any = UNSET,
        ocr_model: Any = UNSET,
        tesseract_lang: Any = UNSET,
        keep_tables_as_one_chunk: Any = UNSET,
        chunk_by_page: Any = UNSET,
        handwriting_check: Any = UNSET,
        ingest_mode: Any = UNSET,
        follow_links: Any = UNSET,
        max_depth: Any = UNSET,
        max_documents: Any = UNSET,
        root_dir: Any = UNSET,
        copy_document: Any = UNSET,
        guardrails_settings: Any = UNSET,
        expiry_timezone: Any = UNSET,
        body: CollectionSettings | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates collection settings.

        Recreates entire settings on the collection.
        """
        from . import update_collection_settings as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body,
                max_tokens_per_chunk=max_tokens_per_chunk,
                chunk_overlap_tokens=chunk_overlap_tokens,
                gen_doc_summaries=gen_doc_summaries,
                gen_doc_questions=gen_doc_questions,
                audio_input_language=audio_input_language,
                ocr_model=ocr_model,
                tesseract_lang=tesseract_lang,
                keep_tables_as_one_chunk=keep_tables_as_one_chunk,
                chunk_by_page=chunk_by_page,
                handwriting_check=handwriting_check,
                ingest_mode=ingest_mode,
                follow_links=follow_links,
                max_depth=max_depth,
                max_documents=max_documents,
                root_dir=root_dir,
                copy_document=copy_document,
                guardrails_settings=guardrails_settings,
                expiry_timezone=expiry_timezone,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def get_document_count_for_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of documents in the collection."""
        from . import get_document_count_for_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_all_collections(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        filter_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Collection]:
        """Fetches all users' collection metadata sorted by last update time by default.

        Fetches all users' collection metadata sorted by last update time by default. This is for admin use
        only and includes private, public, and shared collections in the result.
        """
        from . import list_all_collections as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            filter_=filter_,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_all_collections(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[Collection]:
        """Fetches all users' collection metadata sorted by last update time by default.

        Every item of `list_all_collections`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_all_collections(
                sort_column=sort_column,
                ascending=ascending,
                filter_=filter_,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def list_chat_sessions_for_collection(
        self,
        collection_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        username: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatSession]:
        """List chat sessions for a given collection."""
        from . import list_chat_sessions_for_collection as _op

        request = _op.build_request(
            collection_id=collection_id, offset=offset, limit=limit, username=username
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_chat_sessions_for_collection(
        self,
        collection_id: str,
        *,
        username: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[ChatSession]:
        """List chat sessions for a given collection.

        Every item of `list_chat_sessions_for_collection`, fetched `page_size` at a time as the iteration
        goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_chat_sessions_for_collection(
                collection_id,
                username=username,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def list_collection_public_permissions(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Returns the public permissions for a given collection.

        Returns the list of public permissions for a collection. Returns an empty array if the collection is
        not public or has no permissions.
        """
        from . import list_collection_public_permissions as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_documents_for_collection(
        self,
        collection_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Document]:
        """List a Collection's documents

        A user can list a Collection's documents.
        """
        from . import list_documents_for_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            offset=offset,
            limit=limit,
            metadata_filter=metadata_filter,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def iter_documents_for_collection(
        self,
        collection_id: str,
        *,
        metadata_filter: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Iterator[Document]:
        """List a Collection's documents

        Every item of `list_documents_for_collection`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_documents_for_collection(
                collection_id,
                metadata_filter=metadata_filter,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    def list_questions_for_collection(
        self,
        collection_id: str,
        *,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SuggestedQuestion]:
        """List suggested questions for a given collection."""
        from . import list_questions_for_collection as _op

        request = _op.build_request(collection_id=collection_id, limit=limit)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def list_scheduled_connectors_for_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ScheduledConnectorDetails]:
        """List scheduled connectors for a collection

        Returns a list of all scheduled connectors configured for the specified collection.
        """
        from . import list_scheduled_connectors_for_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def match_collection_chunks(
        self,
        collection_id: str,
        *,
        vectors: list[list[float]],
        topics: list[str],
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        cut_off: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]: ...

    @overload
    def match_collection_chunks(
        self,
        collection_id: str,
        *,
        body: MatchCollectionChunksRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]: ...

    def match_collection_chunks(
        self,
        collection_id: str,
        *,
        vectors: Any = UNSET,
        topics: Any = UNSET,
        offset: Any = UNSET,
        limit: Any = UNSET,
        cut_off: Any = UNSET,
        body: MatchCollectionChunksRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]:
        """Finds chunks related to a message using semantic search.

        Finds chunks related to a message using semantic search. Chunks are sorted by relevance and
        similarity score to the message.
        """
        from . import match_collection_chunks as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body,
                vectors=vectors,
                topics=topics,
                offset=offset,
                limit=limit,
                cut_off=cut_off,
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def migrate_scheduled_connectors_to_collection(
        self,
        collection_id: str,
        *,
        src_collection_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def migrate_scheduled_connectors_to_collection(
        self,
        collection_id: str,
        *,
        body: MigrateScheduledConnectorsToCollectionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def migrate_scheduled_connectors_to_collection(
        self,
        collection_id: str,
        *,
        src_collection_id: Any = UNSET,
        body: MigrateScheduledConnectorsToCollectionRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Migrate scheduled connectors from another collection

        Moves all scheduled connectors from a source collection to the target collection. The source
        collection will have no scheduled connectors after this operation. Both collections must be owned by
        the same user.
        """
        from . import migrate_scheduled_connectors_to_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, src_collection_id=src_collection_id),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def set_collection_size_limit(
        self,
        collection_id: str,
        *,
        size_limit: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def set_collection_size_limit(
        self,
        collection_id: str,
        *,
        body: SetCollectionSizeLimitRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def set_collection_size_limit(
        self,
        collection_id: str,
        *,
        size_limit: Any = UNSET,
        body: SetCollectionSizeLimitRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Sets a maximum limit on the total size of documents (sum) added to a collection.

        Sets a maximum limit on the total size of documents (sum) added to a collection. The limit is
        measured in bytes.
        """
        from . import set_collection_size_limit as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, size_limit=size_limit),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def remove_collection_size_limit(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes a size limit for a collection."""
        from . import remove_collection_size_limit as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def reset_all_collection_expirations(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Reset all collection expiry dates and inactivity intervals that have been set.

        Reset any expiry dates and inactivity intervals that have been set for all collections (admin only).
        This will also reset any archived collections back to active.
        """
        from . import reset_all_collection_expirations as _op

        request = _op.build_request()
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def reset_collection_prompt_settings(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets the prompt settings for a given collection."""
        from . import reset_collection_prompt_settings as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def search_collection_chunks(
        self,
        collection_id: str,
        *,
        query: str,
        topics: list[str],
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]: ...

    @overload
    def search_collection_chunks(
        self,
        collection_id: str,
        *,
        body: SearchCollectionChunksRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]: ...

    def search_collection_chunks(
        self,
        collection_id: str,
        *,
        query: Any = UNSET,
        topics: Any = UNSET,
        offset: Any = UNSET,
        limit: Any = UNSET,
        body: SearchCollectionChunksRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]:
        """Finds chunks related to a message using lexical search.

        Finds chunks related to a message using lexical search. Chunks are sorted by relevance and
        similarity score to the message.
        """
        from . import search_collection_chunks as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body, query=query, topics=topics, offset=offset, limit=limit
            ),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def share_collection(
        self,
        collection_id: str,
        username: str,
        *,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def share_collection(
        self,
        collection_id: str,
        username: str,
        *,
        body: ShareCollectionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def share_collection(
        self,
        collection_id: str,
        username: str,
        *,
        permissions: Any = UNSET,
        body: ShareCollectionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares a collection to a user.

        Shares a collection template to a user.
        """
        from . import share_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            username=username,
            body=_op.build_body(body, permissions=permissions),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_collection(
        self,
        collection_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a collection to a user."""
        from . import unshare_collection as _op

        request = _op.build_request(collection_id=collection_id, username=username)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def share_collection_with_group(
        self,
        collection_id: str,
        group_id: str,
        *,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def share_collection_with_group(
        self,
        collection_id: str,
        group_id: str,
        *,
        body: ShareCollectionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def share_collection_with_group(
        self,
        collection_id: str,
        group_id: str,
        *,
        permissions: Any = UNSET,
        body: ShareCollectionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares a collection to a group.

        Shares a collection to a group. The permission attribute defines the level of access, and which
        group can access the collection, the collection_id attribute denotes the collection to be shared.
        """
        from . import share_collection_with_group as _op

        request = _op.build_request(
            collection_id=collection_id,
            group_id=group_id,
            body=_op.build_body(body, permissions=permissions),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unshare_collection_from_group(
        self,
        collection_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a collection to a user."""
        from . import unshare_collection_from_group as _op

        request = _op.build_request(collection_id=collection_id, group_id=group_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def unarchive_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Restores an archived collection to an active status."""
        from . import unarchive_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection_exempt_from_chat_expiry(
        self,
        collection_id: str,
        *,
        exempt: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_collection_exempt_from_chat_expiry(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionExemptFromChatExpiryRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_collection_exempt_from_chat_expiry(
        self,
        collection_id: str,
        *,
        exempt: Any = UNSET,
        body: UpdateCollectionExemptFromChatExpiryRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates the chat expiry exemption of a collection.

        Sets or unsets the exempt_from_chat_expiry flag for a collection.
        """
        from . import update_collection_exempt_from_chat_expiry as _op

        request = _op.build_request(
            collection_id=collection_id, body=_op.build_body(body, exempt=exempt)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection_privacy(
        self,
        collection_id: str,
        *,
        is_public: bool,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_collection_privacy(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionPrivacyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_collection_privacy(
        self,
        collection_id: str,
        *,
        is_public: Any = UNSET,
        permissions: Any = UNSET,
        body: UpdateCollectionPrivacyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates a flag specifying whether a collection is private or public."""
        from . import update_collection_privacy as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, is_public=is_public, permissions=permissions),
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def update_collection_workspace(
        self,
        collection_id: str,
        *,
        workspace: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def update_collection_workspace(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionWorkspaceRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def update_collection_workspace(
        self,
        collection_id: str,
        *,
        workspace: Any = UNSET,
        body: UpdateCollectionWorkspaceRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates the workspace associated with a collection.

        Updates the workspace associated with a collection as well as the chats belonging to the collection.
        """
        from . import update_collection_workspace as _op

        request = _op.build_request(
            collection_id=collection_id, body=_op.build_body(body, workspace=workspace)
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncCollections(AsyncResource):
    """The operations tagged collections (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncCollectionsWithRawResponse:
        return AsyncCollectionsWithRawResponse(self._requester)

    async def archive_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Archives a collection along with its associated data."""
        from . import archive_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_collections(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        current_user_only: bool | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Collection]:
        """List collections.

        List collections for a given user. If sort_column is not specified, the output is sorted by by last
        update time in descending order.
        """
        from . import list_collections as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            metadata_filter=metadata_filter,
            name_filter=name_filter,
            current_user_only=current_user_only,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_collections(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        name_filter: str | Unset = UNSET,
        current_user_only: bool | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[Collection]:
        """List collections.

        Every item of `list_collections`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_collections(
                sort_column=sort_column,
                ascending=ascending,
                metadata_filter=metadata_filter,
                name_filter=name_filter,
                current_user_only=current_user_only,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    @overload
    async def create_collection(
        self,
        *,
        name: str,
        description: str,
        embedding_model: str | Unset = UNSET,
        collection_settings: CollectionSettings | Unset | Mapping[str, Any] = UNSET,
        chat_settings: ChatSettings | Unset | Mapping[str, Any] = UNSET,
        expiry_date: datetime.datetime | Unset = UNSET,
        workspace: str | Unset = UNSET,
        vex_encryption: CollectionCreateRequestVexEncryption
        | UnknownEnumValue
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    @overload
    async def create_collection(
        self,
        *,
        body: CollectionCreateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    async def create_collection(
        self,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        embedding_model: Any = UNSET,
        collection_settings: Any = UNSET,
        chat_settings: Any = UNSET,
        expiry_date: Any = UNSET,
        workspace: Any = UNSET,
        vex_encryption: Any = UNSET,
        body: CollectionCreateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Create a Collection

        A Collection refers to a group of related Documents. A Collection lets a user aggregate documents in
        one location. A user can utilize Collections to group particular sets of material (documents) to
        explore individually through Chats utilizing a large language model (LLM).
        """
        from . import create_collection as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                name=name,
                description=description,
                embedding_model=embedding_model,
                collection_settings=collection_settings,
                chat_settings=chat_settings,
                expiry_date=expiry_date,
                workspace=workspace,
                vex_encryption=vex_encryption,
            )
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_delete_collection_job(
        self,
        *,
        collection_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_delete_collection_job(
        self,
        *,
        body: DeleteCollectionsJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_delete_collection_job(
        self,
        *,
        collection_ids: Any = UNSET,
        body: DeleteCollectionsJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to delete collections.

        Creates a job to delete collections with a given unique identifier.
        """
        from . import create_delete_collection_job as _op

        request = _op.build_request(
            body=_op.build_body(body, collection_ids=collection_ids)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_update_collection_thumbnail_job(
        self,
        collection_id: str,
        *,
        file: File | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_update_collection_thumbnail_job(
        self,
        collection_id: str,
        *,
        body: CreateUpdateCollectionThumbnailJobBody | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_update_collection_thumbnail_job(
        self,
        collection_id: str,
        *,
        file: Any = UNSET,
        body: CreateUpdateCollectionThumbnailJobBody
        | Mapping[str, Any]
        | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to update collection thumbnail.

        Creates a job to update a new thumbnail image for the collection.
        """
        from . import create_update_collection_thumbnail_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, file=file),
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def create_delete_collection_thumbnail_job(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to delete collection thumbnail.

        Creates a job to delete collection thumbnail image.
        """
        from . import create_delete_collection_thumbnail_job as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_delete_document_from_collection_job(
        self,
        collection_id: str,
        *,
        document_ids: list[str],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_delete_document_from_collection_job(
        self,
        collection_id: str,
        *,
        body: DeleteDocumentsJobRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_delete_document_from_collection_job(
        self,
        collection_id: str,
        *,
        document_ids: Any = UNSET,
        body: DeleteDocumentsJobRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to remove documents from the collection."""
        from . import create_delete_document_from_collection_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, document_ids=document_ids),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_import_collection_to_collection_job(
        self,
        collection_id: str,
        *,
        source_collection_id: str,
        migrate_scheduled_connectors: bool | Unset = UNSET,
        copy_lifecycle_settings: bool | Unset = UNSET,
        skip_reparse: bool | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        preserve_document_status: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_import_collection_to_collection_job(
        self,
        collection_id: str,
        *,
        body: CreateImportCollectionToCollectionJobRequest | Mapping[str, Any],
        migrate_scheduled_connectors: bool | Unset = UNSET,
        copy_lifecycle_settings: bool | Unset = UNSET,
        skip_reparse: bool | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        preserve_document_status: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_import_collection_to_collection_job(
        self,
        collection_id: str,
        *,
        source_collection_id: Any = UNSET,
        body: CreateImportCollectionToCollectionJobRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        migrate_scheduled_connectors: bool | Unset = UNSET,
        copy_lifecycle_settings: bool | Unset = UNSET,
        skip_reparse: bool | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        preserve_document_status: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to import collection to the collection."""
        from . import create_import_collection_to_collection_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, source_collection_id=source_collection_id),
            migrate_scheduled_connectors=migrate_scheduled_connectors,
            copy_lifecycle_settings=copy_lifecycle_settings,
            skip_reparse=skip_reparse,
            copy_document=copy_document,
            preserve_document_status=preserve_document_status,
            preserve_metadata=preserve_metadata,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_insert_document_to_collection_job(
        self,
        collection_id: str,
        *,
        document_id: str,
        copy_document: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_insert_document_to_collection_job(
        self,
        collection_id: str,
        *,
        body: CreateInsertDocumentToCollectionJobRequest | Mapping[str, Any],
        copy_document: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_insert_document_to_collection_job(
        self,
        collection_id: str,
        *,
        document_id: Any = UNSET,
        body: CreateInsertDocumentToCollectionJobRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates job to insert document to the collection."""
        from . import create_insert_document_to_collection_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, document_id=document_id),
            copy_document=copy_document,
            preserve_metadata=preserve_metadata,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_migrate_collection_chat_sessions_job(
        self,
        collection_id: str,
        *,
        target_collection_id: str,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_migrate_collection_chat_sessions_job(
        self,
        collection_id: str,
        *,
        body: MigrateCollectionChatSessionsJobRequest | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_migrate_collection_chat_sessions_job(
        self,
        collection_id: str,
        *,
        target_collection_id: Any = UNSET,
        body: MigrateCollectionChatSessionsJobRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to migrate all chat sessions from one collection to another.

        Creates a job to migrate all chat sessions from the source collection (specified in path) to the
        destination collection (specified in request body). Only the collection owner can perform this
        operation.
        """
        from . import create_migrate_collection_chat_sessions_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, target_collection_id=target_collection_id),
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Get a Collection

        A user can obtain a Collection by specifying its ID.
        """
        from . import get_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_collection(
        self,
        collection_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes collection.

        Deletes collection with a given unique identifier.
        """
        from . import delete_collection as _op

        request = _op.build_request(collection_id=collection_id, timeout=timeout)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection(
        self,
        collection_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        rag_type: CollectionUpdateRequestRagType | UnknownEnumValue | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    @overload
    async def update_collection(
        self,
        collection_id: str,
        *,
        body: CollectionUpdateRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    async def update_collection(
        self,
        collection_id: str,
        *,
        name: Any = UNSET,
        description: Any = UNSET,
        rag_type: Any = UNSET,
        body: CollectionUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Updates attributes of an existing collection.

        Updates of an existing collection, particularly name and description.
        """
        from . import update_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body, name=name, description=description, rag_type=rag_type
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection_expiry_date(
        self,
        collection_id: str,
        *,
        expiry_date: str,
        timezone: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_collection_expiry_date(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionExpiryRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_collection_expiry_date(
        self,
        collection_id: str,
        *,
        expiry_date: Any = UNSET,
        timezone: Any = UNSET,
        body: UpdateCollectionExpiryRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates an expiry date of a collection."""
        from . import update_collection_expiry_date as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, expiry_date=expiry_date, timezone=timezone),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_collection_expiry_date(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes an expiry date from a collection."""
        from . import delete_collection_expiry_date as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection_inactivity_interval(
        self,
        collection_id: str,
        *,
        inactivity_interval: int,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_collection_inactivity_interval(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionInactivityIntervalRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_collection_inactivity_interval(
        self,
        collection_id: str,
        *,
        inactivity_interval: Any = UNSET,
        body: UpdateCollectionInactivityIntervalRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates an inactivity interval of a collection."""
        from . import update_collection_inactivity_interval as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, inactivity_interval=inactivity_interval),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_collection_inactivity_interval(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes an inactivity interval from the collection."""
        from . import delete_collection_inactivity_interval as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection_prompt_template(
        self,
        collection_id: str,
        *,
        prompt_template_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    @overload
    async def update_collection_prompt_template(
        self,
        collection_id: str,
        *,
        body: PromptTemplateChangeRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection: ...

    async def update_collection_prompt_template(
        self,
        collection_id: str,
        *,
        prompt_template_id: Any = UNSET,
        body: PromptTemplateChangeRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Updates a prompt template reference of a collection."""
        from . import update_collection_prompt_template as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, prompt_template_id=prompt_template_id),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_collection_prompt_template(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Collection:
        """Removes a prompt template reference from the collection."""
        from . import delete_collection_prompt_template as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection_thumbnail(
        self,
        collection_id: str,
        *,
        file: File | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_collection_thumbnail(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionThumbnailBody | Mapping[str, Any],
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_collection_thumbnail(
        self,
        collection_id: str,
        *,
        file: Any = UNSET,
        body: UpdateCollectionThumbnailBody | Mapping[str, Any] | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates collection thumbnail.

        Uploads a new thumbnail image for the collection.
        """
        from . import update_collection_thumbnail as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, file=file),
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_collection_thumbnail(
        self,
        collection_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Deletes collection thumbnail.

        Deletes collection thumbnail image.
        """
        from . import delete_collection_thumbnail as _op

        request = _op.build_request(collection_id=collection_id, timeout=timeout)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def insert_document_into_collection(
        self,
        collection_id: str,
        document_id: str,
        *,
        copy_document: bool | Unset = UNSET,
        preserve_metadata: bool | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Import an already stored document to an existing collection."""
        from . import insert_document_into_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            document_id=document_id,
            copy_document=copy_document,
            preserve_metadata=preserve_metadata,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def delete_document_from_collection(
        self,
        collection_id: str,
        document_id: str,
        *,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes the document from the collection."""
        from . import delete_document_from_collection as _op

        request = _op.build_request(
            collection_id=collection_id, document_id=document_id, timeout=timeout
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_chat_session_count_for_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of chat sessions with the collection."""
        from . import get_chat_session_count_for_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection_chat_settings(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> ChatSettings:
        """Fetches collection chat settings.

        Returns details of collection chat settings
        """
        from . import get_collection_chat_settings as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection_chat_settings(
        self,
        collection_id: str,
        *,
        llm: str | Unset = UNSET,
        llm_args: ChatSettingsLlmArgs | Unset | Mapping[str, Any] = UNSET,
        self_reflection_config: ChatSettingsSelfReflectionConfig
        | Unset
        | Mapping[str, Any] = UNSET,
        rag_config: ChatSettingsRagConfig | Unset | Mapping[str, Any] = UNSET,
        include_chat_history: ChatSettingsIncludeChatHistory
        | UnknownEnumValue
        | Unset = UNSET,
        tags: list[str] | TagFilter | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_collection_chat_settings(
        self,
        collection_id: str,
        *,
        body: ChatSettings | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_collection_chat_settings(
        self,
        collection_id: str,
        *,
        llm: Any = UNSET,
        llm_args: Any = UNSET,
        self_reflection_config: Any = UNSET,
        rag_config: Any = UNSET,
        include_chat_history: Any = UNSET,
        tags: Any = UNSET,
        body: ChatSettings | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates collection chat settings.

        Recreates entire chat settings on the collection.
        """
        from . import update_collection_chat_settings as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body,
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

    async def get_collection_chunks(
        self,
        collection_id: str,
        chunk_ids: list[int],
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Chunk]:
        """Returns specific chunks in a collection."""
        from . import get_collection_chunks as _op

        request = _op.build_request(collection_id=collection_id, chunk_ids=chunk_ids)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection_count(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of collections."""
        from . import get_collection_count as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection_group_permissions(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[GroupSharePermission]:
        """Returns a list of group access permissions for a given collection.

        The returned list of group permissions denoting which groups have access to the collection.
        """
        from . import get_collection_group_permissions as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection_metadata(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> GetCollectionMetadataResponse200:
        """Fetches collection metadata.

        Returns details of collection metadata.
        """
        from . import get_collection_metadata as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def update_collection_metadata(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionMetadataBody | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates collection metadata.

        Recreates entire metadata of the collection.
        """
        from . import update_collection_metadata as _op

        request = _op.build_request(collection_id=collection_id, body=body)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection_permissions(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SharePermission]:
        """Returns a list of access permissions for a given collection.

        The returned list of permissions denotes who has access to the collection.
        """
        from . import get_collection_permissions as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_collection_for_all(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a collection to all other users except the original owner."""
        from . import unshare_collection_for_all as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_collection_settings(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CollectionSettings:
        """Fetches collection settings.

        Returns details of collection settings
        """
        from . import get_collection_settings as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection_settings(
        self,
        collection_id: str,
        *,
        max_tokens_per_chunk: int | Unset = UNSET,
        chunk_overlap_tokens: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: CollectionSettingsIngestMode | UnknownEnumValue | Unset = UNSET,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        root_dir: str | Unset = UNSET,
        copy_document: bool | Unset = UNSET,
        guardrails_settings: GuardrailsSettings | Unset | Mapping[str, Any] = UNSET,
        expiry_timezone: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_collection_settings(
        self,
        collection_id: str,
        *,
        body: CollectionSettings | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_collection_settings(
        self,
        collection_id: str,
        *,
        max_tokens_per_chunk: Any = UNSET,
        chunk_overlap_tokens: Any = UNSET,
        gen_doc_summaries: Any = UNSET,
        gen_doc_questions: Any = UNSET,
        audio_input_language: Any = UNSET,
        ocr_model: Any = UNSET,
        tesseract_lang: Any = UNSET,
        keep_tables_as_one_chunk: Any = UNSET,
        chunk_by_page: Any = UNSET,
        handwriting_check: Any = UNSET,
        ingest_mode: Any = UNSET,
        follow_links: Any = UNSET,
        max_depth: Any = UNSET,
        max_documents: Any = UNSET,
        root_dir: Any = UNSET,
        copy_document: Any = UNSET,
        guardrails_settings: Any = UNSET,
        expiry_timezone: Any = UNSET,
        body: CollectionSettings | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates collection settings.

        Recreates entire settings on the collection.
        """
        from . import update_collection_settings as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body,
                max_tokens_per_chunk=max_tokens_per_chunk,
                chunk_overlap_tokens=chunk_overlap_tokens,
                gen_doc_summaries=gen_doc_summaries,
                gen_doc_questions=gen_doc_questions,
                audio_input_language=audio_input_language,
                ocr_model=ocr_model,
                tesseract_lang=tesseract_lang,
                keep_tables_as_one_chunk=keep_tables_as_one_chunk,
                chunk_by_page=chunk_by_page,
                handwriting_check=handwriting_check,
                ingest_mode=ingest_mode,
                follow_links=follow_links,
                max_depth=max_depth,
                max_documents=max_documents,
                root_dir=root_dir,
                copy_document=copy_document,
                guardrails_settings=guardrails_settings,
                expiry_timezone=expiry_timezone,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def get_document_count_for_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Count:
        """Counts a number of documents in the collection."""
        from . import get_document_count_for_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_all_collections(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        filter_: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Collection]:
        """Fetches all users' collection metadata sorted by last update time by default.

        Fetches all users' collection metadata sorted by last update time by default. This is for admin use
        only and includes private, public, and shared collections in the result.
        """
        from . import list_all_collections as _op

        request = _op.build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            filter_=filter_,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_all_collections(
        self,
        *,
        sort_column: str | Unset = UNSET,
        ascending: bool | Unset = UNSET,
        filter_: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[Collection]:
        """Fetches all users' collection metadata sorted by last update time by default.

        Every item of `list_all_collections`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_all_collections(
                sort_column=sort_column,
                ascending=ascending,
                filter_=filter_,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def list_chat_sessions_for_collection(
        self,
        collection_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        username: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChatSession]:
        """List chat sessions for a given collection."""
        from . import list_chat_sessions_for_collection as _op

        request = _op.build_request(
            collection_id=collection_id, offset=offset, limit=limit, username=username
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_chat_sessions_for_collection(
        self,
        collection_id: str,
        *,
        username: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[ChatSession]:
        """List chat sessions for a given collection.

        Every item of `list_chat_sessions_for_collection`, fetched `page_size` at a time as the iteration
        goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_chat_sessions_for_collection(
                collection_id,
                username=username,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def list_collection_public_permissions(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[str]:
        """Returns the public permissions for a given collection.

        Returns the list of public permissions for a collection. Returns an empty array if the collection is
        not public or has no permissions.
        """
        from . import list_collection_public_permissions as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_documents_for_collection(
        self,
        collection_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        metadata_filter: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[Document]:
        """List a Collection's documents

        A user can list a Collection's documents.
        """
        from . import list_documents_for_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            offset=offset,
            limit=limit,
            metadata_filter=metadata_filter,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    def iter_documents_for_collection(
        self,
        collection_id: str,
        *,
        metadata_filter: str | Unset = UNSET,
        page_size: int = 100,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncIterator[Document]:
        """List a Collection's documents

        Every item of `list_documents_for_collection`, fetched `page_size` at a time as the iteration goes.
        """
        return self._requester.paginate(
            lambda offset, limit: self.list_documents_for_collection(
                collection_id,
                metadata_filter=metadata_filter,
                offset=offset,
                limit=limit,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            page_size,
        )

    async def list_questions_for_collection(
        self,
        collection_id: str,
        *,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[SuggestedQuestion]:
        """List suggested questions for a given collection."""
        from . import list_questions_for_collection as _op

        request = _op.build_request(collection_id=collection_id, limit=limit)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def list_scheduled_connectors_for_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ScheduledConnectorDetails]:
        """List scheduled connectors for a collection

        Returns a list of all scheduled connectors configured for the specified collection.
        """
        from . import list_scheduled_connectors_for_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def match_collection_chunks(
        self,
        collection_id: str,
        *,
        vectors: list[list[float]],
        topics: list[str],
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        cut_off: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]: ...

    @overload
    async def match_collection_chunks(
        self,
        collection_id: str,
        *,
        body: MatchCollectionChunksRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]: ...

    async def match_collection_chunks(
        self,
        collection_id: str,
        *,
        vectors: Any = UNSET,
        topics: Any = UNSET,
        offset: Any = UNSET,
        limit: Any = UNSET,
        cut_off: Any = UNSET,
        body: MatchCollectionChunksRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]:
        """Finds chunks related to a message using semantic search.

        Finds chunks related to a message using semantic search. Chunks are sorted by relevance and
        similarity score to the message.
        """
        from . import match_collection_chunks as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body,
                vectors=vectors,
                topics=topics,
                offset=offset,
                limit=limit,
                cut_off=cut_off,
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def migrate_scheduled_connectors_to_collection(
        self,
        collection_id: str,
        *,
        src_collection_id: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def migrate_scheduled_connectors_to_collection(
        self,
        collection_id: str,
        *,
        body: MigrateScheduledConnectorsToCollectionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def migrate_scheduled_connectors_to_collection(
        self,
        collection_id: str,
        *,
        src_collection_id: Any = UNSET,
        body: MigrateScheduledConnectorsToCollectionRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Migrate scheduled connectors from another collection

        Moves all scheduled connectors from a source collection to the target collection. The source
        collection will have no scheduled connectors after this operation. Both collections must be owned by
        the same user.
        """
        from . import migrate_scheduled_connectors_to_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, src_collection_id=src_collection_id),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def set_collection_size_limit(
        self,
        collection_id: str,
        *,
        size_limit: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def set_collection_size_limit(
        self,
        collection_id: str,
        *,
        body: SetCollectionSizeLimitRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def set_collection_size_limit(
        self,
        collection_id: str,
        *,
        size_limit: Any = UNSET,
        body: SetCollectionSizeLimitRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Sets a maximum limit on the total size of documents (sum) added to a collection.

        Sets a maximum limit on the total size of documents (sum) added to a collection. The limit is
        measured in bytes.
        """
        from . import set_collection_size_limit as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, size_limit=size_limit),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def remove_collection_size_limit(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes a size limit for a collection."""
        from . import remove_collection_size_limit as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def reset_all_collection_expirations(
        self,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Reset all collection expiry dates and inactivity intervals that have been set.

        Reset any expiry dates and inactivity intervals that have been set for all collections (admin only).
        This will also reset any archived collections back to active.
        """
        from . import reset_all_collection_expirations as _op

        request = _op.build_request()
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def reset_collection_prompt_settings(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Resets the prompt settings for a given collection."""
        from . import reset_collection_prompt_settings as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def search_collection_chunks(
        self,
        collection_id: str,
        *,
        query: str,
        topics: list[str],
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]: ...

    @overload
    async def search_collection_chunks(
        self,
        collection_id: str,
        *,
        body: SearchCollectionChunksRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]: ...

    async def search_collection_chunks(
        self,
        collection_id: str,
        *,
        query: Any = UNSET,
        topics: Any = UNSET,
        offset: Any = UNSET,
        limit: Any = UNSET,
        body: SearchCollectionChunksRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> list[ChunkSearchResult]:
        """Finds chunks related to a message using lexical search.

        Finds chunks related to a message using lexical search. Chunks are sorted by relevance and
        similarity score to the message.
        """
        from . import search_collection_chunks as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(
                body, query=query, topics=topics, offset=offset, limit=limit
            ),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def share_collection(
        self,
        collection_id: str,
        username: str,
        *,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def share_collection(
        self,
        collection_id: str,
        username: str,
        *,
        body: ShareCollectionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def share_collection(
        self,
        collection_id: str,
        username: str,
        *,
        permissions: Any = UNSET,
        body: ShareCollectionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares a collection to a user.

        Shares a collection template to a user.
        """
        from . import share_collection as _op

        request = _op.build_request(
            collection_id=collection_id,
            username=username,
            body=_op.build_body(body, permissions=permissions),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_collection(
        self,
        collection_id: str,
        username: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a collection to a user."""
        from . import unshare_collection as _op

        request = _op.build_request(collection_id=collection_id, username=username)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def share_collection_with_group(
        self,
        collection_id: str,
        group_id: str,
        *,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def share_collection_with_group(
        self,
        collection_id: str,
        group_id: str,
        *,
        body: ShareCollectionRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def share_collection_with_group(
        self,
        collection_id: str,
        group_id: str,
        *,
        permissions: Any = UNSET,
        body: ShareCollectionRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Shares a collection to a group.

        Shares a collection to a group. The permission attribute defines the level of access, and which
        group can access the collection, the collection_id attribute denotes the collection to be shared.
        """
        from . import share_collection_with_group as _op

        request = _op.build_request(
            collection_id=collection_id,
            group_id=group_id,
            body=_op.build_body(body, permissions=permissions),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unshare_collection_from_group(
        self,
        collection_id: str,
        group_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Removes sharing of a collection to a user."""
        from . import unshare_collection_from_group as _op

        request = _op.build_request(collection_id=collection_id, group_id=group_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def unarchive_collection(
        self,
        collection_id: str,
        *,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Restores an archived collection to an active status."""
        from . import unarchive_collection as _op

        request = _op.build_request(collection_id=collection_id)
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection_exempt_from_chat_expiry(
        self,
        collection_id: str,
        *,
        exempt: bool,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_collection_exempt_from_chat_expiry(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionExemptFromChatExpiryRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_collection_exempt_from_chat_expiry(
        self,
        collection_id: str,
        *,
        exempt: Any = UNSET,
        body: UpdateCollectionExemptFromChatExpiryRequest
        | Mapping[str, Any]
        | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates the chat expiry exemption of a collection.

        Sets or unsets the exempt_from_chat_expiry flag for a collection.
        """
        from . import update_collection_exempt_from_chat_expiry as _op

        request = _op.build_request(
            collection_id=collection_id, body=_op.build_body(body, exempt=exempt)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection_privacy(
        self,
        collection_id: str,
        *,
        is_public: bool,
        permissions: list[str] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_collection_privacy(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionPrivacyRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_collection_privacy(
        self,
        collection_id: str,
        *,
        is_public: Any = UNSET,
        permissions: Any = UNSET,
        body: UpdateCollectionPrivacyRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates a flag specifying whether a collection is private or public."""
        from . import update_collection_privacy as _op

        request = _op.build_request(
            collection_id=collection_id,
            body=_op.build_body(body, is_public=is_public, permissions=permissions),
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def update_collection_workspace(
        self,
        collection_id: str,
        *,
        workspace: str,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def update_collection_workspace(
        self,
        collection_id: str,
        *,
        body: UpdateCollectionWorkspaceRequest | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def update_collection_workspace(
        self,
        collection_id: str,
        *,
        workspace: Any = UNSET,
        body: UpdateCollectionWorkspaceRequest | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Updates the workspace associated with a collection.

        Updates the workspace associated with a collection as well as the chats belonging to the collection.
        """
        from . import update_collection_workspace as _op

        request = _op.build_request(
            collection_id=collection_id, body=_op.build_body(body, workspace=workspace)
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class CollectionsWithRawResponse(SyncRawResource):
    """The operations of `Collections`, each returning the whole `Response` (status_code, headers, parsed)."""

    archive_collection = raw_response(Collections.archive_collection)
    list_collections = raw_response(Collections.list_collections)
    create_collection = raw_response(Collections.create_collection)
    create_delete_collection_job = raw_response(
        Collections.create_delete_collection_job
    )
    create_update_collection_thumbnail_job = raw_response(
        Collections.create_update_collection_thumbnail_job
    )
    create_delete_collection_thumbnail_job = raw_response(
        Collections.create_delete_collection_thumbnail_job
    )
    create_delete_document_from_collection_job = raw_response(
        Collections.create_delete_document_from_collection_job
    )
    create_import_collection_to_collection_job = raw_response(
        Collections.create_import_collection_to_collection_job
    )
    create_insert_document_to_collection_job = raw_response(
        Collections.create_insert_document_to_collection_job
    )
    create_migrate_collection_chat_sessions_job = raw_response(
        Collections.create_migrate_collection_chat_sessions_job
    )
    get_collection = raw_response(Collections.get_collection)
    delete_collection = raw_response(Collections.delete_collection)
    update_collection = raw_response(Collections.update_collection)
    update_collection_expiry_date = raw_response(
        Collections.update_collection_expiry_date
    )
    delete_collection_expiry_date = raw_response(
        Collections.delete_collection_expiry_date
    )
    update_collection_inactivity_interval = raw_response(
        Collections.update_collection_inactivity_interval
    )
    delete_collection_inactivity_interval = raw_response(
        Collections.delete_collection_inactivity_interval
    )
    update_collection_prompt_template = raw_response(
        Collections.update_collection_prompt_template
    )
    delete_collection_prompt_template = raw_response(
        Collections.delete_collection_prompt_template
    )
    update_collection_thumbnail = raw_response(Collections.update_collection_thumbnail)
    delete_collection_thumbnail = raw_response(Collections.delete_collection_thumbnail)
    insert_document_into_collection = raw_response(
        Collections.insert_document_into_collection
    )
    delete_document_from_collection = raw_response(
        Collections.delete_document_from_collection
    )
    get_chat_session_count_for_collection = raw_response(
        Collections.get_chat_session_count_for_collection
    )
    get_collection_chat_settings = raw_response(
        Collections.get_collection_chat_settings
    )
    update_collection_chat_settings = raw_response(
        Collections.update_collection_chat_settings
    )
    get_collection_chunks = raw_response(Collections.get_collection_chunks)
    get_collection_count = raw_response(Collections.get_collection_count)
    get_collection_group_permissions = raw_response(
        Collections.get_collection_group_permissions
    )
    get_collection_metadata = raw_response(Collections.get_collection_metadata)
    update_collection_metadata = raw_response(Collections.update_collection_metadata)
    get_collection_permissions = raw_response(Collections.get_collection_permissions)
    unshare_collection_for_all = raw_response(Collections.unshare_collection_for_all)
    get_collection_settings = raw_response(Collections.get_collection_settings)
    update_collection_settings = raw_response(Collections.update_collection_settings)
    get_document_count_for_collection = raw_response(
        Collections.get_document_count_for_collection
    )
    list_all_collections = raw_response(Collections.list_all_collections)
    list_chat_sessions_for_collection = raw_response(
        Collections.list_chat_sessions_for_collection
    )
    list_collection_public_permissions = raw_response(
        Collections.list_collection_public_permissions
    )
    list_documents_for_collection = raw_response(
        Collections.list_documents_for_collection
    )
    list_questions_for_collection = raw_response(
        Collections.list_questions_for_collection
    )
    list_scheduled_connectors_for_collection = raw_response(
        Collections.list_scheduled_connectors_for_collection
    )
    match_collection_chunks = raw_response(Collections.match_collection_chunks)
    migrate_scheduled_connectors_to_collection = raw_response(
        Collections.migrate_scheduled_connectors_to_collection
    )
    set_collection_size_limit = raw_response(Collections.set_collection_size_limit)
    remove_collection_size_limit = raw_response(
        Collections.remove_collection_size_limit
    )
    reset_all_collection_expirations = raw_response(
        Collections.reset_all_collection_expirations
    )
    reset_collection_prompt_settings = raw_response(
        Collections.reset_collection_prompt_settings
    )
    search_collection_chunks = raw_response(Collections.search_collection_chunks)
    share_collection = raw_response(Collections.share_collection)
    unshare_collection = raw_response(Collections.unshare_collection)
    share_collection_with_group = raw_response(Collections.share_collection_with_group)
    unshare_collection_from_group = raw_response(
        Collections.unshare_collection_from_group
    )
    unarchive_collection = raw_response(Collections.unarchive_collection)
    update_collection_exempt_from_chat_expiry = raw_response(
        Collections.update_collection_exempt_from_chat_expiry
    )
    update_collection_privacy = raw_response(Collections.update_collection_privacy)
    update_collection_workspace = raw_response(Collections.update_collection_workspace)


class AsyncCollectionsWithRawResponse(AsyncRawResource):
    """The operations of `AsyncCollections`, each returning the whole `Response` (status_code, headers, parsed)."""

    archive_collection = async_raw_response(AsyncCollections.archive_collection)
    list_collections = async_raw_response(AsyncCollections.list_collections)
    create_collection = async_raw_response(AsyncCollections.create_collection)
    create_delete_collection_job = async_raw_response(
        AsyncCollections.create_delete_collection_job
    )
    create_update_collection_thumbnail_job = async_raw_response(
        AsyncCollections.create_update_collection_thumbnail_job
    )
    create_delete_collection_thumbnail_job = async_raw_response(
        AsyncCollections.create_delete_collection_thumbnail_job
    )
    create_delete_document_from_collection_job = async_raw_response(
        AsyncCollections.create_delete_document_from_collection_job
    )
    create_import_collection_to_collection_job = async_raw_response(
        AsyncCollections.create_import_collection_to_collection_job
    )
    create_insert_document_to_collection_job = async_raw_response(
        AsyncCollections.create_insert_document_to_collection_job
    )
    create_migrate_collection_chat_sessions_job = async_raw_response(
        AsyncCollections.create_migrate_collection_chat_sessions_job
    )
    get_collection = async_raw_response(AsyncCollections.get_collection)
    delete_collection = async_raw_response(AsyncCollections.delete_collection)
    update_collection = async_raw_response(AsyncCollections.update_collection)
    update_collection_expiry_date = async_raw_response(
        AsyncCollections.update_collection_expiry_date
    )
    delete_collection_expiry_date = async_raw_response(
        AsyncCollections.delete_collection_expiry_date
    )
    update_collection_inactivity_interval = async_raw_response(
        AsyncCollections.update_collection_inactivity_interval
    )
    delete_collection_inactivity_interval = async_raw_response(
        AsyncCollections.delete_collection_inactivity_interval
    )
    update_collection_prompt_template = async_raw_response(
        AsyncCollections.update_collection_prompt_template
    )
    delete_collection_prompt_template = async_raw_response(
        AsyncCollections.delete_collection_prompt_template
    )
    update_collection_thumbnail = async_raw_response(
        AsyncCollections.update_collection_thumbnail
    )
    delete_collection_thumbnail = async_raw_response(
        AsyncCollections.delete_collection_thumbnail
    )
    insert_document_into_collection = async_raw_response(
        AsyncCollections.insert_document_into_collection
    )
    delete_document_from_collection = async_raw_response(
        AsyncCollections.delete_document_from_collection
    )
    get_chat_session_count_for_collection = async_raw_response(
        AsyncCollections.get_chat_session_count_for_collection
    )
    get_collection_chat_settings = async_raw_response(
        AsyncCollections.get_collection_chat_settings
    )
    update_collection_chat_settings = async_raw_response(
        AsyncCollections.update_collection_chat_settings
    )
    get_collection_chunks = async_raw_response(AsyncCollections.get_collection_chunks)
    get_collection_count = async_raw_response(AsyncCollections.get_collection_count)
    get_collection_group_permissions = async_raw_response(
        AsyncCollections.get_collection_group_permissions
    )
    get_collection_metadata = async_raw_response(
        AsyncCollections.get_collection_metadata
    )
    update_collection_metadata = async_raw_response(
        AsyncCollections.update_collection_metadata
    )
    get_collection_permissions = async_raw_response(
        AsyncCollections.get_collection_permissions
    )
    unshare_collection_for_all = async_raw_response(
        AsyncCollections.unshare_collection_for_all
    )
    get_collection_settings = async_raw_response(
        AsyncCollections.get_collection_settings
    )
    update_collection_settings = async_raw_response(
        AsyncCollections.update_collection_settings
    )
    get_document_count_for_collection = async_raw_response(
        AsyncCollections.get_document_count_for_collection
    )
    list_all_collections = async_raw_response(AsyncCollections.list_all_collections)
    list_chat_sessions_for_collection = async_raw_response(
        AsyncCollections.list_chat_sessions_for_collection
    )
    list_collection_public_permissions = async_raw_response(
        AsyncCollections.list_collection_public_permissions
    )
    list_documents_for_collection = async_raw_response(
        AsyncCollections.list_documents_for_collection
    )
    list_questions_for_collection = async_raw_response(
        AsyncCollections.list_questions_for_collection
    )
    list_scheduled_connectors_for_collection = async_raw_response(
        AsyncCollections.list_scheduled_connectors_for_collection
    )
    match_collection_chunks = async_raw_response(
        AsyncCollections.match_collection_chunks
    )
    migrate_scheduled_connectors_to_collection = async_raw_response(
        AsyncCollections.migrate_scheduled_connectors_to_collection
    )
    set_collection_size_limit = async_raw_response(
        AsyncCollections.set_collection_size_limit
    )
    remove_collection_size_limit = async_raw_response(
        AsyncCollections.remove_collection_size_limit
    )
    reset_all_collection_expirations = async_raw_response(
        AsyncCollections.reset_all_collection_expirations
    )
    reset_collection_prompt_settings = async_raw_response(
        AsyncCollections.reset_collection_prompt_settings
    )
    search_collection_chunks = async_raw_response(
        AsyncCollections.search_collection_chunks
    )
    share_collection = async_raw_response(AsyncCollections.share_collection)
    unshare_collection = async_raw_response(AsyncCollections.unshare_collection)
    share_collection_with_group = async_raw_response(
        AsyncCollections.share_collection_with_group
    )
    unshare_collection_from_group = async_raw_response(
        AsyncCollections.unshare_collection_from_group
    )
    unarchive_collection = async_raw_response(AsyncCollections.unarchive_collection)
    update_collection_exempt_from_chat_expiry = async_raw_response(
        AsyncCollections.update_collection_exempt_from_chat_expiry
    )
    update_collection_privacy = async_raw_response(
        AsyncCollections.update_collection_privacy
    )
    update_collection_workspace = async_raw_response(
        AsyncCollections.update_collection_workspace
    )


__all__ = [
    "AsyncCollections",
    "AsyncCollectionsWithRawResponse",
    "Collections",
    "CollectionsWithRawResponse",
]
