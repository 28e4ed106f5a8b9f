from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, require_path_value


def build_request(
    collection_id: str,
    *,
    timeout: float | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)

    _params: dict[str, Any] = {}

    _params["timeout"] = timeout

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/collections/{collection_id}/thumbnail".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    timeout: float | Unset = UNSET,
) -> Response[None]:
    """Deletes collection thumbnail.

     Deletes collection thumbnail image.

    Args:
        collection_id (str):
        timeout (float | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    timeout: float | Unset = UNSET,
) -> None:
    """Deletes collection thumbnail.

     Deletes collection thumbnail image.

    Args:
        collection_id (str):
        timeout (float | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    timeout: float | Unset = UNSET,
) -> Response[None]:
    """Deletes collection thumbnail.

     Deletes collection thumbnail image.

    Args:
        collection_id (str):
        timeout (float | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    timeout: float | Unset = UNSET,
) -> None:
    """Deletes collection thumbnail.

     Deletes collection thumbnail image.

    Args:
        collection_id (str):
        timeout (float | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            timeout=timeout,
        )
    ).parsed
