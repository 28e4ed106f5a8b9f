from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_session import ChatSession
from ...models.create_chat_session_request import CreateChatSessionRequest
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
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatSession | EndpointError | None:
    if response.status_code == 201:
        response_201 = ChatSession.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = EndpointError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatSession | EndpointError]:
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


def _parse_success(response: httpx.Response) -> ChatSession:
    if response.status_code == 201:
        response_201 = ChatSession.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> Response[ChatSession | EndpointError]:
    """Creates chat session.

     Creates chat session with a collection if provided. Otherwise, the session will be with a generic
    LLM.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSession | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> ChatSession | EndpointError | None:
    """Creates chat session.

     Creates chat session with a collection if provided. Otherwise, the session will be with a generic
    LLM.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSession | EndpointError
    """

    return sync_detailed(
        client=client,
        body=body,
        collection_id=collection_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> Response[ChatSession | EndpointError]:
    """Creates chat session.

     Creates chat session with a collection if provided. Otherwise, the session will be with a generic
    LLM.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSession | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
        collection_id=collection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateChatSessionRequest | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> ChatSession | EndpointError | None:
    """Creates chat session.

     Creates chat session with a collection if provided. Otherwise, the session will be with a generic
    LLM.

    Args:
        collection_id (str | Unset):
        body (CreateChatSessionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSession | EndpointError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            collection_id=collection_id,
        )
    ).parsed
