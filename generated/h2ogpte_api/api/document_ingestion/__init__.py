"""The operations tagged document_ingestion: `client.document_ingestion` is a `DocumentIngestion` (an `AsyncDocumentIngestion` on an async client).

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
    from ...models.azure_credentials import AzureCredentials
    from ...models.confluence_credentials import ConfluenceCredentials
    from ...models.endpoint_error import EndpointError
    from ...models.gcs_credentials import GCSCredentials
    from ...models.ingest_from_azure_blob_storage_body import (
        IngestFromAzureBlobStorageBody,
    )
    from ...models.ingest_from_azure_blob_storage_body_metadata import (
        IngestFromAzureBlobStorageBodyMetadata,
    )
    from ...models.ingest_from_confluence_body import IngestFromConfluenceBody
    from ...models.ingest_from_confluence_body_metadata import (
        IngestFromConfluenceBodyMetadata,
    )
    from ...models.ingest_from_file_system_body import IngestFromFileSystemBody
    from ...models.ingest_from_gcs_body import IngestFromGcsBody
    from ...models.ingest_from_gcs_body_metadata import IngestFromGcsBodyMetadata
    from ...models.ingest_from_s3_body import IngestFromS3Body
    from ...models.ingest_from_s3_body_metadata import IngestFromS3BodyMetadata
    from ...models.ingest_from_sharepoint_online_body import (
        IngestFromSharepointOnlineBody,
    )
    from ...models.ingest_from_sharepoint_online_body_metadata import (
        IngestFromSharepointOnlineBodyMetadata,
    )
    from ...models.ingest_from_website_body import IngestFromWebsiteBody
    from ...models.ingest_upload_body import IngestUploadBody
    from ...models.ingest_upload_body_metadata import IngestUploadBodyMetadata
    from ...models.job_details import JobDetails
    from ...models.s3_credentials import S3Credentials
    from ...models.sharepoint_ingestion_entry import SharepointIngestionEntry
    from ...models.sharepoint_online_credentials import SharepointOnlineCredentials
    from ...models.upload_file_body import UploadFileBody
    from ...models.uploaded_file import UploadedFile
    from ...types import File, FileTypes

    pass


class DocumentIngestion(SyncResource):
    """The operations tagged document_ingestion; `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> DocumentIngestionWithRawResponse:
        return DocumentIngestionWithRawResponse(self._requester)

    def create_ingest_agent_only_to_standard_job(
        self,
        *,
        collection_id: str,
        document_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to parse files uploaded in "agent_only" ingest mode."""
        from . import create_ingest_agent_only_to_standard_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            document_id=document_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            restricted=restricted,
            permissions=permissions,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_ingest_from_azure_blob_storage_job(
        self,
        *,
        container: str,
        paths: list[str],
        account_name: str,
        credentials: AzureCredentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromAzureBlobStorageBodyMetadata
        | Unset
        | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    def create_ingest_from_azure_blob_storage_job(
        self,
        *,
        body: IngestFromAzureBlobStorageBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    def create_ingest_from_azure_blob_storage_job(
        self,
        *,
        container: Any = UNSET,
        paths: Any = UNSET,
        account_name: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromAzureBlobStorageBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from the Azure Blob Storage into a collection."""
        from . import create_ingest_from_azure_blob_storage_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                container=container,
                paths=paths,
                account_name=account_name,
                credentials=credentials,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def create_ingest_from_confluence_job(
        self,
        *,
        base_url: str,
        page_ids: list[str],
        credentials: ConfluenceCredentials | Mapping[str, Any],
        include_attachments: bool | Unset = UNSET,
        metadata: IngestFromConfluenceBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    def create_ingest_from_confluence_job(
        self,
        *,
        body: IngestFromConfluenceBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    def create_ingest_from_confluence_job(
        self,
        *,
        base_url: Any = UNSET,
        page_ids: Any = UNSET,
        credentials: Any = UNSET,
        include_attachments: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromConfluenceBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to ingest confluence pages into collection.

        Creates a job to confluence pages into collection. If an ingested page has sub-pages, the subpages
        are also ingested.
        """
        from . import create_ingest_from_confluence_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                base_url=base_url,
                page_ids=page_ids,
                credentials=credentials,
                include_attachments=include_attachments,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def create_ingest_from_file_system_job(
        self,
        *,
        root_dir: str,
        glob: str,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    def create_ingest_from_file_system_job(
        self,
        *,
        body: IngestFromFileSystemBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    def create_ingest_from_file_system_job(
        self,
        *,
        root_dir: Any = UNSET,
        glob: Any = UNSET,
        body: IngestFromFileSystemBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from the local system into a collection."""
        from . import create_ingest_from_file_system_job as _op

        request = _op.build_request(
            body=_op.build_body(body, root_dir=root_dir, glob=glob),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def create_ingest_from_gcs_job(
        self,
        *,
        urls: list[str],
        credentials: GCSCredentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromGcsBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    def create_ingest_from_gcs_job(
        self,
        *,
        body: IngestFromGcsBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    def create_ingest_from_gcs_job(
        self,
        *,
        urls: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromGcsBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from the Google Cloud Storage into a collection."""
        from . import create_ingest_from_gcs_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body, urls=urls, credentials=credentials, metadata=metadata
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def create_ingest_from_plain_text_job(
        self,
        *,
        body: str,
        collection_id: str,
        file_name: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        metadata: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to add plain text to a collection."""
        from . import create_ingest_from_plain_text_job as _op

        request = _op.build_request(
            body=body,
            collection_id=collection_id,
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            metadata=metadata,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def create_ingest_from_s3_job(
        self,
        *,
        urls: list[str],
        region: str | Unset = UNSET,
        credentials: S3Credentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromS3BodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    def create_ingest_from_s3_job(
        self,
        *,
        body: IngestFromS3Body | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    def create_ingest_from_s3_job(
        self,
        *,
        urls: Any = UNSET,
        region: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromS3Body | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from the AWS S3 storage into a collection."""
        from . import create_ingest_from_s3_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                urls=urls,
                region=region,
                credentials=credentials,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def create_ingest_from_sharepoint_online_job(
        self,
        *,
        entries: list[SharepointIngestionEntry],
        credentials: SharepointOnlineCredentials | Mapping[str, Any],
        metadata: IngestFromSharepointOnlineBodyMetadata
        | Unset
        | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    def create_ingest_from_sharepoint_online_job(
        self,
        *,
        body: IngestFromSharepointOnlineBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    def create_ingest_from_sharepoint_online_job(
        self,
        *,
        entries: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromSharepointOnlineBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from SharePoint Online into a collection.

        Creates a job to add files from Microsoft SharePoint Online into a collection. See
        ingest_from_sharepoint_online for details on the entry shape — including how to target a drive by
        its drive_id.
        """
        from . import create_ingest_from_sharepoint_online_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body, entries=entries, credentials=credentials, metadata=metadata
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def create_ingest_from_website_job(
        self,
        *,
        url: str,
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    def create_ingest_from_website_job(
        self,
        *,
        body: IngestFromWebsiteBody | Mapping[str, Any],
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    def create_ingest_from_website_job(
        self,
        *,
        url: Any = UNSET,
        body: IngestFromWebsiteBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to crawl and ingest a URL into a collection.

        Creates a job to crawl and ingest a URL into a collection. The web page or document linked from this
        URL will be imported.
        """
        from . import create_ingest_from_website_job as _op

        request = _op.build_request(
            body=_op.build_body(body, url=url),
            collection_id=collection_id,
            follow_links=follow_links,
            max_depth=max_depth,
            max_documents=max_documents,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def create_ingest_upload_job(
        self,
        upload_ids: list[str],
        *,
        metadata: IngestUploadBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    def create_ingest_upload_job(
        self,
        upload_ids: list[str],
        *,
        body: IngestUploadBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    def create_ingest_upload_job(
        self,
        upload_ids: list[str],
        *,
        metadata: Any = UNSET,
        body: IngestUploadBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to ingest uploaded document

        Creates a job to ingest uploaded document identified to a given collection
        """
        from . import create_ingest_upload_job as _op

        request = _op.build_request(
            upload_ids=upload_ids,
            body=_op.build_body(body, metadata=metadata),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            restricted=restricted,
            permissions=permissions,
            encrypt_document=encrypt_document,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def ingest_agent_only_to_standard(
        self,
        *,
        collection_id: str,
        document_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Converts files uploaded in "agent_only" ingest mode  to PDF and parses them."""
        from . import ingest_agent_only_to_standard as _op

        request = _op.build_request(
            collection_id=collection_id,
            document_id=document_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            restricted=restricted,
            permissions=permissions,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def ingest_from_azure_blob_storage(
        self,
        *,
        container: str,
        paths: list[str],
        account_name: str,
        credentials: AzureCredentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromAzureBlobStorageBodyMetadata
        | Unset
        | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def ingest_from_azure_blob_storage(
        self,
        *,
        body: IngestFromAzureBlobStorageBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def ingest_from_azure_blob_storage(
        self,
        *,
        container: Any = UNSET,
        paths: Any = UNSET,
        account_name: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromAzureBlobStorageBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from the Azure Blob Storage into a collection."""
        from . import ingest_from_azure_blob_storage as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                container=container,
                paths=paths,
                account_name=account_name,
                credentials=credentials,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def ingest_from_confluence(
        self,
        *,
        base_url: str,
        page_ids: list[str],
        credentials: ConfluenceCredentials | Mapping[str, Any],
        include_attachments: bool | Unset = UNSET,
        metadata: IngestFromConfluenceBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def ingest_from_confluence(
        self,
        *,
        body: IngestFromConfluenceBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def ingest_from_confluence(
        self,
        *,
        base_url: Any = UNSET,
        page_ids: Any = UNSET,
        credentials: Any = UNSET,
        include_attachments: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromConfluenceBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Ingests confluence pages into collection.

        Ingests confluence pages into collection. If an ingested page has sub-pages, the subpages are also
        ingested.
        """
        from . import ingest_from_confluence as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                base_url=base_url,
                page_ids=page_ids,
                credentials=credentials,
                include_attachments=include_attachments,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def ingest_from_file_system(
        self,
        *,
        root_dir: str,
        glob: str,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def ingest_from_file_system(
        self,
        *,
        body: IngestFromFileSystemBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def ingest_from_file_system(
        self,
        *,
        root_dir: Any = UNSET,
        glob: Any = UNSET,
        body: IngestFromFileSystemBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from the local system into a collection."""
        from . import ingest_from_file_system as _op

        request = _op.build_request(
            body=_op.build_body(body, root_dir=root_dir, glob=glob),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def ingest_from_gcs(
        self,
        *,
        urls: list[str],
        credentials: GCSCredentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromGcsBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def ingest_from_gcs(
        self,
        *,
        body: IngestFromGcsBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def ingest_from_gcs(
        self,
        *,
        urls: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromGcsBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from the Google Cloud Storage into a collection."""
        from . import ingest_from_gcs as _op

        request = _op.build_request(
            body=_op.build_body(
                body, urls=urls, credentials=credentials, metadata=metadata
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    def ingest_from_plain_text(
        self,
        *,
        body: str,
        collection_id: str,
        file_name: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        metadata: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Adds plain text to a collection."""
        from . import ingest_from_plain_text as _op

        request = _op.build_request(
            body=body,
            collection_id=collection_id,
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            timeout=timeout,
            metadata=metadata,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def ingest_from_s3(
        self,
        *,
        urls: list[str],
        region: str | Unset = UNSET,
        credentials: S3Credentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromS3BodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def ingest_from_s3(
        self,
        *,
        body: IngestFromS3Body | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def ingest_from_s3(
        self,
        *,
        urls: Any = UNSET,
        region: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromS3Body | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from the AWS S3 storage into a collection."""
        from . import ingest_from_s3 as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                urls=urls,
                region=region,
                credentials=credentials,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def ingest_from_sharepoint_online(
        self,
        *,
        entries: list[SharepointIngestionEntry],
        credentials: SharepointOnlineCredentials | Mapping[str, Any],
        metadata: IngestFromSharepointOnlineBodyMetadata
        | Unset
        | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def ingest_from_sharepoint_online(
        self,
        *,
        body: IngestFromSharepointOnlineBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def ingest_from_sharepoint_online(
        self,
        *,
        entries: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromSharepointOnlineBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from SharePoint Online into a collection.

        Adds files from Microsoft SharePoint Online into a collection. Accepts a list of entries — sites,
        drives, folders, or files — each identified by the drive_id and object_id returned by the connector
        browse API.  To ingest from a drive that is only addressable by its drive_id (for example a OneDrive
        personal drive, a Microsoft 365 group drive, or any drive in a non-discoverable site) pass an entry
        with entry_type="drive_by_id" and the drive_id field set.
        """
        from . import ingest_from_sharepoint_online as _op

        request = _op.build_request(
            body=_op.build_body(
                body, entries=entries, credentials=credentials, metadata=metadata
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def ingest_from_website(
        self,
        *,
        url: str,
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def ingest_from_website(
        self,
        *,
        body: IngestFromWebsiteBody | Mapping[str, Any],
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def ingest_from_website(
        self,
        *,
        url: Any = UNSET,
        body: IngestFromWebsiteBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Crawls and ingest a URL into a collection.

        Crawls and ingest a URL into a collection. The web page or document linked from this URL will be
        imported.
        """
        from . import ingest_from_website as _op

        request = _op.build_request(
            body=_op.build_body(body, url=url),
            collection_id=collection_id,
            follow_links=follow_links,
            max_depth=max_depth,
            max_documents=max_documents,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    def ingest_upload(
        self,
        upload_ids: list[str],
        *,
        metadata: IngestUploadBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    def ingest_upload(
        self,
        upload_ids: list[str],
        *,
        body: IngestUploadBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    def ingest_upload(
        self,
        upload_ids: list[str],
        *,
        metadata: Any = UNSET,
        body: IngestUploadBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Ingest uploaded document

        Ingests uploaded document identified to a given collection
        """
        from . import ingest_upload as _op

        request = _op.build_request(
            upload_ids=upload_ids,
            body=_op.build_body(body, metadata=metadata),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            restricted=restricted,
            permissions=permissions,
            encrypt_document=encrypt_document,
            timeout=timeout,
        )
        return self._requester.send(request, _op.parse, request_timeout, max_retries)

    @overload
    def upload_file(
        self,
        *,
        file: File | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadedFile: ...

    @overload
    def upload_file(
        self,
        *,
        body: UploadFileBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadedFile: ...

    def upload_file(
        self,
        *,
        file: Any = UNSET,
        body: UploadFileBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadedFile:
        """Uploads file to H2OGPTe instance"""
        from . import upload_file as _op

        request = _op.build_request(body=_op.build_body(body, file=file))
        return self._requester.send(request, _op.parse, request_timeout, max_retries)


class AsyncDocumentIngestion(AsyncResource):
    """The operations tagged document_ingestion (async); `with_raw_response` gives their whole responses."""

    @functools.cached_property
    def with_raw_response(self) -> AsyncDocumentIngestionWithRawResponse:
        return AsyncDocumentIngestionWithRawResponse(self._requester)

    async def create_ingest_agent_only_to_standard_job(
        self,
        *,
        collection_id: str,
        document_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to parse files uploaded in "agent_only" ingest mode."""
        from . import create_ingest_agent_only_to_standard_job as _op

        request = _op.build_request(
            collection_id=collection_id,
            document_id=document_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            restricted=restricted,
            permissions=permissions,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_ingest_from_azure_blob_storage_job(
        self,
        *,
        container: str,
        paths: list[str],
        account_name: str,
        credentials: AzureCredentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromAzureBlobStorageBodyMetadata
        | Unset
        | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    async def create_ingest_from_azure_blob_storage_job(
        self,
        *,
        body: IngestFromAzureBlobStorageBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    async def create_ingest_from_azure_blob_storage_job(
        self,
        *,
        container: Any = UNSET,
        paths: Any = UNSET,
        account_name: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromAzureBlobStorageBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from the Azure Blob Storage into a collection."""
        from . import create_ingest_from_azure_blob_storage_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                container=container,
                paths=paths,
                account_name=account_name,
                credentials=credentials,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def create_ingest_from_confluence_job(
        self,
        *,
        base_url: str,
        page_ids: list[str],
        credentials: ConfluenceCredentials | Mapping[str, Any],
        include_attachments: bool | Unset = UNSET,
        metadata: IngestFromConfluenceBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    async def create_ingest_from_confluence_job(
        self,
        *,
        body: IngestFromConfluenceBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    async def create_ingest_from_confluence_job(
        self,
        *,
        base_url: Any = UNSET,
        page_ids: Any = UNSET,
        credentials: Any = UNSET,
        include_attachments: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromConfluenceBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to ingest confluence pages into collection.

        Creates a job to confluence pages into collection. If an ingested page has sub-pages, the subpages
        are also ingested.
        """
        from . import create_ingest_from_confluence_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                base_url=base_url,
                page_ids=page_ids,
                credentials=credentials,
                include_attachments=include_attachments,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def create_ingest_from_file_system_job(
        self,
        *,
        root_dir: str,
        glob: str,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    async def create_ingest_from_file_system_job(
        self,
        *,
        body: IngestFromFileSystemBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    async def create_ingest_from_file_system_job(
        self,
        *,
        root_dir: Any = UNSET,
        glob: Any = UNSET,
        body: IngestFromFileSystemBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from the local system into a collection."""
        from . import create_ingest_from_file_system_job as _op

        request = _op.build_request(
            body=_op.build_body(body, root_dir=root_dir, glob=glob),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def create_ingest_from_gcs_job(
        self,
        *,
        urls: list[str],
        credentials: GCSCredentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromGcsBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    async def create_ingest_from_gcs_job(
        self,
        *,
        body: IngestFromGcsBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    async def create_ingest_from_gcs_job(
        self,
        *,
        urls: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromGcsBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from the Google Cloud Storage into a collection."""
        from . import create_ingest_from_gcs_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body, urls=urls, credentials=credentials, metadata=metadata
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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

    async def create_ingest_from_plain_text_job(
        self,
        *,
        body: str,
        collection_id: str,
        file_name: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        metadata: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to add plain text to a collection."""
        from . import create_ingest_from_plain_text_job as _op

        request = _op.build_request(
            body=body,
            collection_id=collection_id,
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            metadata=metadata,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def create_ingest_from_s3_job(
        self,
        *,
        urls: list[str],
        region: str | Unset = UNSET,
        credentials: S3Credentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromS3BodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    async def create_ingest_from_s3_job(
        self,
        *,
        body: IngestFromS3Body | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    async def create_ingest_from_s3_job(
        self,
        *,
        urls: Any = UNSET,
        region: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromS3Body | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from the AWS S3 storage into a collection."""
        from . import create_ingest_from_s3_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                urls=urls,
                region=region,
                credentials=credentials,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def create_ingest_from_sharepoint_online_job(
        self,
        *,
        entries: list[SharepointIngestionEntry],
        credentials: SharepointOnlineCredentials | Mapping[str, Any],
        metadata: IngestFromSharepointOnlineBodyMetadata
        | Unset
        | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    async def create_ingest_from_sharepoint_online_job(
        self,
        *,
        body: IngestFromSharepointOnlineBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    async def create_ingest_from_sharepoint_online_job(
        self,
        *,
        entries: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromSharepointOnlineBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to add files from SharePoint Online into a collection.

        Creates a job to add files from Microsoft SharePoint Online into a collection. See
        ingest_from_sharepoint_online for details on the entry shape — including how to target a drive by
        its drive_id.
        """
        from . import create_ingest_from_sharepoint_online_job as _op

        request = _op.build_request(
            body=_op.build_body(
                body, entries=entries, credentials=credentials, metadata=metadata
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def create_ingest_from_website_job(
        self,
        *,
        url: str,
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
    async def create_ingest_from_website_job(
        self,
        *,
        body: IngestFromWebsiteBody | Mapping[str, Any],
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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

    async def create_ingest_from_website_job(
        self,
        *,
        url: Any = UNSET,
        body: IngestFromWebsiteBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Creates a job to crawl and ingest a URL into a collection.

        Creates a job to crawl and ingest a URL into a collection. The web page or document linked from this
        URL will be imported.
        """
        from . import create_ingest_from_website_job as _op

        request = _op.build_request(
            body=_op.build_body(body, url=url),
            collection_id=collection_id,
            follow_links=follow_links,
            max_depth=max_depth,
            max_documents=max_documents,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def create_ingest_upload_job(
        self,
        upload_ids: list[str],
        *,
        metadata: IngestUploadBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    @overload
    async def create_ingest_upload_job(
        self,
        upload_ids: list[str],
        *,
        body: IngestUploadBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails: ...

    async def create_ingest_upload_job(
        self,
        upload_ids: list[str],
        *,
        metadata: Any = UNSET,
        body: IngestUploadBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> JobDetails:
        """Creates a job to ingest uploaded document

        Creates a job to ingest uploaded document identified to a given collection
        """
        from . import create_ingest_upload_job as _op

        request = _op.build_request(
            upload_ids=upload_ids,
            body=_op.build_body(body, metadata=metadata),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            restricted=restricted,
            permissions=permissions,
            encrypt_document=encrypt_document,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    async def ingest_agent_only_to_standard(
        self,
        *,
        collection_id: str,
        document_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Converts files uploaded in "agent_only" ingest mode  to PDF and parses them."""
        from . import ingest_agent_only_to_standard as _op

        request = _op.build_request(
            collection_id=collection_id,
            document_id=document_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            restricted=restricted,
            permissions=permissions,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def ingest_from_azure_blob_storage(
        self,
        *,
        container: str,
        paths: list[str],
        account_name: str,
        credentials: AzureCredentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromAzureBlobStorageBodyMetadata
        | Unset
        | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def ingest_from_azure_blob_storage(
        self,
        *,
        body: IngestFromAzureBlobStorageBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def ingest_from_azure_blob_storage(
        self,
        *,
        container: Any = UNSET,
        paths: Any = UNSET,
        account_name: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromAzureBlobStorageBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from the Azure Blob Storage into a collection."""
        from . import ingest_from_azure_blob_storage as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                container=container,
                paths=paths,
                account_name=account_name,
                credentials=credentials,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def ingest_from_confluence(
        self,
        *,
        base_url: str,
        page_ids: list[str],
        credentials: ConfluenceCredentials | Mapping[str, Any],
        include_attachments: bool | Unset = UNSET,
        metadata: IngestFromConfluenceBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def ingest_from_confluence(
        self,
        *,
        body: IngestFromConfluenceBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def ingest_from_confluence(
        self,
        *,
        base_url: Any = UNSET,
        page_ids: Any = UNSET,
        credentials: Any = UNSET,
        include_attachments: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromConfluenceBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Ingests confluence pages into collection.

        Ingests confluence pages into collection. If an ingested page has sub-pages, the subpages are also
        ingested.
        """
        from . import ingest_from_confluence as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                base_url=base_url,
                page_ids=page_ids,
                credentials=credentials,
                include_attachments=include_attachments,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def ingest_from_file_system(
        self,
        *,
        root_dir: str,
        glob: str,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def ingest_from_file_system(
        self,
        *,
        body: IngestFromFileSystemBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def ingest_from_file_system(
        self,
        *,
        root_dir: Any = UNSET,
        glob: Any = UNSET,
        body: IngestFromFileSystemBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from the local system into a collection."""
        from . import ingest_from_file_system as _op

        request = _op.build_request(
            body=_op.build_body(body, root_dir=root_dir, glob=glob),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def ingest_from_gcs(
        self,
        *,
        urls: list[str],
        credentials: GCSCredentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromGcsBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def ingest_from_gcs(
        self,
        *,
        body: IngestFromGcsBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def ingest_from_gcs(
        self,
        *,
        urls: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromGcsBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from the Google Cloud Storage into a collection."""
        from . import ingest_from_gcs as _op

        request = _op.build_request(
            body=_op.build_body(
                body, urls=urls, credentials=credentials, metadata=metadata
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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

    async def ingest_from_plain_text(
        self,
        *,
        body: str,
        collection_id: str,
        file_name: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        metadata: str | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Adds plain text to a collection."""
        from . import ingest_from_plain_text as _op

        request = _op.build_request(
            body=body,
            collection_id=collection_id,
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            timeout=timeout,
            metadata=metadata,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def ingest_from_s3(
        self,
        *,
        urls: list[str],
        region: str | Unset = UNSET,
        credentials: S3Credentials | Unset | Mapping[str, Any] = UNSET,
        metadata: IngestFromS3BodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def ingest_from_s3(
        self,
        *,
        body: IngestFromS3Body | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def ingest_from_s3(
        self,
        *,
        urls: Any = UNSET,
        region: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromS3Body | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from the AWS S3 storage into a collection."""
        from . import ingest_from_s3 as _op

        request = _op.build_request(
            body=_op.build_body(
                body,
                urls=urls,
                region=region,
                credentials=credentials,
                metadata=metadata,
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def ingest_from_sharepoint_online(
        self,
        *,
        entries: list[SharepointIngestionEntry],
        credentials: SharepointOnlineCredentials | Mapping[str, Any],
        metadata: IngestFromSharepointOnlineBodyMetadata
        | Unset
        | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def ingest_from_sharepoint_online(
        self,
        *,
        body: IngestFromSharepointOnlineBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def ingest_from_sharepoint_online(
        self,
        *,
        entries: Any = UNSET,
        credentials: Any = UNSET,
        metadata: Any = UNSET,
        body: IngestFromSharepointOnlineBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Adds files from SharePoint Online into a collection.

        Adds files from Microsoft SharePoint Online into a collection. Accepts a list of entries — sites,
        drives, folders, or files — each identified by the drive_id and object_id returned by the connector
        browse API.  To ingest from a drive that is only addressable by its drive_id (for example a OneDrive
        personal drive, a Microsoft 365 group drive, or any drive in a non-discoverable site) pass an entry
        with entry_type="drive_by_id" and the drive_id field set.
        """
        from . import ingest_from_sharepoint_online as _op

        request = _op.build_request(
            body=_op.build_body(
                body, entries=entries, credentials=credentials, metadata=metadata
            ),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def ingest_from_website(
        self,
        *,
        url: str,
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def ingest_from_website(
        self,
        *,
        body: IngestFromWebsiteBody | Mapping[str, Any],
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def ingest_from_website(
        self,
        *,
        url: Any = UNSET,
        body: IngestFromWebsiteBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
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
        """Crawls and ingest a URL into a collection.

        Crawls and ingest a URL into a collection. The web page or document linked from this URL will be
        imported.
        """
        from . import ingest_from_website as _op

        request = _op.build_request(
            body=_op.build_body(body, url=url),
            collection_id=collection_id,
            follow_links=follow_links,
            max_depth=max_depth,
            max_documents=max_documents,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
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
    async def ingest_upload(
        self,
        upload_ids: list[str],
        *,
        metadata: IngestUploadBodyMetadata | Unset | Mapping[str, Any] = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    @overload
    async def ingest_upload(
        self,
        upload_ids: list[str],
        *,
        body: IngestUploadBody | Mapping[str, Any],
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None: ...

    async def ingest_upload(
        self,
        upload_ids: list[str],
        *,
        metadata: Any = UNSET,
        body: IngestUploadBody | Mapping[str, Any] | Unset = UNSET,
        collection_id: str,
        gen_doc_summaries: bool | Unset = UNSET,
        gen_doc_questions: bool | Unset = UNSET,
        audio_input_language: str | Unset = UNSET,
        ocr_model: str | Unset = UNSET,
        tesseract_lang: str | Unset = UNSET,
        keep_tables_as_one_chunk: bool | Unset = UNSET,
        chunk_by_page: bool | Unset = UNSET,
        handwriting_check: bool | Unset = UNSET,
        ingest_mode: str | Unset = UNSET,
        restricted: bool | Unset = UNSET,
        permissions: list[str] | Unset = UNSET,
        encrypt_document: bool | Unset = UNSET,
        timeout: float | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Ingest uploaded document

        Ingests uploaded document identified to a given collection
        """
        from . import ingest_upload as _op

        request = _op.build_request(
            upload_ids=upload_ids,
            body=_op.build_body(body, metadata=metadata),
            collection_id=collection_id,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            restricted=restricted,
            permissions=permissions,
            encrypt_document=encrypt_document,
            timeout=timeout,
        )
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )

    @overload
    async def upload_file(
        self,
        *,
        file: File | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadedFile: ...

    @overload
    async def upload_file(
        self,
        *,
        body: UploadFileBody | Mapping[str, Any],
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadedFile: ...

    async def upload_file(
        self,
        *,
        file: Any = UNSET,
        body: UploadFileBody | Mapping[str, Any] | Unset = UNSET,
        request_timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> UploadedFile:
        """Uploads file to H2OGPTe instance"""
        from . import upload_file as _op

        request = _op.build_request(body=_op.build_body(body, file=file))
        return await self._requester.send(
            request, _op.parse, request_timeout, max_retries
        )


class DocumentIngestionWithRawResponse(SyncRawResource):
    """The operations of `DocumentIngestion`, each returning the whole `Response` (status_code, headers, parsed)."""

    create_ingest_agent_only_to_standard_job = raw_response(
        DocumentIngestion.create_ingest_agent_only_to_standard_job
    )
    create_ingest_from_azure_blob_storage_job = raw_response(
        DocumentIngestion.create_ingest_from_azure_blob_storage_job
    )
    create_ingest_from_confluence_job = raw_response(
        DocumentIngestion.create_ingest_from_confluence_job
    )
    create_ingest_from_file_system_job = raw_response(
        DocumentIngestion.create_ingest_from_file_system_job
    )
    create_ingest_from_gcs_job = raw_response(
        DocumentIngestion.create_ingest_from_gcs_job
    )
    create_ingest_from_plain_text_job = raw_response(
        DocumentIngestion.create_ingest_from_plain_text_job
    )
    create_ingest_from_s3_job = raw_response(
        DocumentIngestion.create_ingest_from_s3_job
    )
    create_ingest_from_sharepoint_online_job = raw_response(
        DocumentIngestion.create_ingest_from_sharepoint_online_job
    )
    create_ingest_from_website_job = raw_response(
        DocumentIngestion.create_ingest_from_website_job
    )
    create_ingest_upload_job = raw_response(DocumentIngestion.create_ingest_upload_job)
    ingest_agent_only_to_standard = raw_response(
        DocumentIngestion.ingest_agent_only_to_standard
    )
    ingest_from_azure_blob_storage = raw_response(
        DocumentIngestion.ingest_from_azure_blob_storage
    )
    ingest_from_confluence = raw_response(DocumentIngestion.ingest_from_confluence)
    ingest_from_file_system = raw_response(DocumentIngestion.ingest_from_file_system)
    ingest_from_gcs = raw_response(DocumentIngestion.ingest_from_gcs)
    ingest_from_plain_text = raw_response(DocumentIngestion.ingest_from_plain_text)
    ingest_from_s3 = raw_response(DocumentIngestion.ingest_from_s3)
    ingest_from_sharepoint_online = raw_response(
        DocumentIngestion.ingest_from_sharepoint_online
    )
    ingest_from_website = raw_response(DocumentIngestion.ingest_from_website)
    ingest_upload = raw_response(DocumentIngestion.ingest_upload)
    upload_file = raw_response(DocumentIngestion.upload_file)


class AsyncDocumentIngestionWithRawResponse(AsyncRawResource):
    """The operations of `AsyncDocumentIngestion`, each returning the whole `Response` (status_code, headers, parsed)."""

    create_ingest_agent_only_to_standard_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_agent_only_to_standard_job
    )
    create_ingest_from_azure_blob_storage_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_from_azure_blob_storage_job
    )
    create_ingest_from_confluence_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_from_confluence_job
    )
    create_ingest_from_file_system_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_from_file_system_job
    )
    create_ingest_from_gcs_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_from_gcs_job
    )
    create_ingest_from_plain_text_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_from_plain_text_job
    )
    create_ingest_from_s3_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_from_s3_job
    )
    create_ingest_from_sharepoint_online_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_from_sharepoint_online_job
    )
    create_ingest_from_website_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_from_website_job
    )
    create_ingest_upload_job = async_raw_response(
        AsyncDocumentIngestion.create_ingest_upload_job
    )
    ingest_agent_only_to_standard = async_raw_response(
        AsyncDocumentIngestion.ingest_agent_only_to_standard
    )
    ingest_from_azure_blob_storage = async_raw_response(
        AsyncDocumentIngestion.ingest_from_azure_blob_storage
    )
    ingest_from_confluence = async_raw_response(
        AsyncDocumentIngestion.ingest_from_confluence
    )
    ingest_from_file_system = async_raw_response(
        AsyncDocumentIngestion.ingest_from_file_system
    )
    ingest_from_gcs = async_raw_response(AsyncDocumentIngestion.ingest_from_gcs)
    ingest_from_plain_text = async_raw_response(
        AsyncDocumentIngestion.ingest_from_plain_text
    )
    ingest_from_s3 = async_raw_response(AsyncDocumentIngestion.ingest_from_s3)
    ingest_from_sharepoint_online = async_raw_response(
        AsyncDocumentIngestion.ingest_from_sharepoint_online
    )
    ingest_from_website = async_raw_response(AsyncDocumentIngestion.ingest_from_website)
    ingest_upload = async_raw_response(AsyncDocumentIngestion.ingest_upload)
    upload_file = async_raw_response(AsyncDocumentIngestion.upload_file)


__all__ = [
    "AsyncDocumentIngestion",
    "AsyncDocumentIngestionWithRawResponse",
    "DocumentIngestion",
    "DocumentIngestionWithRawResponse",
]
