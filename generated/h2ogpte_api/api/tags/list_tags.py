from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.tag import Tag

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value


def build_request(
    *,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["linked_only"] = linked_only

    _params["user_scope"] = user_scope

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[Tag]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_tags", "array")
        response_200 = list(map(Tag.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> Response[list[Tag] | None]:
    """List tags.

     List all existing tags.

    Args:
        linked_only (bool | Unset):
        user_scope (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Tag] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            linked_only=linked_only,
            user_scope=user_scope,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> list[Tag] | None:
    """List tags.

     List all existing tags.

    Args:
        linked_only (bool | Unset):
        user_scope (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Tag]
    """

    return sync_detailed(
        client=client,
        linked_only=linked_only,
        user_scope=user_scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> Response[list[Tag] | None]:
    """List tags.

     List all existing tags.

    Args:
        linked_only (bool | Unset):
        user_scope (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Tag] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            linked_only=linked_only,
            user_scope=user_scope,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    linked_only: bool | Unset = UNSET,
    user_scope: bool | Unset = UNSET,
) -> list[Tag] | None:
    """List tags.

     List all existing tags.

    Args:
        linked_only (bool | Unset):
        user_scope (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Tag]
    """

    return (
        await asyncio_detailed(
            client=client,
            linked_only=linked_only,
            user_scope=user_scope,
        )
    ).parsed
