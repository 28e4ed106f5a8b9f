from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.agent_server_file import AgentServerFile

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value, require_path_value


def build_request(
    session_id: str,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats/{session_id}/agent_server_files".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[AgentServerFile]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_agent_server_files", "array")
        response_200 = list(map(AgentServerFile.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[AgentServerFile] | None]:
    """Lists agent server files.

     Lists agent server files.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AgentServerFile] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            session_id=session_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> list[AgentServerFile] | None:
    """Lists agent server files.

     Lists agent server files.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AgentServerFile]
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[AgentServerFile] | None]:
    """Lists agent server files.

     Lists agent server files.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AgentServerFile] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            session_id=session_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> list[AgentServerFile] | None:
    """Lists agent server files.

     Lists agent server files.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AgentServerFile]
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
