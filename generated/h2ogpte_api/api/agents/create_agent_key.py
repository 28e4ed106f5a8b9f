from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.agent_key import AgentKey
from ...models.create_agent_key_request import CreateAgentKeyRequest

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
    body: CreateAgentKeyRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/keys",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> AgentKey:
    if response.status_code == 200:
        response_200 = AgentKey.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CreateAgentKeyRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    type_: Any = UNSET,
    value: Any = UNSET,
    description: Any = UNSET,
) -> CreateAgentKeyRequest:
    return make_body(
        CreateAgentKeyRequest,
        body,
        {
            "name": name,
            "type": type_,
            "value": value,
            "description": description,
        },
        "create_agent_key",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAgentKeyRequest,
) -> Response[AgentKey | None]:
    """Creates agent key.

     Creates agent key.

    Args:
        body (CreateAgentKeyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentKey | None]
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
    body: CreateAgentKeyRequest,
) -> AgentKey | None:
    """Creates agent key.

     Creates agent key.

    Args:
        body (CreateAgentKeyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentKey
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAgentKeyRequest,
) -> Response[AgentKey | None]:
    """Creates agent key.

     Creates agent key.

    Args:
        body (CreateAgentKeyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentKey | None]
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
    body: CreateAgentKeyRequest,
) -> AgentKey | None:
    """Creates agent key.

     Creates agent key.

    Args:
        body (CreateAgentKeyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentKey
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
