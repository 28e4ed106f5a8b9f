from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_document_metadata_body import UpdateDocumentMetadataBody

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, require_path_value


def build_request(
    document_id: str,
    *,
    body: UpdateDocumentMetadataBody | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("document_id", document_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/documents/{document_id}/metadata".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateDocumentMetadataBody | Unset = UNSET,
) -> Response[None]:
    """Updates document metadata.

     Recreates entire metadata of the document.

    Args:
        document_id (str):
        body (UpdateDocumentMetadataBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
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
    body: UpdateDocumentMetadataBody | Unset = UNSET,
) -> None:
    """Updates document metadata.

     Recreates entire metadata of the document.

    Args:
        document_id (str):
        body (UpdateDocumentMetadataBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
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
    body: UpdateDocumentMetadataBody | Unset = UNSET,
) -> Response[None]:
    """Updates document metadata.

     Recreates entire metadata of the document.

    Args:
        document_id (str):
        body (UpdateDocumentMetadataBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
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
    body: UpdateDocumentMetadataBody | Unset = UNSET,
) -> None:
    """Updates document metadata.

     Recreates entire metadata of the document.

    Args:
        document_id (str):
        body (UpdateDocumentMetadataBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
