from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    document_id: str,
    user_id: str,
) -> dict[str, Any]:
    require_path_value("document_id", document_id)
    require_path_value("user_id", user_id)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/documents/{document_id}/users/{user_id}".format(
            document_id=quote(str(document_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    document_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Associates a user with a document they have permission on.

     Associates a user with a document they have permission on.

    Args:
        document_id (str):
        user_id (str):

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
            user_id=user_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    document_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Associates a user with a document they have permission on.

     Associates a user with a document they have permission on.

    Args:
        document_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        document_id=document_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Associates a user with a document they have permission on.

     Associates a user with a document they have permission on.

    Args:
        document_id (str):
        user_id (str):

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
            user_id=user_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    document_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Associates a user with a document they have permission on.

     Associates a user with a document they have permission on.

    Args:
        document_id (str):
        user_id (str):

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
            user_id=user_id,
            client=client,
        )
    ).parsed
