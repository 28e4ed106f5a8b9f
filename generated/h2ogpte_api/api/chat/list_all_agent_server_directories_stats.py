from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.agent_server_directory_stats import AgentServerDirectoryStats

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value, require_path_value


def build_request(
    session_id: str,
    *,
    detail_level: int | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)

    _params: dict[str, Any] = {}

    _params["detail_level"] = detail_level

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats/{session_id}/agent_server_directories/stats".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[AgentServerDirectoryStats]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(
                _response_200, "list_all_agent_server_directories_stats", "array"
            )
        response_200 = list(map(AgentServerDirectoryStats.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    detail_level: int | Unset = UNSET,
) -> Response[list[AgentServerDirectoryStats] | None]:
    """Lists stats of  agent server directories.

     Lists stats of agent server directories.

    Args:
        session_id (str):
        detail_level (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AgentServerDirectoryStats] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            session_id=session_id,
            detail_level=detail_level,
        )
    )
    return build_response(client, response, parse)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    detail_level: int | Unset = UNSET,
) -> list[AgentServerDirectoryStats] | None:
    """Lists stats of  agent server directories.

     Lists stats of agent server directories.

    Args:
        session_id (str):
        detail_level (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AgentServerDirectoryStats]
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        detail_level=detail_level,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    detail_level: int | Unset = UNSET,
) -> Response[list[AgentServerDirectoryStats] | None]:
    """Lists stats of  agent server directories.

     Lists stats of agent server directories.

    Args:
        session_id (str):
        detail_level (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AgentServerDirectoryStats] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            session_id=session_id,
            detail_level=detail_level,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    detail_level: int | Unset = UNSET,
) -> list[AgentServerDirectoryStats] | None:
    """Lists stats of  agent server directories.

     Lists stats of agent server directories.

    Args:
        session_id (str):
        detail_level (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AgentServerDirectoryStats]
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            detail_level=detail_level,
        )
    ).parsed
