from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.suggested_question import SuggestedQuestion

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value, require_path_value


def build_request(
    collection_id: str,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    _params: dict[str, Any] = {}

    _params["limit"] = limit

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/questions".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[SuggestedQuestion]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_questions_for_collection", "array")
        response_200 = list(map(SuggestedQuestion.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[list[SuggestedQuestion] | None]:
    """List suggested questions for a given collection.

     List suggested questions for a given collection.

    Args:
        collection_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SuggestedQuestion] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> list[SuggestedQuestion] | None:
    """List suggested questions for a given collection.

     List suggested questions for a given collection.

    Args:
        collection_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SuggestedQuestion]
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[list[SuggestedQuestion] | None]:
    """List suggested questions for a given collection.

     List suggested questions for a given collection.

    Args:
        collection_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SuggestedQuestion] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> list[SuggestedQuestion] | None:
    """List suggested questions for a given collection.

     List suggested questions for a given collection.

    Args:
        collection_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SuggestedQuestion]
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            limit=limit,
        )
    ).parsed
