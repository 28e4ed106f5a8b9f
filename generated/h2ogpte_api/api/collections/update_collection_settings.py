from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.collection_settings import CollectionSettings

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_optional_body


def build_request(
    collection_id: str,
    *,
    body: CollectionSettings | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/settings".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CollectionSettings | Mapping[str, Any] | Unset,
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
) -> CollectionSettings | Unset:
    return make_optional_body(
        CollectionSettings,
        body,
        {
            "max_tokens_per_chunk": max_tokens_per_chunk,
            "chunk_overlap_tokens": chunk_overlap_tokens,
            "gen_doc_summaries": gen_doc_summaries,
            "gen_doc_questions": gen_doc_questions,
            "audio_input_language": audio_input_language,
            "ocr_model": ocr_model,
            "tesseract_lang": tesseract_lang,
            "keep_tables_as_one_chunk": keep_tables_as_one_chunk,
            "chunk_by_page": chunk_by_page,
            "handwriting_check": handwriting_check,
            "ingest_mode": ingest_mode,
            "follow_links": follow_links,
            "max_depth": max_depth,
            "max_documents": max_documents,
            "root_dir": root_dir,
            "copy_document": copy_document,
            "guardrails_settings": guardrails_settings,
            "expiry_timezone": expiry_timezone,
        },
        "update_collection_settings",
        as_json=True,
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionSettings | Unset = UNSET,
) -> Response[None]:
    """Updates collection settings.

     Recreates entire settings on the collection.

    Args:
        collection_id (str):
        body (CollectionSettings | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionSettings | Unset = UNSET,
) -> None:
    """Updates collection settings.

     Recreates entire settings on the collection.

    Args:
        collection_id (str):
        body (CollectionSettings | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionSettings | Unset = UNSET,
) -> Response[None]:
    """Updates collection settings.

     Recreates entire settings on the collection.

    Args:
        collection_id (str):
        body (CollectionSettings | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionSettings | Unset = UNSET,
) -> None:
    """Updates collection settings.

     Recreates entire settings on the collection.

    Args:
        collection_id (str):
        body (CollectionSettings | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
