from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_items


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/tool_preference",
    }

    return _kwargs


def parse(response: httpx.Response) -> list[str]:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())
        if response_200.__class__ is not list or response_200:
            check_items(response_200, "list_agent_tool_preference", "string")

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[str] | None]:
    """Lists the agent tool preference for the user.

     Lists the agent tool preference for the user.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | None]
    """

    response = client.get_httpx_client().request(**build_request())
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[str] | None:
    """Lists the agent tool preference for the user.

     Lists the agent tool preference for the user.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[str] | None]:
    """Lists the agent tool preference for the user.

     Lists the agent tool preference for the user.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | None]
    """

    response = await client.get_async_httpx_client().request(**build_request())
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[str] | None:
    """Lists the agent tool preference for the user.

     Lists the agent tool preference for the user.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
