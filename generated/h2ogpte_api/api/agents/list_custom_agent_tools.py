from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.list_custom_agent_tools_200_response_inner import (
    ListCustomAgentTools200ResponseInner,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/custom_tools",
    }

    return _kwargs


def parse(response: httpx.Response) -> list[ListCustomAgentTools200ResponseInner]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_custom_agent_tools", "array")
        response_200 = list(
            map(ListCustomAgentTools200ResponseInner.from_dict, _response_200)
        )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[ListCustomAgentTools200ResponseInner] | None]:
    """List Custom Agent Tools

     List all custom agent tools for the current user

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ListCustomAgentTools200ResponseInner] | None]
    """

    response = client.get_httpx_client().request(**build_request())
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[ListCustomAgentTools200ResponseInner] | None:
    """List Custom Agent Tools

     List all custom agent tools for the current user

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ListCustomAgentTools200ResponseInner]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[ListCustomAgentTools200ResponseInner] | None]:
    """List Custom Agent Tools

     List all custom agent tools for the current user

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ListCustomAgentTools200ResponseInner] | None]
    """

    response = await client.get_async_httpx_client().request(**build_request())
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[ListCustomAgentTools200ResponseInner] | None:
    """List Custom Agent Tools

     List all custom agent tools for the current user

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ListCustomAgentTools200ResponseInner]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
