from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.user_permission import UserPermission

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value


def build_request(
    *,
    group_names: list[str] | Unset = UNSET,
    role_names: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _json_group_names: list[str] | Unset = UNSET
    if not isinstance(group_names, Unset):
        _json_group_names = group_names

    _params["group_names"] = _json_group_names

    _json_role_names: list[str] | Unset = UNSET
    if not isinstance(role_names, Unset):
        _json_role_names = role_names

    _params["role_names"] = _json_role_names

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/permissions",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[UserPermission]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_permissions", "array")
        response_200 = list(map(UserPermission.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_names: list[str] | Unset = UNSET,
    role_names: list[str] | Unset = UNSET,
) -> Response[list[UserPermission] | None]:
    """Returns system permissions.

     Returns all system permissions or permissions for given groups

    Args:
        group_names (list[str] | Unset):
        role_names (list[str] | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UserPermission] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            group_names=group_names,
            role_names=role_names,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    group_names: list[str] | Unset = UNSET,
    role_names: list[str] | Unset = UNSET,
) -> list[UserPermission] | None:
    """Returns system permissions.

     Returns all system permissions or permissions for given groups

    Args:
        group_names (list[str] | Unset):
        role_names (list[str] | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserPermission]
    """

    return sync_detailed(
        client=client,
        group_names=group_names,
        role_names=role_names,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_names: list[str] | Unset = UNSET,
    role_names: list[str] | Unset = UNSET,
) -> Response[list[UserPermission] | None]:
    """Returns system permissions.

     Returns all system permissions or permissions for given groups

    Args:
        group_names (list[str] | Unset):
        role_names (list[str] | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UserPermission] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            group_names=group_names,
            role_names=role_names,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_names: list[str] | Unset = UNSET,
    role_names: list[str] | Unset = UNSET,
) -> list[UserPermission] | None:
    """Returns system permissions.

     Returns all system permissions or permissions for given groups

    Args:
        group_names (list[str] | Unset):
        role_names (list[str] | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserPermission]
    """

    return (
        await asyncio_detailed(
            client=client,
            group_names=group_names,
            role_names=role_names,
        )
    ).parsed
