from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.custom_agent_tool_association import CustomAgentToolAssociation

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value


def build_request(
    *,
    agent_id: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["agent_id"] = agent_id

    _params["agent_name"] = agent_name

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/custom_agent_tool_associations",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[CustomAgentToolAssociation]:
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
) -> Response[list[CustomAgentToolAssociation] | None]:
    """Returns a list of custom agent tool associations.

     Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.

    Args:
        agent_id (str | Unset):
        agent_name (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CustomAgentToolAssociation] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            agent_id=agent_id,
            agent_name=agent_name,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
) -> list[CustomAgentToolAssociation] | None:
    """Returns a list of custom agent tool associations.

     Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.

    Args:
        agent_id (str | Unset):
        agent_name (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CustomAgentToolAssociation]
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
) -> Response[list[CustomAgentToolAssociation] | None]:
    """Returns a list of custom agent tool associations.

     Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.

    Args:
        agent_id (str | Unset):
        agent_name (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CustomAgentToolAssociation] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            agent_id=agent_id,
            agent_name=agent_name,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    agent_name: str | Unset = UNSET,
) -> list[CustomAgentToolAssociation] | None:
    """Returns a list of custom agent tool associations.

     Returns a list of custom agent tool associations, optionally filtered by agent_id or agent_name.

    Args:
        agent_id (str | Unset):
        agent_name (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CustomAgentToolAssociation]
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            agent_name=agent_name,
        )
    ).parsed
