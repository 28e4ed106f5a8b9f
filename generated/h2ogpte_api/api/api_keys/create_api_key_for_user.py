from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.api_key_create_request import APIKeyCreateRequest
from ...models.api_key_result import APIKeyResult

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
)
from .. import make_body


def build_request(
    *,
    body: APIKeyCreateRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/api_keys",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> APIKeyResult:
    if response.status_code == 201:
        response_201 = APIKeyResult.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: APIKeyCreateRequest | Mapping[str, Any] | Unset,
    *,
    user_id: Any = UNSET,
    name: Any = UNSET,
    collection_id: Any = UNSET,
    expires_in: Any = UNSET,
    inactivity_interval: Any = UNSET,
) -> APIKeyCreateRequest:
    return make_body(
        APIKeyCreateRequest,
        body,
        {
            "user_id": user_id,
            "name": name,
            "collection_id": collection_id,
            "expires_in": expires_in,
            "inactivity_interval": inactivity_interval,
        },
        "create_api_key_for_user",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: APIKeyCreateRequest,
) -> Response[APIKeyResult | None]:
    """Create an API key

     Allows admins to create an API key for another user.

    Args:
        body (APIKeyCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIKeyResult | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: APIKeyCreateRequest,
) -> APIKeyResult | None:
    """Create an API key

     Allows admins to create an API key for another user.

    Args:
        body (APIKeyCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIKeyResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: APIKeyCreateRequest,
) -> Response[APIKeyResult | None]:
    """Create an API key

     Allows admins to create an API key for another user.

    Args:
        body (APIKeyCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIKeyResult | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: APIKeyCreateRequest,
) -> APIKeyResult | None:
    """Create an API key

     Allows admins to create an API key for another user.

    Args:
        body (APIKeyCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIKeyResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
