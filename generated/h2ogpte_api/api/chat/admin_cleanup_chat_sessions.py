from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.admin_cleanup_chat_sessions_request import (
    AdminCleanupChatSessionsRequest,
)
from ...models.job_details import JobDetails

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
    body: AdminCleanupChatSessionsRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/chats/cleanup",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: AdminCleanupChatSessionsRequest | Mapping[str, Any] | Unset,
    *,
    older_than_days: Any = UNSET,
    force: Any = UNSET,
) -> AdminCleanupChatSessionsRequest:
    return make_body(
        AdminCleanupChatSessionsRequest,
        body,
        {
            "older_than_days": older_than_days,
            "force": force,
        },
        "admin_cleanup_chat_sessions",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AdminCleanupChatSessionsRequest,
) -> Response[JobDetails | None]:
    """Trigger cleanup of old chat sessions.

     Admin endpoint to delete chat sessions older than a specified number of days.

    Args:
        body (AdminCleanupChatSessionsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
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
    body: AdminCleanupChatSessionsRequest,
) -> JobDetails | None:
    """Trigger cleanup of old chat sessions.

     Admin endpoint to delete chat sessions older than a specified number of days.

    Args:
        body (AdminCleanupChatSessionsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AdminCleanupChatSessionsRequest,
) -> Response[JobDetails | None]:
    """Trigger cleanup of old chat sessions.

     Admin endpoint to delete chat sessions older than a specified number of days.

    Args:
        body (AdminCleanupChatSessionsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
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
    body: AdminCleanupChatSessionsRequest,
) -> JobDetails | None:
    """Trigger cleanup of old chat sessions.

     Admin endpoint to delete chat sessions older than a specified number of days.

    Args:
        body (AdminCleanupChatSessionsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
