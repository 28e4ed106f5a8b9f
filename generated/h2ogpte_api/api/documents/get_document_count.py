from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.count import Count

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    owned: bool | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["owned"] = owned

    _params["chat_session_id"] = chat_session_id

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents/count",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Count:
    if response.status_code == 200:
        response_200 = Count.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    owned: bool | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
) -> Response[Count | None]:
    """Counts a number of documents.

     Counts a number of documents the user has access to. If owned parameter is enabled, it counts only
    the documents owned by the user.

    Args:
        owned (bool | Unset):
        chat_session_id (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            owned=owned,
            chat_session_id=chat_session_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    owned: bool | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
) -> Count | None:
    """Counts a number of documents.

     Counts a number of documents the user has access to. If owned parameter is enabled, it counts only
    the documents owned by the user.

    Args:
        owned (bool | Unset):
        chat_session_id (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return sync_detailed(
        client=client,
        owned=owned,
        chat_session_id=chat_session_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    owned: bool | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
) -> Response[Count | None]:
    """Counts a number of documents.

     Counts a number of documents the user has access to. If owned parameter is enabled, it counts only
    the documents owned by the user.

    Args:
        owned (bool | Unset):
        chat_session_id (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            owned=owned,
            chat_session_id=chat_session_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    owned: bool | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
) -> Count | None:
    """Counts a number of documents.

     Counts a number of documents the user has access to. If owned parameter is enabled, it counts only
    the documents owned by the user.

    Args:
        owned (bool | Unset):
        chat_session_id (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return (
        await asyncio_detailed(
            client=client,
            owned=owned,
            chat_session_id=chat_session_id,
        )
    ).parsed
