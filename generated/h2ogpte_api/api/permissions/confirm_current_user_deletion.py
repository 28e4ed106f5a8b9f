from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirm_user_deletion_request import ConfirmUserDeletionRequest
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    body: ConfirmUserDeletionRequest,
    timeout: float | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/current/confirm-delete",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndpointError | None:
    if response.status_code == 204:
        # A 204 has no content (RFC 9110, 15.3.5), whatever schema the spec gives it.
        return None
    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EndpointError]:
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


def _parse_success(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfirmUserDeletionRequest,
    timeout: float | Unset = UNSET,
) -> Response[Any | EndpointError]:
    """Confirm deletion of the current user.

     Confirms and executes the deletion of the currently authenticated user and all associated data using
    the delete ID from the initial request.

    Args:
        timeout (float | Unset):
        body (ConfirmUserDeletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ConfirmUserDeletionRequest,
    timeout: float | Unset = UNSET,
) -> Any | EndpointError | None:
    """Confirm deletion of the current user.

     Confirms and executes the deletion of the currently authenticated user and all associated data using
    the delete ID from the initial request.

    Args:
        timeout (float | Unset):
        body (ConfirmUserDeletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
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
) -> Response[Any | EndpointError]:
    """Confirm deletion of the current user.

     Confirms and executes the deletion of the currently authenticated user and all associated data using
    the delete ID from the initial request.

    Args:
        timeout (float | Unset):
        body (ConfirmUserDeletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConfirmUserDeletionRequest,
    timeout: float | Unset = UNSET,
) -> Any | EndpointError | None:
    """Confirm deletion of the current user.

     Confirms and executes the deletion of the currently authenticated user and all associated data using
    the delete ID from the initial request.

    Args:
        timeout (float | Unset):
        body (ConfirmUserDeletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            timeout=timeout,
        )
    ).parsed
