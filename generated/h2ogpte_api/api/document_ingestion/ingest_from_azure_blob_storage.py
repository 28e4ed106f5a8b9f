from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.ingest_from_azure_blob_storage_body import IngestFromAzureBlobStorageBody

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
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
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params["gen_doc_summaries"] = gen_doc_summaries

    params["gen_doc_questions"] = gen_doc_questions

    params["audio_input_language"] = audio_input_language

    params["ocr_model"] = ocr_model

    params["tesseract_lang"] = tesseract_lang

    params["keep_tables_as_one_chunk"] = keep_tables_as_one_chunk

    params["chunk_by_page"] = chunk_by_page

    params["handwriting_check"] = handwriting_check

    params["ingest_mode"] = ingest_mode

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ingest/azure_blob_storage",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndpointError | None:
    if response.status_code == 204:
        # A 204 has no content (RFC 9110, 15.3.5), whatever schema the spec gives it.
        return None
    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EndpointError]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.PARSE_ERRORS as error:
        raise client.unexpected_response(response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _parse_success(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


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
) -> Response[Any | EndpointError]:
    """Adds files from the Azure Blob Storage into a collection.

     Adds files from the Azure Blob Storage into a collection.

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


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
) -> Any | EndpointError | None:
    """Adds files from the Azure Blob Storage into a collection.

     Adds files from the Azure Blob Storage into a collection.

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
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
) -> Response[Any | EndpointError]:
    """Adds files from the Azure Blob Storage into a collection.

     Adds files from the Azure Blob Storage into a collection.

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


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
) -> Any | EndpointError | None:
    """Adds files from the Azure Blob Storage into a collection.

     Adds files from the Azure Blob Storage into a collection.

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
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
