from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_meta import ChatMessageMeta
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
    info_type: str | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("message_id", message_id)

    params: dict[str, Any] = {}

    params["info_type"] = info_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/{message_id}/meta".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[ChatMessageMeta] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_message_meta", "array")
        response_200 = list(map(ChatMessageMeta.from_dict, _response_200))

        return response_200

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
) -> Response[EndpointError | list[ChatMessageMeta]]:
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


def _parse_success(response: httpx.Response) -> list[ChatMessageMeta]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_message_meta", "array")
        response_200 = list(map(ChatMessageMeta.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    info_type: str | Unset = UNSET,
) -> Response[EndpointError | list[ChatMessageMeta]]:
    """Fetches chat message meta information.

     Fetches chat message meta information.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[ChatMessageMeta]]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        info_type=info_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient,
    info_type: str | Unset = UNSET,
) -> EndpointError | list[ChatMessageMeta] | None:
    """Fetches chat message meta information.

     Fetches chat message meta information.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[ChatMessageMeta]
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        info_type=info_type,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    info_type: str | Unset = UNSET,
) -> Response[EndpointError | list[ChatMessageMeta]]:
    """Fetches chat message meta information.

     Fetches chat message meta information.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[ChatMessageMeta]]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        info_type=info_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    info_type: str | Unset = UNSET,
) -> EndpointError | list[ChatMessageMeta] | None:
    """Fetches chat message meta information.

     Fetches chat message meta information.

    Args:
        message_id (str):
        info_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[ChatMessageMeta]
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            info_type=info_type,
        )
    ).parsed
