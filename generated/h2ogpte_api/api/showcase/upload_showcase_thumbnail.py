from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.upload_showcase_thumbnail_body import UploadShowcaseThumbnailBody
from ...models.upload_showcase_thumbnail_response import UploadShowcaseThumbnailResponse

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    showcase_id: str,
    *,
    body: UploadShowcaseThumbnailBody,
) -> dict[str, Any]:
    require_path_value("showcase_id", showcase_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/showcase/{showcase_id}/thumbnail".format(
            showcase_id=quote(str(showcase_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | UploadShowcaseThumbnailResponse | None:
    if response.status_code == 200:
        response_200 = UploadShowcaseThumbnailResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = EndpointError.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = EndpointError.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | UploadShowcaseThumbnailResponse]:
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


def _parse_success(response: httpx.Response) -> UploadShowcaseThumbnailResponse:
    if response.status_code == 200:
        response_200 = UploadShowcaseThumbnailResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadShowcaseThumbnailBody,
) -> Response[EndpointError | UploadShowcaseThumbnailResponse]:
    """Upload a thumbnail for a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
    (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
    entry.

    Args:
        showcase_id (str):
        body (UploadShowcaseThumbnailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UploadShowcaseThumbnailResponse]
    """

    kwargs = _get_kwargs(
        showcase_id=showcase_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadShowcaseThumbnailBody,
) -> EndpointError | UploadShowcaseThumbnailResponse | None:
    """Upload a thumbnail for a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
    (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
    entry.

    Args:
        showcase_id (str):
        body (UploadShowcaseThumbnailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UploadShowcaseThumbnailResponse
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
) -> Response[EndpointError | UploadShowcaseThumbnailResponse]:
    """Upload a thumbnail for a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
    (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
    entry.

    Args:
        showcase_id (str):
        body (UploadShowcaseThumbnailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UploadShowcaseThumbnailResponse]
    """

    kwargs = _get_kwargs(
        showcase_id=showcase_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadShowcaseThumbnailBody,
) -> EndpointError | UploadShowcaseThumbnailResponse | None:
    """Upload a thumbnail for a showcase tile

     Requires the `h2ogpte/chat/manage_showcase` permission. Multipart upload of an image
    (jpg/png/webp/gif, max 20 MB). Stored in object storage; the resulting path is saved to the showcase
    entry.

    Args:
        showcase_id (str):
        body (UploadShowcaseThumbnailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UploadShowcaseThumbnailResponse
    """

    return (
        await asyncio_detailed(
            showcase_id=showcase_id,
            client=client,
            body=body,
        )
    ).parsed
