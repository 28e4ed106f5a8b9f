from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    role_ids: list[str],
) -> dict[str, Any]:
    require_path_value("role_ids", role_ids)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/roles/{role_ids}".format(
            role_ids=",".join(quote(str(item), safe="") for item in role_ids),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    role_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Deletes roles for given unique identifiers.

     Deletes roles for given unique identifiers.

    Args:
        role_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            role_ids=role_ids,
        )
    )
    return build_response(client, response, parse)


def sync(
    role_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> None:
    """Deletes roles for given unique identifiers.

     Deletes roles for given unique identifiers.

    Args:
        role_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        role_ids=role_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    role_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Deletes roles for given unique identifiers.

     Deletes roles for given unique identifiers.

    Args:
        role_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            role_ids=role_ids,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    role_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> None:
    """Deletes roles for given unique identifiers.

     Deletes roles for given unique identifiers.

    Args:
        role_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            role_ids=role_ids,
            client=client,
        )
    ).parsed
