from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response


def build_request(
    *,
    names: list[str],
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _json_names = names

    _params["names"] = _json_names

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/groups",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    names: list[str],
) -> Response[None]:
    """Deletes groups for given group names.

     Deletes groups for given group names.

    Args:
        names (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            names=names,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    names: list[str],
) -> None:
    """Deletes groups for given group names.

     Deletes groups for given group names.

    Args:
        names (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        names=names,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    names: list[str],
) -> Response[None]:
    """Deletes groups for given group names.

     Deletes groups for given group names.

    Args:
        names (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            names=names,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    names: list[str],
) -> None:
    """Deletes groups for given group names.

     Deletes groups for given group names.

    Args:
        names (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            names=names,
        )
    ).parsed
