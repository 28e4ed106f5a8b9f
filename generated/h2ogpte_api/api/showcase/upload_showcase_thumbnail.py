from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.upload_showcase_thumbnail_body import UploadShowcaseThumbnailBody
from ...models.upload_showcase_thumbnail_response import UploadShowcaseThumbnailResponse

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
    showcase_id: str,
    *,
    body: UploadShowcaseThumbnailBody,
) -> dict[str, Any]:
    require_path_value("showcase_id", showcase_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/showcase/{showcase_id}/thumbnail".format(
            showcase_id=quote(str(showcase_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> UploadShowcaseThumbnailResponse:
    if response.status_code == 200:
        response_200 = UploadShowcaseThumbnailResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: UploadShowcaseThumbnailBody | Mapping[str, Any] | Unset,
    *,
    file: Any = UNSET,
) -> UploadShowcaseThumbnailBody:
    return make_body(
        UploadShowcaseThumbnailBody,
        body,
        {
            "file": file,
        },
        "upload_showcase_thumbnail",
        as_json=False,
    )


def sync_detailed(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadShowcaseThumbnailBody,
) -> Response[UploadShowcaseThumbnailResponse | None]:
    """Upload a thumbnail for a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
    (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
    entry.

    Args:
        showcase_id (str):
        body (UploadShowcaseThumbnailBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadShowcaseThumbnailResponse | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            showcase_id=showcase_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadShowcaseThumbnailBody,
) -> UploadShowcaseThumbnailResponse | None:
    """Upload a thumbnail for a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
    (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
    entry.

    Args:
        showcase_id (str):
        body (UploadShowcaseThumbnailBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadShowcaseThumbnailResponse
    """

    return sync_detailed(
        showcase_id=showcase_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadShowcaseThumbnailBody,
) -> Response[UploadShowcaseThumbnailResponse | None]:
    """Upload a thumbnail for a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
    (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
    entry.

    Args:
        showcase_id (str):
        body (UploadShowcaseThumbnailBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadShowcaseThumbnailResponse | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            showcase_id=showcase_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadShowcaseThumbnailBody,
) -> UploadShowcaseThumbnailResponse | None:
    """Upload a thumbnail for a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
    (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
    entry.

    Args:
        showcase_id (str):
        body (UploadShowcaseThumbnailBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadShowcaseThumbnailResponse
    """

    return (
        await asyncio_detailed(
            showcase_id=showcase_id,
            client=client,
            body=body,
        )
    ).parsed
