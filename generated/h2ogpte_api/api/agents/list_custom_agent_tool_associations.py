from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_agent_tool_association import CustomAgentToolAssociation
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
    check_value,
)


def _get_kwargs(
    *,
    agent_id: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params["agent_name"] = agent_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/custom_agent_tool_associations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[CustomAgentToolAssociation] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_custom_agent_tool_associations", "array")
        response_200 = list(map(CustomAgentToolAssociation.from_dict, _response_200))

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = EndpointError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | list[CustomAgentToolAssociation]]:
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


def _parse_success(response: httpx.Response) -> list[CustomAgentToolAssociation]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_custom_agent_tool_associations", "array")
        response_200 = list(map(CustomAgentToolAssociation.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
) -> Response[EndpointError | list[CustomAgentToolAssociation]]:
    """Returns a list of custom agent tool associations.

     Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.

    Args:
        agent_id (str | Unset):
        agent_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[CustomAgentToolAssociation]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        agent_name=agent_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
) -> EndpointError | list[CustomAgentToolAssociation] | None:
    """Returns a list of custom agent tool associations.

     Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.

    Args:
        agent_id (str | Unset):
        agent_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[CustomAgentToolAssociation]
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        agent_name=agent_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
) -> Response[EndpointError | list[CustomAgentToolAssociation]]:
    """Returns a list of custom agent tool associations.

     Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.

    Args:
        agent_id (str | Unset):
        agent_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[CustomAgentToolAssociation]]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        agent_name=agent_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
) -> EndpointError | list[CustomAgentToolAssociation] | None:
    """Returns a list of custom agent tool associations.

     Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.

    Args:
        agent_id (str | Unset):
        agent_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[CustomAgentToolAssociation]
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            agent_name=agent_name,
        )
    ).parsed
