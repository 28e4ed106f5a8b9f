from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.remove_custom_agent_tool_from_codeapi_200_response import (
    RemoveCustomAgentToolFromCodeapi200Response,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    tool_id: str,
) -> dict[str, Any]:
    require_path_value("tool_id", tool_id)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/agents/custom_tools/{tool_id}/launch".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> RemoveCustomAgentToolFromCodeapi200Response:
    if response.status_code == 200:
        response_200 = RemoveCustomAgentToolFromCodeapi200Response.from_dict(
            response.json()
        )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[RemoveCustomAgentToolFromCodeapi200Response | None]:
    """Removes a custom agent tool from CodeAPI

     Terminates the CodeAPI job for a custom agent tool and clears its CodeAPI state.

    Args:
        tool_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveCustomAgentToolFromCodeapi200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            tool_id=tool_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> RemoveCustomAgentToolFromCodeapi200Response | None:
    """Removes a custom agent tool from CodeAPI

     Terminates the CodeAPI job for a custom agent tool and clears its CodeAPI state.

    Args:
        tool_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveCustomAgentToolFromCodeapi200Response
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[RemoveCustomAgentToolFromCodeapi200Response | None]:
    """Removes a custom agent tool from CodeAPI

     Terminates the CodeAPI job for a custom agent tool and clears its CodeAPI state.

    Args:
        tool_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveCustomAgentToolFromCodeapi200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            tool_id=tool_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
) -> RemoveCustomAgentToolFromCodeapi200Response | None:
    """Removes a custom agent tool from CodeAPI

     Terminates the CodeAPI job for a custom agent tool and clears its CodeAPI state.

    Args:
        tool_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveCustomAgentToolFromCodeapi200Response
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
        )
    ).parsed
