from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.document import Document

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, check_value, require_path_value


def build_request(
    tag_names: list[str],
    *,
    collection_id: str,
) -> dict[str, Any]:
    require_path_value("tag_names", tag_names)

    _params: dict[str, Any] = {}

    _params["collection_id"] = collection_id

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags/{tag_names}/documents".format(
            tag_names=",".join(quote(str(item), safe="") for item in tag_names),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[Document]:
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
) -> Response[list[Document] | None]:
    """List documents associated with a tag.

     List documents associated with a tag.

    Args:
        tag_names (list[str]):
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Document] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            tag_names=tag_names,
            collection_id=collection_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    tag_names: list[str],
    *,
    client: AuthenticatedClient,
    collection_id: str,
) -> list[Document] | None:
    """List documents associated with a tag.

     List documents associated with a tag.

    Args:
        tag_names (list[str]):
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Document]
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
) -> Response[list[Document] | None]:
    """List documents associated with a tag.

     List documents associated with a tag.

    Args:
        tag_names (list[str]):
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Document] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            tag_names=tag_names,
            collection_id=collection_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    tag_names: list[str],
    *,
    client: AuthenticatedClient,
    collection_id: str,
) -> list[Document] | None:
    """List documents associated with a tag.

     List documents associated with a tag.

    Args:
        tag_names (list[str]):
        collection_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Document]
    """

    return (
        await asyncio_detailed(
            tag_names=tag_names,
            client=client,
            collection_id=collection_id,
        )
    ).parsed
