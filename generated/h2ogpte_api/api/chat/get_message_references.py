from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_reference import ChatMessageReference
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
    check_value,
    require_path_value,
)


def _get_kwargs(
    message_id: str,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("message_id", message_id)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/{message_id}/references".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[ChatMessageReference] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_message_references", "array")
        response_200 = list(map(ChatMessageReference.from_dict, _response_200))

        return response_200

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
) -> Response[EndpointError | list[ChatMessageReference]]:
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


def _parse_success(response: httpx.Response) -> list[ChatMessageReference]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_message_references", "array")
        response_200 = list(map(ChatMessageReference.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[EndpointError | list[ChatMessageReference]]:
    """Fetches metadata for references of a chat message.

     Fetches metadata for references of a chat message. References are only available for messages sent
    from an LLM, an empty list will be returned for messages sent by the user.

    Args:
        message_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[ChatMessageReference]]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> EndpointError | list[ChatMessageReference] | None:
    """Fetches metadata for references of a chat message.

     Fetches metadata for references of a chat message. References are only available for messages sent
    from an LLM, an empty list will be returned for messages sent by the user.

    Args:
        message_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[ChatMessageReference]
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[EndpointError | list[ChatMessageReference]]:
    """Fetches metadata for references of a chat message.

     Fetches metadata for references of a chat message. References are only available for messages sent
    from an LLM, an empty list will be returned for messages sent by the user.

    Args:
        message_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[ChatMessageReference]]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> EndpointError | list[ChatMessageReference] | None:
    """Fetches metadata for references of a chat message.

     Fetches metadata for references of a chat message. References are only available for messages sent
    from an LLM, an empty list will be returned for messages sent by the user.

    Args:
        message_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[ChatMessageReference]
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            limit=limit,
        )
    ).parsed
