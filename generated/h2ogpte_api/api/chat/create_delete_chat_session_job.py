from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.delete_chat_sessions_job_request import DeleteChatSessionsJobRequest
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
    body: DeleteChatSessionsJobRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/delete_job",
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
    body: DeleteChatSessionsJobRequest | Mapping[str, Any] | Unset,
    *,
    session_ids: Any = UNSET,
) -> DeleteChatSessionsJobRequest:
    return make_body(
        DeleteChatSessionsJobRequest,
        body,
        {
            "session_ids": session_ids,
        },
        "create_delete_chat_session_job",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteChatSessionsJobRequest,
) -> Response[JobDetails | None]:
    """Creates job to delete chat sessions.

     Creates job to delete chat sessions.

    Args:
        body (DeleteChatSessionsJobRequest):

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
    body: DeleteChatSessionsJobRequest,
) -> JobDetails | None:
    """Creates job to delete chat sessions.

     Creates job to delete chat sessions.

    Args:
        body (DeleteChatSessionsJobRequest):

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
    body: DeleteChatSessionsJobRequest,
) -> Response[JobDetails | None]:
    """Creates job to delete chat sessions.

     Creates job to delete chat sessions.

    Args:
        body (DeleteChatSessionsJobRequest):

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
    body: DeleteChatSessionsJobRequest,
) -> JobDetails | None:
    """Creates job to delete chat sessions.

     Creates job to delete chat sessions.

    Args:
        body (DeleteChatSessionsJobRequest):

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
