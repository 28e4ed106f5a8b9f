from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.update_custom_agent_200_response import UpdateCustomAgent200Response
from ...models.update_custom_agent_request import UpdateCustomAgentRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    agent_id: str,
    *,
    body: UpdateCustomAgentRequest,
) -> dict[str, Any]:
    require_path_value("agent_id", agent_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/agents/custom_agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | UpdateCustomAgent200Response | None:
    if response.status_code == 200:
        response_200 = UpdateCustomAgent200Response.from_dict(response.json())

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
) -> Response[EndpointError | UpdateCustomAgent200Response]:
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


def _parse_success(response: httpx.Response) -> UpdateCustomAgent200Response:
    if response.status_code == 200:
        response_200 = UpdateCustomAgent200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentRequest,
) -> Response[EndpointError | UpdateCustomAgent200Response]:
    """Updates a custom agent

     Updates a custom agent given an agent id belonging to the user.

    Args:
        agent_id (str):
        body (UpdateCustomAgentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UpdateCustomAgent200Response]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentRequest,
) -> EndpointError | UpdateCustomAgent200Response | None:
    """Updates a custom agent

     Updates a custom agent given an agent id belonging to the user.

    Args:
        agent_id (str):
        body (UpdateCustomAgentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UpdateCustomAgent200Response
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentRequest,
) -> Response[EndpointError | UpdateCustomAgent200Response]:
    """Updates a custom agent

     Updates a custom agent given an agent id belonging to the user.

    Args:
        agent_id (str):
        body (UpdateCustomAgentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UpdateCustomAgent200Response]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentRequest,
) -> EndpointError | UpdateCustomAgent200Response | None:
    """Updates a custom agent

     Updates a custom agent given an agent id belonging to the user.

    Args:
        agent_id (str):
        body (UpdateCustomAgentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UpdateCustomAgent200Response
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
