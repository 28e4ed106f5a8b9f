from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_qa_feedback_request import UpdateQAFeedbackRequest

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
    answer_id: str,
    *,
    body: UpdateQAFeedbackRequest,
) -> dict[str, Any]:
    require_path_value("answer_id", answer_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/question_answer_feedbacks/{answer_id}".format(
            answer_id=quote(str(answer_id), safe=""),
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
    body: UpdateQAFeedbackRequest | Mapping[str, Any] | Unset,
    *,
    expected_answer: Any = UNSET,
    user_comment: Any = UNSET,
) -> UpdateQAFeedbackRequest:
    return make_body(
        UpdateQAFeedbackRequest,
        body,
        {
            "expected_answer": expected_answer,
            "user_comment": user_comment,
        },
        "update_question_answer_feedback",
        as_json=True,
    )


def sync_detailed(
    answer_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateQAFeedbackRequest,
) -> Response[None]:
    """Update feedback for a specific answer to a question.

     Update feedback for a specific answer to a question.

    Args:
        answer_id (str):
        body (UpdateQAFeedbackRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            answer_id=answer_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    answer_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateQAFeedbackRequest,
) -> None:
    """Update feedback for a specific answer to a question.

     Update feedback for a specific answer to a question.

    Args:
        answer_id (str):
        body (UpdateQAFeedbackRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        answer_id=answer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    answer_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateQAFeedbackRequest,
) -> Response[None]:
    """Update feedback for a specific answer to a question.

     Update feedback for a specific answer to a question.

    Args:
        answer_id (str):
        body (UpdateQAFeedbackRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            answer_id=answer_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    answer_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateQAFeedbackRequest,
) -> None:
    """Update feedback for a specific answer to a question.

     Update feedback for a specific answer to a question.

    Args:
        answer_id (str):
        body (UpdateQAFeedbackRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            answer_id=answer_id,
            client=client,
            body=body,
        )
    ).parsed
