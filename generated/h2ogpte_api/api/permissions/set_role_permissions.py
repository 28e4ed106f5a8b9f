from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.permission_reset_request import PermissionResetRequest

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
    role_id: str,
    *,
    body: PermissionResetRequest,
) -> dict[str, Any]:
    require_path_value("role_id", role_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/roles/{role_id}/permissions".format(
            role_id=quote(str(role_id), safe=""),
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
    body: PermissionResetRequest | Mapping[str, Any] | Unset,
    *,
    new_permissions: Any = UNSET,
) -> PermissionResetRequest:
    return make_body(
        PermissionResetRequest,
        body,
        {
            "new_permissions": new_permissions,
        },
        "set_role_permissions",
        as_json=True,
    )


def sync_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: PermissionResetRequest,
) -> Response[None]:
    """Sets a new set of permissions for a given role.

     Sets a new set of permissions for a given role.

    Args:
        role_id (str):
        body (PermissionResetRequest):

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
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: PermissionResetRequest,
) -> None:
    """Sets a new set of permissions for a given role.

     Sets a new set of permissions for a given role.

    Args:
        role_id (str):
        body (PermissionResetRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        role_id=role_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: PermissionResetRequest,
) -> Response[None]:
    """Sets a new set of permissions for a given role.

     Sets a new set of permissions for a given role.

    Args:
        role_id (str):
        body (PermissionResetRequest):

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
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: PermissionResetRequest,
) -> None:
    """Sets a new set of permissions for a given role.

     Sets a new set of permissions for a given role.

    Args:
        role_id (str):
        body (PermissionResetRequest):

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
            client=client,
            body=body,
        )
    ).parsed
