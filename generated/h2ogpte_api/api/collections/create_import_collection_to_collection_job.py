from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.create_import_collection_to_collection_job_request import (
    CreateImportCollectionToCollectionJobRequest,
)
from ...models.job_details import JobDetails

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_body


def build_request(
    collection_id: str,
    *,
    body: CreateImportCollectionToCollectionJobRequest,
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
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    _headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    _params["migrate_scheduled_connectors"] = migrate_scheduled_connectors

    _params["copy_lifecycle_settings"] = copy_lifecycle_settings

    _params["skip_reparse"] = skip_reparse

    _params["copy_document"] = copy_document

    _params["preserve_document_status"] = preserve_document_status

    _params["preserve_metadata"] = preserve_metadata

    _params["gen_doc_summaries"] = gen_doc_summaries

    _params["gen_doc_questions"] = gen_doc_questions

    _params["ocr_model"] = ocr_model

    _params["tesseract_lang"] = tesseract_lang

    _params["keep_tables_as_one_chunk"] = keep_tables_as_one_chunk

    _params["chunk_by_page"] = chunk_by_page

    _params["handwriting_check"] = handwriting_check

    _params["ingest_mode"] = ingest_mode

    _params["timeout"] = timeout

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collections/{collection_id}/import_collection_job".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": _params,
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CreateImportCollectionToCollectionJobRequest | Mapping[str, Any] | Unset,
    *,
    source_collection_id: Any = UNSET,
) -> CreateImportCollectionToCollectionJobRequest:
    return make_body(
        CreateImportCollectionToCollectionJobRequest,
        body,
        {
            "source_collection_id": source_collection_id,
        },
        "create_import_collection_to_collection_job",
        as_json=True,
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateImportCollectionToCollectionJobRequest,
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
) -> Response[JobDetails | None]:
    """Creates job to import collection to the collection.

     Creates job to import collection to the collection.

    Args:
        collection_id (str):
        migrate_scheduled_connectors (bool | Unset):
        copy_lifecycle_settings (bool | Unset):
        skip_reparse (bool | Unset):
        copy_document (bool | Unset):
        preserve_document_status (bool | Unset):
        preserve_metadata (bool | Unset):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (str | Unset):
        timeout (float | Unset):
        body (CreateImportCollectionToCollectionJobRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            body=body,
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
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateImportCollectionToCollectionJobRequest,
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
) -> JobDetails | None:
    """Creates job to import collection to the collection.

     Creates job to import collection to the collection.

    Args:
        collection_id (str):
        migrate_scheduled_connectors (bool | Unset):
        copy_lifecycle_settings (bool | Unset):
        skip_reparse (bool | Unset):
        copy_document (bool | Unset):
        preserve_document_status (bool | Unset):
        preserve_metadata (bool | Unset):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (str | Unset):
        timeout (float | Unset):
        body (CreateImportCollectionToCollectionJobRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
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
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateImportCollectionToCollectionJobRequest,
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
) -> Response[JobDetails | None]:
    """Creates job to import collection to the collection.

     Creates job to import collection to the collection.

    Args:
        collection_id (str):
        migrate_scheduled_connectors (bool | Unset):
        copy_lifecycle_settings (bool | Unset):
        skip_reparse (bool | Unset):
        copy_document (bool | Unset):
        preserve_document_status (bool | Unset):
        preserve_metadata (bool | Unset):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (str | Unset):
        timeout (float | Unset):
        body (CreateImportCollectionToCollectionJobRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            body=body,
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
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateImportCollectionToCollectionJobRequest,
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
) -> JobDetails | None:
    """Creates job to import collection to the collection.

     Creates job to import collection to the collection.

    Args:
        collection_id (str):
        migrate_scheduled_connectors (bool | Unset):
        copy_lifecycle_settings (bool | Unset):
        skip_reparse (bool | Unset):
        copy_document (bool | Unset):
        preserve_document_status (bool | Unset):
        preserve_metadata (bool | Unset):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (str | Unset):
        timeout (float | Unset):
        body (CreateImportCollectionToCollectionJobRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
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
    ).parsed
