from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.fetch_configuration_url_200_response import (
    FetchConfigurationUrl200Response,
)
from ...models.fetch_configuration_url_request import FetchConfigurationUrlRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
)


def _get_kwargs(
    *,
    body: FetchConfigurationUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/configurations/fetch-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | FetchConfigurationUrl200Response | None:
    if response.status_code == 200:
        response_200 = FetchConfigurationUrl200Response.from_dict(response.json())

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

    if response.status_code == 502:
        response_502 = EndpointError.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | FetchConfigurationUrl200Response]:
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


def _parse_success(response: httpx.Response) -> FetchConfigurationUrl200Response:
    if response.status_code == 200:
        response_200 = FetchConfigurationUrl200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FetchConfigurationUrlRequest,
) -> Response[EndpointError | FetchConfigurationUrl200Response]:
    """Fetch HTML content from a URL.

     Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
    and under 100KB. Admin only.

    Args:
        body (FetchConfigurationUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | FetchConfigurationUrl200Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FetchConfigurationUrlRequest,
) -> EndpointError | FetchConfigurationUrl200Response | None:
    """Fetch HTML content from a URL.

     Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
    and under 100KB. Admin only.

    Args:
        body (FetchConfigurationUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | FetchConfigurationUrl200Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FetchConfigurationUrlRequest,
) -> Response[EndpointError | FetchConfigurationUrl200Response]:
    """Fetch HTML content from a URL.

     Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
    and under 100KB. Admin only.

    Args:
        body (FetchConfigurationUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | FetchConfigurationUrl200Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FetchConfigurationUrlRequest,
) -> EndpointError | FetchConfigurationUrl200Response | None:
    """Fetch HTML content from a URL.

     Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
    and under 100KB. Admin only.

    Args:
        body (FetchConfigurationUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | FetchConfigurationUrl200Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
