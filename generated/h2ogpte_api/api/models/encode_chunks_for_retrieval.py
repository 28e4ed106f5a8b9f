from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.encode_chunks_for_retrieval_request import (
    EncodeChunksForRetrievalRequest,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    check_items,
    check_value,
    require_path_value,
)
from .. import make_body


def build_request(
    model_id: str,
    *,
    body: EncodeChunksForRetrievalRequest,
) -> dict[str, Any]:
    require_path_value("model_id", model_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embedding_models/{model_id}/encode_chunks_for_retrieval".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> list[list[float]]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "encode_chunks_for_retrieval", "array")
        for response_200_item_data in _response_200:
            response_200_item = cast(list[float], response_200_item_data)
            if response_200_item.__class__ is not list or response_200_item:
                check_items(
                    response_200_item, "encode_chunks_for_retrieval[]", "number"
                )

            response_200.append(response_200_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: EncodeChunksForRetrievalRequest | Mapping[str, Any] | Unset,
    *,
    chunks: Any = UNSET,
) -> EncodeChunksForRetrievalRequest:
    return make_body(
        EncodeChunksForRetrievalRequest,
        body,
        {
            "chunks": chunks,
        },
        "encode_chunks_for_retrieval",
        as_json=True,
    )


def sync_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient,
    body: EncodeChunksForRetrievalRequest,
) -> Response[list[list[float]] | None]:
    """Encode texts for semantic searching.

     Encode texts for semantic searching.

    Args:
        model_id (str):
        body (EncodeChunksForRetrievalRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[list[float]] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            model_id=model_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    model_id: str,
    *,
    client: AuthenticatedClient,
    body: EncodeChunksForRetrievalRequest,
) -> list[list[float]] | None:
    """Encode texts for semantic searching.

     Encode texts for semantic searching.

    Args:
        model_id (str):
        body (EncodeChunksForRetrievalRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[list[float]]
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient,
    body: EncodeChunksForRetrievalRequest,
) -> Response[list[list[float]] | None]:
    """Encode texts for semantic searching.

     Encode texts for semantic searching.

    Args:
        model_id (str):
        body (EncodeChunksForRetrievalRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[list[float]] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            model_id=model_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient,
    body: EncodeChunksForRetrievalRequest,
) -> list[list[float]] | None:
    """Encode texts for semantic searching.

     Encode texts for semantic searching.

    Args:
        model_id (str):
        body (EncodeChunksForRetrievalRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[list[float]]
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            body=body,
        )
    ).parsed
