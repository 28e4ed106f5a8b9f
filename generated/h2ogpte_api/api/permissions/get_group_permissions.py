from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.user_permission import UserPermission

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value, require_path_value


def build_request(
    group_id: str,
) -> dict[str, Any]:
    require_path_value("group_id", group_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/group/{group_id}/permissions".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[UserPermission]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_group_permissions", "array")
        response_200 = list(map(UserPermission.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[UserPermission] | None]:
    """Lists permissions of a given group.

     Lists permissions of a given group.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UserPermission] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            group_id=group_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
) -> list[UserPermission] | None:
    """Lists permissions of a given group.

     Lists permissions of a given group.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserPermission]
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[UserPermission] | None]:
    """Lists permissions of a given group.

     Lists permissions of a given group.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UserPermission] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            group_id=group_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
) -> list[UserPermission] | None:
    """Lists permissions of a given group.

     Lists permissions of a given group.

    Args:
        group_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserPermission]
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
        )
    ).parsed
