from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.delete_tag_from_document_200_response import (
    DeleteTagFromDocument200Response,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    document_id: str,
    tag_name: str,
) -> dict[str, Any]:
    require_path_value("document_id", document_id)
    require_path_value("tag_name", tag_name)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/documents/{document_id}/tags/{tag_name}".format(
            document_id=quote(str(document_id), safe=""),
            tag_name=quote(str(tag_name), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> DeleteTagFromDocument200Response:
    if response.status_code == 200:
        response_200 = DeleteTagFromDocument200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    document_id: str,
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTagFromDocument200Response | None]:
    """Removes a tag from a document.

     Removes a tag from a document.

    Args:
        document_id (str):
        tag_name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTagFromDocument200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            document_id=document_id,
            tag_name=tag_name,
        )
    )
    return build_response(client, response, parse)


def sync(
    document_id: str,
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTagFromDocument200Response | None:
    """Removes a tag from a document.

     Removes a tag from a document.

    Args:
        document_id (str):
        tag_name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTagFromDocument200Response
    """

    return sync_detailed(
        document_id=document_id,
        tag_name=tag_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTagFromDocument200Response | None]:
    """Removes a tag from a document.

     Removes a tag from a document.

    Args:
        document_id (str):
        tag_name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTagFromDocument200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            document_id=document_id,
            tag_name=tag_name,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    document_id: str,
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTagFromDocument200Response | None:
    """Removes a tag from a document.

     Removes a tag from a document.

    Args:
        document_id (str):
        tag_name (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTagFromDocument200Response
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            tag_name=tag_name,
            client=client,
        )
    ).parsed
