from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.user_deletion_request import UserDeletionRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/users/current",
    }

    return _kwargs


def parse(response: httpx.Response) -> UserDeletionRequest:
    if response.status_code == 200:
        response_200 = UserDeletionRequest.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[UserDeletionRequest | None]:
    """Request deletion of the current user.

     Creates a deletion request for the currently authenticated user. Returns a delete ID that must be
    used to confirm the deletion within 5 minutes.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserDeletionRequest | None]
    """

    response = client.get_httpx_client().request(**build_request())
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> UserDeletionRequest | None:
    """Request deletion of the current user.

     Creates a deletion request for the currently authenticated user. Returns a delete ID that must be
    used to confirm the deletion within 5 minutes.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserDeletionRequest
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[UserDeletionRequest | None]:
    """Request deletion of the current user.

     Creates a deletion request for the currently authenticated user. Returns a delete ID that must be
    used to confirm the deletion within 5 minutes.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserDeletionRequest | None]
    """

    response = await client.get_async_httpx_client().request(**build_request())
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> UserDeletionRequest | None:
    """Request deletion of the current user.

     Creates a deletion request for the currently authenticated user. Returns a delete ID that must be
    used to confirm the deletion within 5 minutes.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserDeletionRequest
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
