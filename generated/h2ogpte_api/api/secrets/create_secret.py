from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.create_secret_201_response import CreateSecret201Response
from ...models.create_secret_request import CreateSecretRequest

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
    body: CreateSecretRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secrets",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> CreateSecret201Response:
    if response.status_code == 201:
        response_201 = CreateSecret201Response.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CreateSecretRequest | Mapping[str, Any] | Unset,
    *,
    secret_id: Any = UNSET,
    secret_value: Any = UNSET,
    secret_type: Any = UNSET,
) -> CreateSecretRequest:
    return make_body(
        CreateSecretRequest,
        body,
        {
            "secret_id": secret_id,
            "secret_value": secret_value,
            "secret_type": secret_type,
        },
        "create_secret",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSecretRequest,
) -> Response[CreateSecret201Response | None]:
    """Create a new secret

     Creates a new secret in SecureStore.

    Args:
        body (CreateSecretRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSecret201Response | None]
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
    body: CreateSecretRequest,
) -> CreateSecret201Response | None:
    """Create a new secret

     Creates a new secret in SecureStore.

    Args:
        body (CreateSecretRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSecret201Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSecretRequest,
) -> Response[CreateSecret201Response | None]:
    """Create a new secret

     Creates a new secret in SecureStore.

    Args:
        body (CreateSecretRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSecret201Response | None]
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
    body: CreateSecretRequest,
) -> CreateSecret201Response | None:
    """Create a new secret

     Creates a new secret in SecureStore.

    Args:
        body (CreateSecretRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSecret201Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
