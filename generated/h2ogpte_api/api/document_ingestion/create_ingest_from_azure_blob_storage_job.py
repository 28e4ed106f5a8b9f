from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.ingest_from_azure_blob_storage_body import IngestFromAzureBlobStorageBody
from ...models.job_details import JobDetails

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
)
from .. import make_body


def build_request(
    *,
    body: IngestFromAzureBlobStorageBody,
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
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    _params["collection_id"] = collection_id

    _params["gen_doc_summaries"] = gen_doc_summaries

    _params["gen_doc_questions"] = gen_doc_questions

    _params["audio_input_language"] = audio_input_language

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
        "url": "/ingest/azure_blob_storage/job",
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
    body: IngestFromAzureBlobStorageBody | Mapping[str, Any] | Unset,
    *,
    container: Any = UNSET,
    paths: Any = UNSET,
    account_name: Any = UNSET,
    credentials: Any = UNSET,
    metadata: Any = UNSET,
) -> IngestFromAzureBlobStorageBody:
    return make_body(
        IngestFromAzureBlobStorageBody,
        body,
        {
            "container": container,
            "paths": paths,
            "account_name": account_name,
            "credentials": credentials,
            "metadata": metadata,
        },
        "create_ingest_from_azure_blob_storage_job",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IngestFromAzureBlobStorageBody,
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
) -> Response[JobDetails | None]:
    """Creates a job to add files from the Azure Blob Storage into a collection.

     Creates a job to add files from the Azure Blob Storage into a collection.

    Args:
        collection_id (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        audio_input_language (str | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (str | Unset):
        timeout (float | Unset):
        body (IngestFromAzureBlobStorageBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
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
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: IngestFromAzureBlobStorageBody,
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
) -> JobDetails | None:
    """Creates a job to add files from the Azure Blob Storage into a collection.

     Creates a job to add files from the Azure Blob Storage into a collection.

    Args:
        collection_id (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        audio_input_language (str | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (str | Unset):
        timeout (float | Unset):
        body (IngestFromAzureBlobStorageBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return sync_detailed(
        client=client,
        body=body,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IngestFromAzureBlobStorageBody,
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
) -> Response[JobDetails | None]:
    """Creates a job to add files from the Azure Blob Storage into a collection.

     Creates a job to add files from the Azure Blob Storage into a collection.

    Args:
        collection_id (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        audio_input_language (str | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (str | Unset):
        timeout (float | Unset):
        body (IngestFromAzureBlobStorageBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
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
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IngestFromAzureBlobStorageBody,
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
) -> JobDetails | None:
    """Creates a job to add files from the Azure Blob Storage into a collection.

     Creates a job to add files from the Azure Blob Storage into a collection.

    Args:
        collection_id (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        audio_input_language (str | Unset):
        ocr_model (str | Unset):
        tesseract_lang (str | Unset):
        keep_tables_as_one_chunk (bool | Unset):
        chunk_by_page (bool | Unset):
        handwriting_check (bool | Unset):
        ingest_mode (str | Unset):
        timeout (float | Unset):
        body (IngestFromAzureBlobStorageBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
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
    ).parsed
