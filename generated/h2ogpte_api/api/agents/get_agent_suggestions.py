from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.custom_agent_suggestion import CustomAgentSuggestion

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value, require_path_value


def build_request(
    agent_id: str,
) -> dict[str, Any]:
    require_path_value("agent_id", agent_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/custom_agents/{agent_id}/suggestions".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[CustomAgentSuggestion]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_agent_suggestions", "array")
        response_200 = list(map(CustomAgentSuggestion.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[CustomAgentSuggestion] | None]:
    """Get MCP tool suggestions for a custom agent.

     Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
    identify and configure required tools.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CustomAgentSuggestion] | None]
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
) -> list[CustomAgentSuggestion] | None:
    """Get MCP tool suggestions for a custom agent.

     Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
    identify and configure required tools.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CustomAgentSuggestion]
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[CustomAgentSuggestion] | None]:
    """Get MCP tool suggestions for a custom agent.

     Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
    identify and configure required tools.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CustomAgentSuggestion] | None]
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
) -> list[CustomAgentSuggestion] | None:
    """Get MCP tool suggestions for a custom agent.

     Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
    identify and configure required tools.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CustomAgentSuggestion]
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
        )
    ).parsed
