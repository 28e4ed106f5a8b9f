from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.qa_feedback import QAFeedback

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value


def build_request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["offset"] = offset

    _params["limit"] = limit

    _params["collection_id"] = collection_id

    _params["interval"] = interval

    _params["no_collection"] = no_collection

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/question_answer_feedbacks",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[QAFeedback]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_question_answer_feedbacks", "array")
        response_200 = list(map(QAFeedback.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> Response[list[QAFeedback] | None]:
    """Lists user's questions and answers that have a feedback.

     Lists user's questions and answers that have a feedback.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[QAFeedback] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> list[QAFeedback] | None:
    """Lists user's questions and answers that have a feedback.

     Lists user's questions and answers that have a feedback.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[QAFeedback]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        collection_id=collection_id,
        interval=interval,
        no_collection=no_collection,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> Response[list[QAFeedback] | None]:
    """Lists user's questions and answers that have a feedback.

     Lists user's questions and answers that have a feedback.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[QAFeedback] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> list[QAFeedback] | None:
    """Lists user's questions and answers that have a feedback.

     Lists user's questions and answers that have a feedback.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[QAFeedback]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
    ).parsed
