from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.get_document_metadata_response_200 import GetDocumentMetadataResponse200

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    document_id: str,
) -> dict[str, Any]:
    require_path_value("document_id", document_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents/{document_id}/metadata".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> GetDocumentMetadataResponse200:
    if response.status_code == 200:
        response_200 = GetDocumentMetadataResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetDocumentMetadataResponse200 | None]:
    """Fetches document metadata.

     Returns details of document metadata

    Args:
        document_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDocumentMetadataResponse200 | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            document_id=document_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient,
) -> GetDocumentMetadataResponse200 | None:
    """Fetches document metadata.

     Returns details of document metadata

    Args:
        document_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDocumentMetadataResponse200
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetDocumentMetadataResponse200 | None]:
    """Fetches document metadata.

     Returns details of document metadata

    Args:
        document_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDocumentMetadataResponse200 | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            document_id=document_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient,
) -> GetDocumentMetadataResponse200 | None:
    """Fetches document metadata.

     Returns details of document metadata

    Args:
        document_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDocumentMetadataResponse200
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
        )
    ).parsed
