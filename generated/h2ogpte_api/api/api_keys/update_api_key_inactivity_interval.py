from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.api_key_update_inactivity_interval_request import (
    APIKeyUpdateInactivityIntervalRequest,
)

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
    key_id: str,
    *,
    body: APIKeyUpdateInactivityIntervalRequest | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("key_id", key_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/admin/api_keys/inactivity_interval/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: APIKeyUpdateInactivityIntervalRequest | Mapping[str, Any] | Unset,
    *,
    inactivity_interval: Any = UNSET,
) -> APIKeyUpdateInactivityIntervalRequest | Unset:
    return make_optional_body(
        APIKeyUpdateInactivityIntervalRequest,
        body,
        {
            "inactivity_interval": inactivity_interval,
        },
        "update_api_key_inactivity_interval",
        as_json=True,
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: APIKeyUpdateInactivityIntervalRequest | Unset = UNSET,
) -> Response[None]:
    """Update API key inactivity interval.

     Allows admins to update the inactivity interval of an API key (either set a new inactivity interval
    or remove one). The inactivity interval is the number of days a key can remain unused (no activity)
    before it becomes invalid.

    Args:
        key_id (str):
        body (APIKeyUpdateInactivityIntervalRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            key_id=key_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: APIKeyUpdateInactivityIntervalRequest | Unset = UNSET,
) -> None:
    """Update API key inactivity interval.

     Allows admins to update the inactivity interval of an API key (either set a new inactivity interval
    or remove one). The inactivity interval is the number of days a key can remain unused (no activity)
    before it becomes invalid.

    Args:
        key_id (str):
        body (APIKeyUpdateInactivityIntervalRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: APIKeyUpdateInactivityIntervalRequest | Unset = UNSET,
) -> Response[None]:
    """Update API key inactivity interval.

     Allows admins to update the inactivity interval of an API key (either set a new inactivity interval
    or remove one). The inactivity interval is the number of days a key can remain unused (no activity)
    before it becomes invalid.

    Args:
        key_id (str):
        body (APIKeyUpdateInactivityIntervalRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            key_id=key_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: APIKeyUpdateInactivityIntervalRequest | Unset = UNSET,
) -> None:
    """Update API key inactivity interval.

     Allows admins to update the inactivity interval of an API key (either set a new inactivity interval
    or remove one). The inactivity interval is the number of days a key can remain unused (no activity)
    before it becomes invalid.

    Args:
        key_id (str):
        body (APIKeyUpdateInactivityIntervalRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
