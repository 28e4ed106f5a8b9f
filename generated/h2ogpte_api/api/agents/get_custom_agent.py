from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.custom_agent_detail import CustomAgentDetail

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    agent_id: str,
) -> dict[str, Any]:
    require_path_value("agent_id", agent_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/custom_agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> CustomAgentDetail:
    if response.status_code == 200:
        response_200 = CustomAgentDetail.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CustomAgentDetail | None]:
    """Get a single custom agent

     Get a single custom agent by ID for the current user

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAgentDetail | None]
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
) -> CustomAgentDetail | None:
    """Get a single custom agent

     Get a single custom agent by ID for the current user

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAgentDetail
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CustomAgentDetail | None]:
    """Get a single custom agent

     Get a single custom agent by ID for the current user

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAgentDetail | None]
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
) -> CustomAgentDetail | None:
    """Get a single custom agent

     Get a single custom agent by ID for the current user

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAgentDetail
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
        )
    ).parsed
