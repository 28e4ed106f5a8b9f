from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.add_custom_agent_201_response_inner import AddCustomAgent201ResponseInner
from ...models.add_custom_agent_body import AddCustomAgentBody

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    check_value,
)
from .. import make_body


def build_request(
    *,
    body: AddCustomAgentBody,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/custom_agents",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> list[AddCustomAgent201ResponseInner]:
    if response.status_code == 201:
        _response_201 = response.json()
        if _response_201.__class__ is not list:
            check_value(_response_201, "add_custom_agent", "array")
        response_201 = list(
            map(AddCustomAgent201ResponseInner.from_dict, _response_201)
        )

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: AddCustomAgentBody | Mapping[str, Any] | Unset,
    *,
    file: Any = UNSET,
    agent_type: Any = UNSET,
    agent_args: Any = UNSET,
    agent_name: Any = UNSET,
) -> AddCustomAgentBody:
    return make_body(
        AddCustomAgentBody,
        body,
        {
            "file": file,
            "agent_type": agent_type,
            "agent_args": agent_args,
            "agent_name": agent_name,
        },
        "add_custom_agent",
        as_json=False,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddCustomAgentBody,
) -> Response[list[AddCustomAgent201ResponseInner] | None]:
    """Add Custom Agents

     Add Custom Agents

    Args:
        body (AddCustomAgentBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AddCustomAgent201ResponseInner] | None]
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
    body: AddCustomAgentBody,
) -> list[AddCustomAgent201ResponseInner] | None:
    """Add Custom Agents

     Add Custom Agents

    Args:
        body (AddCustomAgentBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AddCustomAgent201ResponseInner]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddCustomAgentBody,
) -> Response[list[AddCustomAgent201ResponseInner] | None]:
    """Add Custom Agents

     Add Custom Agents

    Args:
        body (AddCustomAgentBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AddCustomAgent201ResponseInner] | None]
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
    body: AddCustomAgentBody,
) -> list[AddCustomAgent201ResponseInner] | None:
    """Add Custom Agents

     Add Custom Agents

    Args:
        body (AddCustomAgentBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AddCustomAgent201ResponseInner]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
