from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.launch_custom_agent_tool_200_response import (
    LaunchCustomAgentTool200Response,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    tool_id: str,
) -> dict[str, Any]:
    require_path_value("tool_id", tool_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/custom_tools/{tool_id}/launch".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> LaunchCustomAgentTool200Response:
    if response.status_code == 200:
        response_200 = LaunchCustomAgentTool200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[LaunchCustomAgentTool200Response | None]:
    """Launches a custom agent tool via CodeAPI

     Launches a custom agent tool using CodeAPI and stores the endpoint URL.

    Args:
        tool_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LaunchCustomAgentTool200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            tool_id=tool_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> LaunchCustomAgentTool200Response | None:
    """Launches a custom agent tool via CodeAPI

     Launches a custom agent tool using CodeAPI and stores the endpoint URL.

    Args:
        tool_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LaunchCustomAgentTool200Response
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[LaunchCustomAgentTool200Response | None]:
    """Launches a custom agent tool via CodeAPI

     Launches a custom agent tool using CodeAPI and stores the endpoint URL.

    Args:
        tool_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LaunchCustomAgentTool200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            tool_id=tool_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> LaunchCustomAgentTool200Response | None:
    """Launches a custom agent tool via CodeAPI

     Launches a custom agent tool using CodeAPI and stores the endpoint URL.

    Args:
        tool_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LaunchCustomAgentTool200Response
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
        )
    ).parsed
