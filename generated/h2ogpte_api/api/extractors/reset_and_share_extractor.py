from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.reset_and_share_request import ResetAndShareRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    extractor_id: str,
    *,
    body: ResetAndShareRequest,
) -> dict[str, Any]:
    require_path_value("extractor_id", extractor_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/extractors/{extractor_id}/permissions".format(
            extractor_id=quote(str(extractor_id), safe=""),
        ),
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
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = EndpointError.from_dict(response.json())

        return response_409

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
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ResetAndShareRequest,
) -> Response[Any | EndpointError]:
    """Resets and shares an extractor to a new list of users.

     Resets and shares an extractor to a new list of users.

    Args:
        extractor_id (str):
        body (ResetAndShareRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        extractor_id=extractor_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ResetAndShareRequest,
) -> Any | EndpointError | None:
    """Resets and shares an extractor to a new list of users.

     Resets and shares an extractor to a new list of users.

    Args:
        extractor_id (str):
        body (ResetAndShareRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
    """

    return sync_detailed(
        extractor_id=extractor_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ResetAndShareRequest,
) -> Response[Any | EndpointError]:
    """Resets and shares an extractor to a new list of users.

     Resets and shares an extractor to a new list of users.

    Args:
        extractor_id (str):
        body (ResetAndShareRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError]
    """

    kwargs = _get_kwargs(
        extractor_id=extractor_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ResetAndShareRequest,
) -> Any | EndpointError | None:
    """Resets and shares an extractor to a new list of users.

     Resets and shares an extractor to a new list of users.

    Args:
        extractor_id (str):
        body (ResetAndShareRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError
    """

    return (
        await asyncio_detailed(
            extractor_id=extractor_id,
            client=client,
            body=body,
        )
    ).parsed
