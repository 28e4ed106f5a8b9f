from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.role_info import RoleInfo

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    role_id: str,
) -> dict[str, Any]:
    require_path_value("role_id", role_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roles/{role_id}".format(
            role_id=quote(str(role_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> RoleInfo:
    if response.status_code == 200:
        response_200 = RoleInfo.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[RoleInfo | None]:
    """Finds role for a given unique identifier.

     Finds role for a given unique identifier.

    Args:
        role_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RoleInfo | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            role_id=role_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> RoleInfo | None:
    """Finds role for a given unique identifier.

     Finds role for a given unique identifier.

    Args:
        role_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RoleInfo
    """

    return sync_detailed(
        role_id=role_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[RoleInfo | None]:
    """Finds role for a given unique identifier.

     Finds role for a given unique identifier.

    Args:
        role_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RoleInfo | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            role_id=role_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> RoleInfo | None:
    """Finds role for a given unique identifier.

     Finds role for a given unique identifier.

    Args:
        role_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RoleInfo
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            client=client,
        )
    ).parsed
