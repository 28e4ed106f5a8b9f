from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.get_secret_value_response_200 import GetSecretValueResponse200

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    secret_id: str,
) -> dict[str, Any]:
    require_path_value("secret_id", secret_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secrets/{secret_id}/value".format(
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> GetSecretValueResponse200:
    if response.status_code == 200:
        response_200 = GetSecretValueResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetSecretValueResponse200 | None]:
    """Get the value of a secret by ID

     Retrieves the actual value/credentials of a secret from SecureStore by its ID.

    Args:
        secret_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSecretValueResponse200 | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            secret_id=secret_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> GetSecretValueResponse200 | None:
    """Get the value of a secret by ID

     Retrieves the actual value/credentials of a secret from SecureStore by its ID.

    Args:
        secret_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSecretValueResponse200
    """

    return sync_detailed(
        secret_id=secret_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetSecretValueResponse200 | None]:
    """Get the value of a secret by ID

     Retrieves the actual value/credentials of a secret from SecureStore by its ID.

    Args:
        secret_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSecretValueResponse200 | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            secret_id=secret_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> GetSecretValueResponse200 | None:
    """Get the value of a secret by ID

     Retrieves the actual value/credentials of a secret from SecureStore by its ID.

    Args:
        secret_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSecretValueResponse200
    """

    return (
        await asyncio_detailed(
            secret_id=secret_id,
            client=client,
        )
    ).parsed
