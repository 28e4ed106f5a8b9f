from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_agent_suggestion import CustomAgentSuggestion
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    check_value,
    require_path_value,
)


def _get_kwargs(
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[CustomAgentSuggestion] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_agent_suggestions", "array")
        response_200 = list(map(CustomAgentSuggestion.from_dict, _response_200))

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

    if response.status_code == 500:
        response_500 = EndpointError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | list[CustomAgentSuggestion]]:
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


def _parse_success(response: httpx.Response) -> list[CustomAgentSuggestion]:
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
) -> Response[EndpointError | list[CustomAgentSuggestion]]:
    """Get MCP tool suggestions for a custom agent.

     Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
    identify and configure required tools.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[CustomAgentSuggestion]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[CustomAgentSuggestion] | None:
    """Get MCP tool suggestions for a custom agent.

     Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
    identify and configure required tools.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[CustomAgentSuggestion]
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | list[CustomAgentSuggestion]]:
    """Get MCP tool suggestions for a custom agent.

     Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
    identify and configure required tools.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[CustomAgentSuggestion]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[CustomAgentSuggestion] | None:
    """Get MCP tool suggestions for a custom agent.

     Returns suggested MCP tool configurations for a custom agent based on its metadata. Helps users
    identify and configure required tools.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[CustomAgentSuggestion]
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
        )
    ).parsed
