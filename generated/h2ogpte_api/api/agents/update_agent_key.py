from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.agent_key import AgentKey
from ...models.update_agent_key_request import UpdateAgentKeyRequest

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
    key_id: str,
    *,
    body: UpdateAgentKeyRequest,
) -> dict[str, Any]:
    require_path_value("key_id", key_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
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
    body: UpdateAgentKeyRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    type_: Any = UNSET,
    value: Any = UNSET,
    description: Any = UNSET,
) -> UpdateAgentKeyRequest:
    return make_body(
        UpdateAgentKeyRequest,
        body,
        {
            "name": name,
            "type": type_,
            "value": value,
            "description": description,
        },
        "update_agent_key",
        as_json=True,
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAgentKeyRequest,
) -> Response[AgentKey | None]:
    """Updates agent key.

     Updates agent key.

    Args:
        key_id (str):
        body (UpdateAgentKeyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentKey | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            key_id=key_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAgentKeyRequest,
) -> AgentKey | None:
    """Updates agent key.

     Updates agent key.

    Args:
        key_id (str):
        body (UpdateAgentKeyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentKey
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAgentKeyRequest,
) -> Response[AgentKey | None]:
    """Updates agent key.

     Updates agent key.

    Args:
        key_id (str):
        body (UpdateAgentKeyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentKey | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            key_id=key_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAgentKeyRequest,
) -> AgentKey | None:
    """Updates agent key.

     Updates agent key.

    Args:
        key_id (str):
        body (UpdateAgentKeyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentKey
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
