from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.role_info import RoleInfo
from ...models.set_role_priority_request import SetRolePriorityRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_optional_body


def build_request(
    role_id: str,
    *,
    body: SetRolePriorityRequest | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("role_id", role_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/roles/{role_id}/priority".format(
            role_id=quote(str(role_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> RoleInfo:
    if response.status_code == 200:
        response_200 = RoleInfo.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: SetRolePriorityRequest | Mapping[str, Any] | Unset,
    *,
    priority: Any = UNSET,
) -> SetRolePriorityRequest | Unset:
    return make_optional_body(
        SetRolePriorityRequest,
        body,
        {
            "priority": priority,
        },
        "set_role_priority",
        as_json=True,
    )


def sync_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: SetRolePriorityRequest | Unset = UNSET,
) -> Response[RoleInfo | None]:
    """Sets priority for a given role.

     Sets priority for a given role.

    Args:
        role_id (str):
        body (SetRolePriorityRequest | Unset):

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
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: SetRolePriorityRequest | Unset = UNSET,
) -> RoleInfo | None:
    """Sets priority for a given role.

     Sets priority for a given role.

    Args:
        role_id (str):
        body (SetRolePriorityRequest | Unset):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: SetRolePriorityRequest | Unset = UNSET,
) -> Response[RoleInfo | None]:
    """Sets priority for a given role.

     Sets priority for a given role.

    Args:
        role_id (str):
        body (SetRolePriorityRequest | Unset):

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
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: SetRolePriorityRequest | Unset = UNSET,
) -> RoleInfo | None:
    """Sets priority for a given role.

     Sets priority for a given role.

    Args:
        role_id (str):
        body (SetRolePriorityRequest | Unset):

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
            body=body,
        )
    ).parsed
