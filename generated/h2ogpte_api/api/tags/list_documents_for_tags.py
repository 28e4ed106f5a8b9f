from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document import Document
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    check_value,
    require_path_value,
)


def _get_kwargs(
    tag_names: list[str],
    *,
    collection_id: str,
) -> dict[str, Any]:
    require_path_value("tag_names", tag_names)

    params: dict[str, Any] = {}

    params["collection_id"] = collection_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags/{tag_names}/documents".format(
            tag_names=",".join(quote(str(item), safe="") for item in tag_names),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[Document] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_documents_for_tags", "array")
        response_200 = list(map(Document.from_dict, _response_200))

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
) -> Response[EndpointError | list[Document]]:
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


def _parse_success(response: httpx.Response) -> list[Document]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_documents_for_tags", "array")
        response_200 = list(map(Document.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tag_names: list[str],
    *,
    client: AuthenticatedClient,
    collection_id: str,
) -> Response[EndpointError | list[Document]]:
    """List documents associated with a tag.

     List documents associated with a tag.

    Args:
        tag_names (list[str]):
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[Document]]
    """

    kwargs = _get_kwargs(
        tag_names=tag_names,
        collection_id=collection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tag_names: list[str],
    *,
    client: AuthenticatedClient,
    collection_id: str,
) -> EndpointError | list[Document] | None:
    """List documents associated with a tag.

     List documents associated with a tag.

    Args:
        tag_names (list[str]):
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[Document]
    """

    return sync_detailed(
        tag_names=tag_names,
        client=client,
        collection_id=collection_id,
    ).parsed


async def asyncio_detailed(
    tag_names: list[str],
    *,
    client: AuthenticatedClient,
    collection_id: str,
) -> Response[EndpointError | list[Document]]:
    """List documents associated with a tag.

     List documents associated with a tag.

    Args:
        tag_names (list[str]):
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[Document]]
    """

    kwargs = _get_kwargs(
        tag_names=tag_names,
        collection_id=collection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tag_names: list[str],
    *,
    client: AuthenticatedClient,
    collection_id: str,
) -> EndpointError | list[Document] | None:
    """List documents associated with a tag.

     List documents associated with a tag.

    Args:
        tag_names (list[str]):
        collection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[Document]
    """

    return (
        await asyncio_detailed(
            tag_names=tag_names,
            client=client,
            collection_id=collection_id,
        )
    ).parsed
