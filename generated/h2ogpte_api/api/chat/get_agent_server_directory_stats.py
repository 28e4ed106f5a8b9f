from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_server_directory_stats import AgentServerDirectoryStats
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)


def _get_kwargs(
    session_id: str,
    directory_name: str,
    *,
    detail_level: int | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)
    require_path_value("directory_name", directory_name)

    params: dict[str, Any] = {}

    params["detail_level"] = detail_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats/{session_id}/agent_server_directories/{directory_name}/stats".format(
            session_id=quote(str(session_id), safe=""),
            directory_name=quote(str(directory_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentServerDirectoryStats | EndpointError | None:
    if response.status_code == 200:
        response_200 = AgentServerDirectoryStats.from_dict(response.json())

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
) -> Response[AgentServerDirectoryStats | EndpointError]:
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


def _parse_success(response: httpx.Response) -> AgentServerDirectoryStats:
    if response.status_code == 200:
        response_200 = AgentServerDirectoryStats.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    session_id: str,
    directory_name: str,
    *,
    client: AuthenticatedClient,
    detail_level: int | Unset = UNSET,
) -> Response[AgentServerDirectoryStats | EndpointError]:
    """Gets stats of a agent server directory.

     Gets stats of a agent server directory.

    Args:
        session_id (str):
        directory_name (str):
        detail_level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentServerDirectoryStats | EndpointError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        directory_name=directory_name,
        detail_level=detail_level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    directory_name: str,
    *,
    client: AuthenticatedClient,
    detail_level: int | Unset = UNSET,
) -> AgentServerDirectoryStats | EndpointError | None:
    """Gets stats of a agent server directory.

     Gets stats of a agent server directory.

    Args:
        session_id (str):
        directory_name (str):
        detail_level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentServerDirectoryStats | EndpointError
    """

    return sync_detailed(
        session_id=session_id,
        directory_name=directory_name,
        client=client,
        detail_level=detail_level,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    directory_name: str,
    *,
    client: AuthenticatedClient,
    detail_level: int | Unset = UNSET,
) -> Response[AgentServerDirectoryStats | EndpointError]:
    """Gets stats of a agent server directory.

     Gets stats of a agent server directory.

    Args:
        session_id (str):
        directory_name (str):
        detail_level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentServerDirectoryStats | EndpointError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        directory_name=directory_name,
        detail_level=detail_level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    directory_name: str,
    *,
    client: AuthenticatedClient,
    detail_level: int | Unset = UNSET,
) -> AgentServerDirectoryStats | EndpointError | None:
    """Gets stats of a agent server directory.

     Gets stats of a agent server directory.

    Args:
        session_id (str):
        directory_name (str):
        detail_level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentServerDirectoryStats | EndpointError
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            directory_name=directory_name,
            client=client,
            detail_level=detail_level,
        )
    ).parsed
