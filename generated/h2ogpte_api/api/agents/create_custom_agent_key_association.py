from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.create_custom_agent_key_association_request import (
    CreateCustomAgentKeyAssociationRequest,
)
from ...models.custom_agent_key_association import CustomAgentKeyAssociation

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
    body: CreateCustomAgentKeyAssociationRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/custom_agent_key_associations",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> CustomAgentKeyAssociation:
    if response.status_code == 200:
        response_200 = CustomAgentKeyAssociation.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CreateCustomAgentKeyAssociationRequest | Mapping[str, Any] | Unset,
    *,
    agent_id: Any = UNSET,
    env_key_name: Any = UNSET,
    key_id: Any = UNSET,
) -> CreateCustomAgentKeyAssociationRequest:
    return make_body(
        CreateCustomAgentKeyAssociationRequest,
        body,
        {
            "agent_id": agent_id,
            "env_key_name": env_key_name,
            "key_id": key_id,
        },
        "create_custom_agent_key_association",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCustomAgentKeyAssociationRequest,
) -> Response[CustomAgentKeyAssociation | None]:
    """Creates a custom agent key association.

     Associates an env var (from envs.json or user-added) with an agent key.

    Args:
        body (CreateCustomAgentKeyAssociationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAgentKeyAssociation | None]
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
    body: CreateCustomAgentKeyAssociationRequest,
) -> CustomAgentKeyAssociation | None:
    """Creates a custom agent key association.

     Associates an env var (from envs.json or user-added) with an agent key.

    Args:
        body (CreateCustomAgentKeyAssociationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAgentKeyAssociation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCustomAgentKeyAssociationRequest,
) -> Response[CustomAgentKeyAssociation | None]:
    """Creates a custom agent key association.

     Associates an env var (from envs.json or user-added) with an agent key.

    Args:
        body (CreateCustomAgentKeyAssociationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAgentKeyAssociation | None]
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
    body: CreateCustomAgentKeyAssociationRequest,
) -> CustomAgentKeyAssociation | None:
    """Creates a custom agent key association.

     Associates an env var (from envs.json or user-added) with an agent key.

    Args:
        body (CreateCustomAgentKeyAssociationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAgentKeyAssociation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
