from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.document import Document

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value, require_path_value


def build_request(
    collection_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    _params: dict[str, Any] = {}

    _params["offset"] = offset

    _params["limit"] = limit

    _params["metadata_filter"] = metadata_filter

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collections/{collection_id}/documents".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[Document]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_documents_for_collection", "array")
        response_200 = list(map(Document.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
) -> Response[list[Document] | None]:
    """List a Collection's documents

     A user can list a Collection's documents.

    Args:
        collection_id (str):
        offset (int | Unset):
        limit (int | Unset):
        metadata_filter (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Document] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            offset=offset,
            limit=limit,
            metadata_filter=metadata_filter,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
) -> list[Document] | None:
    """List a Collection's documents

     A user can list a Collection's documents.

    Args:
        collection_id (str):
        offset (int | Unset):
        limit (int | Unset):
        metadata_filter (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Document]
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        offset=offset,
        limit=limit,
        metadata_filter=metadata_filter,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
) -> Response[list[Document] | None]:
    """List a Collection's documents

     A user can list a Collection's documents.

    Args:
        collection_id (str):
        offset (int | Unset):
        limit (int | Unset):
        metadata_filter (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Document] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            offset=offset,
            limit=limit,
            metadata_filter=metadata_filter,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
) -> list[Document] | None:
    """List a Collection's documents

     A user can list a Collection's documents.

    Args:
        collection_id (str):
        offset (int | Unset):
        limit (int | Unset):
        metadata_filter (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Document]
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            offset=offset,
            limit=limit,
            metadata_filter=metadata_filter,
        )
    ).parsed
