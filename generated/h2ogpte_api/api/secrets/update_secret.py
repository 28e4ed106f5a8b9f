from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_secret_request import UpdateSecretRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_body


def build_request(
    secret_id: str,
    *,
    body: UpdateSecretRequest,
) -> dict[str, Any]:
    require_path_value("secret_id", secret_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/secrets/{secret_id}".format(
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 200:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: UpdateSecretRequest | Mapping[str, Any] | Unset,
    *,
    secret_value: Any = UNSET,
) -> UpdateSecretRequest:
    return make_body(
        UpdateSecretRequest,
        body,
        {
            "secret_value": secret_value,
        },
        "update_secret",
        as_json=True,
    )


def sync_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSecretRequest,
) -> Response[None]:
    """Update a secret

     Updates an existing secret in SecureStore.

    Args:
        secret_id (str):
        body (UpdateSecretRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            secret_id=secret_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    secret_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSecretRequest,
) -> None:
    """Update a secret

     Updates an existing secret in SecureStore.

    Args:
        secret_id (str):
        body (UpdateSecretRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        secret_id=secret_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSecretRequest,
) -> Response[None]:
    """Update a secret

     Updates an existing secret in SecureStore.

    Args:
        secret_id (str):
        body (UpdateSecretRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            secret_id=secret_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    secret_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSecretRequest,
) -> None:
    """Update a secret

     Updates an existing secret in SecureStore.

    Args:
        secret_id (str):
        body (UpdateSecretRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            secret_id=secret_id,
            client=client,
            body=body,
        )
    ).parsed
