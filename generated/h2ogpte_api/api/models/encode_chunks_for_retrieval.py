from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.encode_chunks_for_retrieval_request import (
    EncodeChunksForRetrievalRequest,
)
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    check_items,
    check_value,
    require_path_value,
)


def _get_kwargs(
    model_id: str,
    *,
    body: EncodeChunksForRetrievalRequest,
) -> dict[str, Any]:
    require_path_value("model_id", model_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embedding_models/{model_id}/encode_chunks_for_retrieval".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[list[float]] | None:
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

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | list[list[float]]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.PARSE_ERRORS as error:
        raise client.unexpected_response(response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _parse_success(response: httpx.Response) -> list[list[float]]:
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


def sync_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient,
    body: EncodeChunksForRetrievalRequest,
) -> Response[EndpointError | list[list[float]]]:
    """Encode texts for semantic searching.

     Encode texts for semantic searching.

    Args:
        model_id (str):
        body (EncodeChunksForRetrievalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[list[float]]]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    *,
    client: AuthenticatedClient,
    body: EncodeChunksForRetrievalRequest,
) -> EndpointError | list[list[float]] | None:
    """Encode texts for semantic searching.

     Encode texts for semantic searching.

    Args:
        model_id (str):
        body (EncodeChunksForRetrievalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[list[float]]
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
) -> Response[EndpointError | list[list[float]]]:
    """Encode texts for semantic searching.

     Encode texts for semantic searching.

    Args:
        model_id (str):
        body (EncodeChunksForRetrievalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[list[float]]]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient,
    body: EncodeChunksForRetrievalRequest,
) -> EndpointError | list[list[float]] | None:
    """Encode texts for semantic searching.

     Encode texts for semantic searching.

    Args:
        model_id (str):
        body (EncodeChunksForRetrievalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[list[float]]
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            body=body,
        )
    ).parsed
