from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.list_builtin_mcps_200_response import ListBuiltinMcps200Response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/builtin_mcps",
    }

    return _kwargs


def parse(response: httpx.Response) -> ListBuiltinMcps200Response:
    if response.status_code == 200:
        response_200 = ListBuiltinMcps200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListBuiltinMcps200Response | None]:
    """Lists built-in MCPs

     Returns the list of built-in predefined MCPs (Model Context Protocol servers) available for use.
    Includes information about which MCPs are already added as tools and which OAuth apps are connected.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBuiltinMcps200Response | None]
    """

    response = client.get_httpx_client().request(**build_request())
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListBuiltinMcps200Response | None:
    """Lists built-in MCPs

     Returns the list of built-in predefined MCPs (Model Context Protocol servers) available for use.
    Includes information about which MCPs are already added as tools and which OAuth apps are connected.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBuiltinMcps200Response
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListBuiltinMcps200Response | None]:
    """Lists built-in MCPs

     Returns the list of built-in predefined MCPs (Model Context Protocol servers) available for use.
    Includes information about which MCPs are already added as tools and which OAuth apps are connected.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBuiltinMcps200Response | None]
    """

    response = await client.get_async_httpx_client().request(**build_request())
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListBuiltinMcps200Response | None:
    """Lists built-in MCPs

     Returns the list of built-in predefined MCPs (Model Context Protocol servers) available for use.
    Includes information about which MCPs are already added as tools and which OAuth apps are connected.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBuiltinMcps200Response
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
