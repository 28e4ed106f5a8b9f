from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import File, Response, require_path_value


def build_request(
    agent_id: str,
) -> dict[str, Any]:
    require_path_value("agent_id", agent_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/custom_agents/{agent_id}/download".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | None]:
    """Download custom agent zip file

     Downloads the zip file associated with a custom agent owned by the current user.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            agent_id=agent_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> File | None:
    """Download custom agent zip file

     Downloads the zip file associated with a custom agent owned by the current user.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | None]:
    """Download custom agent zip file

     Downloads the zip file associated with a custom agent owned by the current user.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            agent_id=agent_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> File | None:
    """Download custom agent zip file

     Downloads the zip file associated with a custom agent owned by the current user.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
        )
    ).parsed
