from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import File, Response, require_path_value


def build_request(
    showcase_id: str,
) -> dict[str, Any]:
    require_path_value("showcase_id", showcase_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/showcase/{showcase_id}/thumbnail".format(
            showcase_id=quote(str(showcase_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> File:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | None]:
    """Serve a showcase thumbnail

     Streams the stored thumbnail image. Public, but only served when showcase_page_mode allows.

    Args:
        showcase_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            showcase_id=showcase_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
) -> File | None:
    """Serve a showcase thumbnail

     Streams the stored thumbnail image. Public, but only served when showcase_page_mode allows.

    Args:
        showcase_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        showcase_id=showcase_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | None]:
    """Serve a showcase thumbnail

     Streams the stored thumbnail image. Public, but only served when showcase_page_mode allows.

    Args:
        showcase_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            showcase_id=showcase_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    showcase_id: str,
    *,
    client: AuthenticatedClient,
) -> File | None:
    """Serve a showcase thumbnail

     Streams the stored thumbnail image. Public, but only served when showcase_page_mode allows.

    Args:
        showcase_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            showcase_id=showcase_id,
            client=client,
        )
    ).parsed
