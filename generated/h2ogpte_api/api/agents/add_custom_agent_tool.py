from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.add_custom_agent_tool_201_response_inner import (
    AddCustomAgentTool201ResponseInner,
)
from ...models.add_custom_agent_tool_body import AddCustomAgentToolBody

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
    body: AddCustomAgentToolBody,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/custom_tools",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> list[AddCustomAgentTool201ResponseInner]:
    if response.status_code == 201:
        _response_201 = response.json()
        if _response_201.__class__ is not list:
            check_value(_response_201, "add_custom_agent_tool", "array")
        response_201 = list(
            map(AddCustomAgentTool201ResponseInner.from_dict, _response_201)
        )

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: AddCustomAgentToolBody | Mapping[str, Any] | Unset,
    *,
    tool_type: Any = UNSET,
    tool_args: Any = UNSET,
    file: Any = UNSET,
    custom_tool_path: Any = UNSET,
    filename: Any = UNSET,
    generate_system_prompt: Any = UNSET,
    system_prompt_generation_timeout: Any = UNSET,
) -> AddCustomAgentToolBody:
    return make_body(
        AddCustomAgentToolBody,
        body,
        {
            "tool_type": tool_type,
            "tool_args": tool_args,
            "file": file,
            "custom_tool_path": custom_tool_path,
            "filename": filename,
            "generate_system_prompt": generate_system_prompt,
            "system_prompt_generation_timeout": system_prompt_generation_timeout,
        },
        "add_custom_agent_tool",
        as_json=False,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddCustomAgentToolBody,
) -> Response[list[AddCustomAgentTool201ResponseInner] | None]:
    """Add Custom Agent Tools

     Add Custom Agent Tools

    Args:
        body (AddCustomAgentToolBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AddCustomAgentTool201ResponseInner] | None]
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
    body: AddCustomAgentToolBody,
) -> list[AddCustomAgentTool201ResponseInner] | None:
    """Add Custom Agent Tools

     Add Custom Agent Tools

    Args:
        body (AddCustomAgentToolBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AddCustomAgentTool201ResponseInner]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddCustomAgentToolBody,
) -> Response[list[AddCustomAgentTool201ResponseInner] | None]:
    """Add Custom Agent Tools

     Add Custom Agent Tools

    Args:
        body (AddCustomAgentToolBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AddCustomAgentTool201ResponseInner] | None]
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
    body: AddCustomAgentToolBody,
) -> list[AddCustomAgentTool201ResponseInner] | None:
    """Add Custom Agent Tools

     Add Custom Agent Tools

    Args:
        body (AddCustomAgentToolBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AddCustomAgentTool201ResponseInner]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
