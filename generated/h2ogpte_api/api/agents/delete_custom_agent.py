from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.count import Count

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    agent_ids: list[str],
) -> dict[str, Any]:
    require_path_value("agent_ids", agent_ids)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/agents/custom_agents/{agent_ids}".format(
            agent_ids=",".join(quote(str(item), safe="") for item in agent_ids),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Count:
    if response.status_code == 200:
        response_200 = Count.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    agent_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[Count | None]:
    """Deletes custom agents

     Deletes custom agents given a list of agent ids belonging to the user.

    Args:
        agent_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            agent_ids=agent_ids,
        )
    )
    return build_response(client, response, parse)


def sync(
    agent_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Count | None:
    """Deletes custom agents

     Deletes custom agents given a list of agent ids belonging to the user.

    Args:
        agent_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return sync_detailed(
        agent_ids=agent_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[Count | None]:
    """Deletes custom agents

     Deletes custom agents given a list of agent ids belonging to the user.

    Args:
        agent_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            agent_ids=agent_ids,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    agent_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Count | None:
    """Deletes custom agents

     Deletes custom agents given a list of agent ids belonging to the user.

    Args:
        agent_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return (
        await asyncio_detailed(
            agent_ids=agent_ids,
            client=client,
        )
    ).parsed
