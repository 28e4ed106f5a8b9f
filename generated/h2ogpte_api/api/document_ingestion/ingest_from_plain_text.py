from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    timeout: float | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params["file_name"] = file_name

    params["gen_doc_summaries"] = gen_doc_summaries

    params["gen_doc_questions"] = gen_doc_questions

    params["timeout"] = timeout

    params["metadata"] = metadata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ingest/plain_text",
        "params": params,
    }

    _kwargs["content"] = body.encode()
    headers["Content-Type"] = "text/plain"

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
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    timeout: float | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> Response[Any | EndpointError]:
    """Adds plain text to a collection.

     Adds plain text to a collection.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        timeout (float | Unset):
        metadata (str | Unset):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        timeout=timeout,
        metadata=metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    timeout: float | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> Any | EndpointError | None:
    """Adds plain text to a collection.

     Adds plain text to a collection.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        timeout (float | Unset):
        metadata (str | Unset):
        body (str):

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
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        timeout=timeout,
        metadata=metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    timeout: float | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> Response[Any | EndpointError]:
    """Adds plain text to a collection.

     Adds plain text to a collection.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        timeout (float | Unset):
        metadata (str | Unset):
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
        file_name=file_name,
        gen_doc_summaries=gen_doc_summaries,
        gen_doc_questions=gen_doc_questions,
        timeout=timeout,
        metadata=metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: str,
    collection_id: str,
    file_name: str,
    gen_doc_summaries: bool | Unset = UNSET,
    gen_doc_questions: bool | Unset = UNSET,
    timeout: float | Unset = UNSET,
    metadata: str | Unset = UNSET,
) -> Any | EndpointError | None:
    """Adds plain text to a collection.

     Adds plain text to a collection.

    Args:
        collection_id (str):
        file_name (str):
        gen_doc_summaries (bool | Unset):
        gen_doc_questions (bool | Unset):
        timeout (float | Unset):
        metadata (str | Unset):
        body (str):

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
            file_name=file_name,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            timeout=timeout,
            metadata=metadata,
        )
    ).parsed
