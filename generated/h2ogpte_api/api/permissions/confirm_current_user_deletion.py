from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.confirm_user_deletion_request import ConfirmUserDeletionRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
)
from .. import make_body


def build_request(
    *,
    body: ConfirmUserDeletionRequest,
    timeout: float | Unset = UNSET,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    _params["timeout"] = timeout

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/current/confirm-delete",
        "params": _params,
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: ConfirmUserDeletionRequest | Mapping[str, Any] | Unset,
    *,
    delete_id: Any = UNSET,
) -> ConfirmUserDeletionRequest:
    return make_body(
        ConfirmUserDeletionRequest,
        body,
        {
            "delete_id": delete_id,
        },
        "confirm_current_user_deletion",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfirmUserDeletionRequest,
    timeout: float | Unset = UNSET,
) -> Response[None]:
    """Confirm deletion of the current user.

     Confirms and executes the deletion of the currently authenticated user and all associated data using
    the delete ID from the initial request.

    Args:
        timeout (float | Unset):
        body (ConfirmUserDeletionRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: ConfirmUserDeletionRequest,
    timeout: float | Unset = UNSET,
) -> None:
    """Confirm deletion of the current user.

     Confirms and executes the deletion of the currently authenticated user and all associated data using
    the delete ID from the initial request.

    Args:
        timeout (float | Unset):
        body (ConfirmUserDeletionRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        body=body,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfirmUserDeletionRequest,
    timeout: float | Unset = UNSET,
) -> Response[None]:
    """Confirm deletion of the current user.

     Confirms and executes the deletion of the currently authenticated user and all associated data using
    the delete ID from the initial request.

    Args:
        timeout (float | Unset):
        body (ConfirmUserDeletionRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
            timeout=timeout,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConfirmUserDeletionRequest,
    timeout: float | Unset = UNSET,
) -> None:
    """Confirm deletion of the current user.

     Confirms and executes the deletion of the currently authenticated user and all associated data using
    the delete ID from the initial request.

    Args:
        timeout (float | Unset):
        body (ConfirmUserDeletionRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            timeout=timeout,
        )
    ).parsed
