from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.role_info import RoleInfo

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value, require_path_value


def build_request(
    user_id: str,
) -> dict[str, Any]:
    require_path_value("user_id", user_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{user_id}/roles".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[RoleInfo]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_user_roles", "array")
        response_200 = list(map(RoleInfo.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[RoleInfo] | None]:
    """Finds roles associated with a given user.

     Finds roles associated with a given user.

    Args:
        user_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[RoleInfo] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            user_id=user_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> list[RoleInfo] | None:
    """Finds roles associated with a given user.

     Finds roles associated with a given user.

    Args:
        user_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[RoleInfo]
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[RoleInfo] | None]:
    """Finds roles associated with a given user.

     Finds roles associated with a given user.

    Args:
        user_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[RoleInfo] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            user_id=user_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> list[RoleInfo] | None:
    """Finds roles associated with a given user.

     Finds roles associated with a given user.

    Args:
        user_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[RoleInfo]
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
        )
    ).parsed
