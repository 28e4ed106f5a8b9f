from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    role_id: str,
    permission_name: str,
) -> dict[str, Any]:
    require_path_value("role_id", role_id)
    require_path_value("permission_name", permission_name)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/roles/{role_id}/permissions/{permission_name}".format(
            role_id=quote(str(role_id), safe=""),
            permission_name=quote(str(permission_name), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    role_id: str,
    permission_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Removes permission from a given role.

     Removes permission from a given role.

    Args:
        role_id (str):
        permission_name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            role_id=role_id,
            permission_name=permission_name,
        )
    )
    return build_response(client, response, parse)


def sync(
    role_id: str,
    permission_name: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Removes permission from a given role.

     Removes permission from a given role.

    Args:
        role_id (str):
        permission_name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        role_id=role_id,
        permission_name=permission_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    permission_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Removes permission from a given role.

     Removes permission from a given role.

    Args:
        role_id (str):
        permission_name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            role_id=role_id,
            permission_name=permission_name,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    role_id: str,
    permission_name: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Removes permission from a given role.

     Removes permission from a given role.

    Args:
        role_id (str):
        permission_name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            permission_name=permission_name,
            client=client,
        )
    ).parsed
