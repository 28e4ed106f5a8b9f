from http import HTTPStatus
from typing import Any
from urllib.parse import quote

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
    require_path_value,
)


def _get_kwargs(
    session_ids: list[str],
    *,
    dir_types: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("session_ids", session_ids)

    params: dict[str, Any] = {}

    json_dir_types: list[str] | Unset = UNSET
    if not isinstance(dir_types, Unset):
        json_dir_types = dir_types

    params["dir_types"] = json_dir_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chats/{session_ids}/agent_server_directories".format(
            session_ids=",".join(quote(str(item), safe="") for item in session_ids),
        ),
        "params": params,
    }

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

    if response.status_code == 409:
        response_409 = EndpointError.from_dict(response.json())

        return response_409

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
    session_ids: list[str],
    *,
    client: AuthenticatedClient,
    dir_types: list[str] | Unset = UNSET,
) -> Response[Any | EndpointError]:
    """Deletes agent server directories.

     Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
    Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
    `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
    inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.

    Args:
        session_ids (list[str]):
        dir_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        session_ids=session_ids,
        dir_types=dir_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_ids: list[str],
    *,
    client: AuthenticatedClient,
    dir_types: list[str] | Unset = UNSET,
) -> Any | EndpointError | None:
    """Deletes agent server directories.

     Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
    Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
    `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
    inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.

    Args:
        session_ids (list[str]):
        dir_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
    """

    return sync_detailed(
        session_ids=session_ids,
        client=client,
        dir_types=dir_types,
    ).parsed


async def asyncio_detailed(
    session_ids: list[str],
    *,
    client: AuthenticatedClient,
    dir_types: list[str] | Unset = UNSET,
) -> Response[Any | EndpointError]:
    """Deletes agent server directories.

     Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
    Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
    `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
    inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.

    Args:
        session_ids (list[str]):
        dir_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        session_ids=session_ids,
        dir_types=dir_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_ids: list[str],
    *,
    client: AuthenticatedClient,
    dir_types: list[str] | Unset = UNSET,
) -> Any | EndpointError | None:
    """Deletes agent server directories.

     Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
    Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
    `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
    inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.

    Args:
        session_ids (list[str]):
        dir_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
    """

    return (
        await asyncio_detailed(
            session_ids=session_ids,
            client=client,
            dir_types=dir_types,
        )
    ).parsed
