from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.usage_stats import UsageStats

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response


def build_request(
    *,
    interval: str,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["interval"] = interval

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stats/usage",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> UsageStats:
    if response.status_code == 200:
        response_200 = UsageStats.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    interval: str,
) -> Response[UsageStats | None]:
    """Returns usage statistics for all models.

     Returns usage statistics for all models.

    Args:
        interval (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UsageStats | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            interval=interval,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    interval: str,
) -> UsageStats | None:
    """Returns usage statistics for all models.

     Returns usage statistics for all models.

    Args:
        interval (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsageStats
    """

    return sync_detailed(
        client=client,
        interval=interval,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    interval: str,
) -> Response[UsageStats | None]:
    """Returns usage statistics for all models.

     Returns usage statistics for all models.

    Args:
        interval (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UsageStats | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            interval=interval,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    interval: str,
) -> UsageStats | None:
    """Returns usage statistics for all models.

     Returns usage statistics for all models.

    Args:
        interval (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsageStats
    """

    return (
        await asyncio_detailed(
            client=client,
            interval=interval,
        )
    ).parsed
