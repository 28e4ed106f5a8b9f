from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.document import Document
from ...models.document_update_request import DocumentUpdateRequest

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
    document_id: str,
    *,
    body: DocumentUpdateRequest,
) -> dict[str, Any]:
    require_path_value("document_id", document_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/documents/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> Document:
    if response.status_code == 200:
        response_200 = Document.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: DocumentUpdateRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    uri: Any = UNSET,
) -> DocumentUpdateRequest:
    return make_body(
        DocumentUpdateRequest,
        body,
        {
            "name": name,
            "uri": uri,
        },
        "update_document",
        as_json=True,
    )


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentUpdateRequest,
) -> Response[Document | None]:
    """Updates attributes of an existing document.

     Updates attributes of an existing document, particularly name and uri.

    Args:
        document_id (str):
        body (DocumentUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Document | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            document_id=document_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentUpdateRequest,
) -> Document | None:
    """Updates attributes of an existing document.

     Updates attributes of an existing document, particularly name and uri.

    Args:
        document_id (str):
        body (DocumentUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Document
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentUpdateRequest,
) -> Response[Document | None]:
    """Updates attributes of an existing document.

     Updates attributes of an existing document, particularly name and uri.

    Args:
        document_id (str):
        body (DocumentUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Document | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            document_id=document_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentUpdateRequest,
) -> Document | None:
    """Updates attributes of an existing document.

     Updates attributes of an existing document, particularly name and uri.

    Args:
        document_id (str):
        body (DocumentUpdateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Document
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
