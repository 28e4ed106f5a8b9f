from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.send_hitl_message_request import SendHitlMessageRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_body


def build_request(
    question_id: str,
    *,
    body: SendHitlMessageRequest,
) -> dict[str, Any]:
    require_path_value("question_id", question_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/{question_id}/hitl".format(
            question_id=quote(str(question_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: SendHitlMessageRequest | Mapping[str, Any] | Unset,
    *,
    message: Any = UNSET,
) -> SendHitlMessageRequest:
    return make_body(
        SendHitlMessageRequest,
        body,
        {
            "message": message,
        },
        "send_hitl_message",
        as_json=True,
    )


def sync_detailed(
    question_id: str,
    *,
    client: AuthenticatedClient,
    body: SendHitlMessageRequest,
) -> Response[None]:
    """Send a course correction message to a running agent.

     Sends a human-in-the-loop message to a running agent. The agent will incorporate this guidance
    before its next LLM call.

    Args:
        question_id (str):
        body (SendHitlMessageRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            question_id=question_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    question_id: str,
    *,
    client: AuthenticatedClient,
    body: SendHitlMessageRequest,
) -> None:
    """Send a course correction message to a running agent.

     Sends a human-in-the-loop message to a running agent. The agent will incorporate this guidance
    before its next LLM call.

    Args:
        question_id (str):
        body (SendHitlMessageRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        question_id=question_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    question_id: str,
    *,
    client: AuthenticatedClient,
    body: SendHitlMessageRequest,
) -> Response[None]:
    """Send a course correction message to a running agent.

     Sends a human-in-the-loop message to a running agent. The agent will incorporate this guidance
    before its next LLM call.

    Args:
        question_id (str):
        body (SendHitlMessageRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            question_id=question_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    question_id: str,
    *,
    client: AuthenticatedClient,
    body: SendHitlMessageRequest,
) -> None:
    """Send a course correction message to a running agent.

     Sends a human-in-the-loop message to a running agent. The agent will incorporate this guidance
    before its next LLM call.

    Args:
        question_id (str):
        body (SendHitlMessageRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            question_id=question_id,
            client=client,
            body=body,
        )
    ).parsed
