from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.upload_file_body import UploadFileBody
from ...models.uploaded_file import UploadedFile

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
)
from .. import make_optional_body


def build_request(
    *,
    body: UploadFileBody | Unset = UNSET,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/uploads",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> UploadedFile:
    if response.status_code == 200:
        response_200 = UploadedFile.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: UploadFileBody | Mapping[str, Any] | Unset,
    *,
    file: Any = UNSET,
) -> UploadFileBody | Unset:
    return make_optional_body(
        UploadFileBody,
        body,
        {
            "file": file,
        },
        "upload_file",
        as_json=False,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadFileBody | Unset = UNSET,
) -> Response[UploadedFile | None]:
    """Uploads file to H2OGPTe instance

    Args:
        body (UploadFileBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadedFile | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: UploadFileBody | Unset = UNSET,
) -> UploadedFile | None:
    """Uploads file to H2OGPTe instance

    Args:
        body (UploadFileBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadedFile
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadFileBody | Unset = UNSET,
) -> Response[UploadedFile | None]:
    """Uploads file to H2OGPTe instance

    Args:
        body (UploadFileBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadedFile | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadFileBody | Unset = UNSET,
) -> UploadedFile | None:
    """Uploads file to H2OGPTe instance

    Args:
        body (UploadFileBody | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadedFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
