from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.fetch_configuration_url_200_response import (
    FetchConfigurationUrl200Response,
)
from ...models.fetch_configuration_url_request import FetchConfigurationUrlRequest

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
    body: FetchConfigurationUrlRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/configurations/fetch-url",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> FetchConfigurationUrl200Response:
    if response.status_code == 200:
        response_200 = FetchConfigurationUrl200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: FetchConfigurationUrlRequest | Mapping[str, Any] | Unset,
    *,
    url: Any = UNSET,
) -> FetchConfigurationUrlRequest:
    return make_body(
        FetchConfigurationUrlRequest,
        body,
        {
            "url": url,
        },
        "fetch_configuration_url",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FetchConfigurationUrlRequest,
) -> Response[FetchConfigurationUrl200Response | None]:
    """Fetch HTML content from a URL.

     Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
    and under 100KB. Admin only.

    Args:
        body (FetchConfigurationUrlRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FetchConfigurationUrl200Response | None]
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
    body: FetchConfigurationUrlRequest,
) -> FetchConfigurationUrl200Response | None:
    """Fetch HTML content from a URL.

     Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
    and under 100KB. Admin only.

    Args:
        body (FetchConfigurationUrlRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FetchConfigurationUrl200Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FetchConfigurationUrlRequest,
) -> Response[FetchConfigurationUrl200Response | None]:
    """Fetch HTML content from a URL.

     Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
    and under 100KB. Admin only.

    Args:
        body (FetchConfigurationUrlRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FetchConfigurationUrl200Response | None]
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
    body: FetchConfigurationUrlRequest,
) -> FetchConfigurationUrl200Response | None:
    """Fetch HTML content from a URL.

     Fetches HTML content from a remote URL for use as an email template. Validates that content is HTML
    and under 100KB. Admin only.

    Args:
        body (FetchConfigurationUrlRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FetchConfigurationUrl200Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
