from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.roles_reset_request import RolesResetRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_body


def build_request(
    user_id: str,
    *,
    body: RolesResetRequest,
) -> dict[str, Any]:
    require_path_value("user_id", user_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/users/{user_id}/roles".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: RolesResetRequest | Mapping[str, Any] | Unset,
    *,
    new_roles: Any = UNSET,
) -> RolesResetRequest:
    return make_body(
        RolesResetRequest,
        body,
        {
            "new_roles": new_roles,
        },
        "reset_user_roles",
        as_json=True,
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: RolesResetRequest,
) -> Response[None]:
    """Resets user roles.

     Replaces all roles of the given user with a new set of roles

    Args:
        user_id (str):
        body (RolesResetRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            user_id=user_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: RolesResetRequest,
) -> None:
    """Resets user roles.

     Replaces all roles of the given user with a new set of roles

    Args:
        user_id (str):
        body (RolesResetRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: RolesResetRequest,
) -> Response[None]:
    """Resets user roles.

     Replaces all roles of the given user with a new set of roles

    Args:
        user_id (str):
        body (RolesResetRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            user_id=user_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: RolesResetRequest,
) -> None:
    """Resets user roles.

     Replaces all roles of the given user with a new set of roles

    Args:
        user_id (str):
        body (RolesResetRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
