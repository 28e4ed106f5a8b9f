from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.count import Count

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["collection_id"] = collection_id

    _params["interval"] = interval

    _params["no_collection"] = no_collection

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/question_answer_feedbacks/count",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Count:
    if response.status_code == 200:
        response_200 = Count.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> Response[Count | None]:
    """Counts a number of question-answer feedbacks.

     Counts a number of question-answer feedbacks.

    Args:
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> Count | None:
    """Counts a number of question-answer feedbacks.

     Counts a number of question-answer feedbacks.

    Args:
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return sync_detailed(
        client=client,
        collection_id=collection_id,
        interval=interval,
        no_collection=no_collection,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> Response[Count | None]:
    """Counts a number of question-answer feedbacks.

     Counts a number of question-answer feedbacks.

    Args:
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    collection_id: str | Unset = UNSET,
    interval: str | Unset = UNSET,
    no_collection: bool | Unset = UNSET,
) -> Count | None:
    """Counts a number of question-answer feedbacks.

     Counts a number of question-answer feedbacks.

    Args:
        collection_id (str | Unset):
        interval (str | Unset):
        no_collection (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return (
        await asyncio_detailed(
            client=client,
            collection_id=collection_id,
            interval=interval,
            no_collection=no_collection,
        )
    ).parsed
