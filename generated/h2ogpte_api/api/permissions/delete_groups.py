from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    group_ids: list[str],
) -> dict[str, Any]:
    require_path_value("group_ids", group_ids)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/groups/{group_ids}".format(
            group_ids=",".join(quote(str(item), safe="") for item in group_ids),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    group_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Deletes groups for given unique identifiers.

     Deletes a groups for given unique identifiers.

    Args:
        group_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            group_ids=group_ids,
        )
    )
    return build_response(client, response, parse)


def sync(
    group_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> None:
    """Deletes groups for given unique identifiers.

     Deletes a groups for given unique identifiers.

    Args:
        group_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        group_ids=group_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Deletes groups for given unique identifiers.

     Deletes a groups for given unique identifiers.

    Args:
        group_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            group_ids=group_ids,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    group_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> None:
    """Deletes groups for given unique identifiers.

     Deletes a groups for given unique identifiers.

    Args:
        group_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            group_ids=group_ids,
            client=client,
        )
    ).parsed
