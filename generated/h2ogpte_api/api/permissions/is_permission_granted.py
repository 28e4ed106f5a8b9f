from collections.abc import Mapping
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.permission_check_request import PermissionCheckRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    check_value,
)
from .. import make_body


def build_request(
    *,
    body: PermissionCheckRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/permissions/is_granted",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> bool:
    if response.status_code == 200:
        response_200 = cast(bool, response.json())
        if response_200.__class__ is not bool:
            check_value(response_200, "is_permission_granted", "boolean")

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: PermissionCheckRequest | Mapping[str, Any] | Unset,
    *,
    permission: Any = UNSET,
) -> PermissionCheckRequest:
    return make_body(
        PermissionCheckRequest,
        body,
        {
            "permission": permission,
        },
        "is_permission_granted",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PermissionCheckRequest,
) -> Response[bool | None]:
    """Checks if permission is granted for a given user.

     Checks if permission is granted for a given user.

    Args:
        body (PermissionCheckRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[bool | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: PermissionCheckRequest,
) -> bool | None:
    """Checks if permission is granted for a given user.

     Checks if permission is granted for a given user.

    Args:
        body (PermissionCheckRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        bool
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PermissionCheckRequest,
) -> Response[bool | None]:
    """Checks if permission is granted for a given user.

     Checks if permission is granted for a given user.

    Args:
        body (PermissionCheckRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[bool | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PermissionCheckRequest,
) -> bool | None:
    """Checks if permission is granted for a given user.

     Checks if permission is granted for a given user.

    Args:
        body (PermissionCheckRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        bool
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
