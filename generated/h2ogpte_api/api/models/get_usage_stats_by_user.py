from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.usage_stats_per_user import UsageStatsPerUser

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, check_value


def build_request(
    *,
    interval: str,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["interval"] = interval

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stats/usage_by_user",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[UsageStatsPerUser]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_usage_stats_by_user", "array")
        response_200 = list(map(UsageStatsPerUser.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    interval: str,
) -> Response[list[UsageStatsPerUser] | None]:
    """Returns usage statistics grouped by users.

     Returns usage statistics grouped by users.

    Args:
        interval (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UsageStatsPerUser] | None]
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
) -> list[UsageStatsPerUser] | None:
    """Returns usage statistics grouped by users.

     Returns usage statistics grouped by users.

    Args:
        interval (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UsageStatsPerUser]
    """

    return sync_detailed(
        client=client,
        interval=interval,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    interval: str,
) -> Response[list[UsageStatsPerUser] | None]:
    """Returns usage statistics grouped by users.

     Returns usage statistics grouped by users.

    Args:
        interval (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UsageStatsPerUser] | None]
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
) -> list[UsageStatsPerUser] | None:
    """Returns usage statistics grouped by users.

     Returns usage statistics grouped by users.

    Args:
        interval (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UsageStatsPerUser]
    """

    return (
        await asyncio_detailed(
            client=client,
            interval=interval,
        )
    ).parsed
