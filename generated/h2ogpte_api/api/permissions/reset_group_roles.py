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
    group_id: str,
    *,
    body: RolesResetRequest,
) -> dict[str, Any]:
    require_path_value("group_id", group_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/groups/{group_id}/roles".format(
            group_id=quote(str(group_id), safe=""),
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
        "reset_group_roles",
        as_json=True,
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: RolesResetRequest,
) -> Response[None]:
    """Resets group roles.

     Replaces all roles of the given group with a new set of roles

    Args:
        group_id (str):
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
            group_id=group_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: RolesResetRequest,
) -> None:
    """Resets group roles.

     Replaces all roles of the given group with a new set of roles

    Args:
        group_id (str):
        body (RolesResetRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: RolesResetRequest,
) -> Response[None]:
    """Resets group roles.

     Replaces all roles of the given group with a new set of roles

    Args:
        group_id (str):
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
            group_id=group_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: RolesResetRequest,
) -> None:
    """Resets group roles.

     Replaces all roles of the given group with a new set of roles

    Args:
        group_id (str):
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
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
