from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    group_id: str,
    role_names: list[str],
) -> dict[str, Any]:
    require_path_value("group_id", group_id)
    require_path_value("role_names", role_names)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/groups/{group_id}/roles/{role_names}".format(
            group_id=quote(str(group_id), safe=""),
            role_names=",".join(quote(str(item), safe="") for item in role_names),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    group_id: str,
    role_names: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Removes roles from a given group.

     Removes roles from a given group.

    Args:
        group_id (str):
        role_names (list[str]):

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
            role_names=role_names,
        )
    )
    return build_response(client, response, parse)


def sync(
    group_id: str,
    role_names: list[str],
    *,
    client: AuthenticatedClient,
) -> None:
    """Removes roles from a given group.

     Removes roles from a given group.

    Args:
        group_id (str):
        role_names (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        group_id=group_id,
        role_names=role_names,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    role_names: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Removes roles from a given group.

     Removes roles from a given group.

    Args:
        group_id (str):
        role_names (list[str]):

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
            role_names=role_names,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    group_id: str,
    role_names: list[str],
    *,
    client: AuthenticatedClient,
) -> None:
    """Removes roles from a given group.

     Removes roles from a given group.

    Args:
        group_id (str):
        role_names (list[str]):

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
            role_names=role_names,
            client=client,
        )
    ).parsed
