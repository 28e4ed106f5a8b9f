from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.add_skill_body import AddSkillBody
from ...models.agent_skill import AgentSkill

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
    body: AddSkillBody,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/skills",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> list[AgentSkill]:
    if response.status_code == 201:
        _response_201 = response.json()
        if _response_201.__class__ is not list:
            check_value(_response_201, "add_skill", "array")
        response_201 = list(map(AgentSkill.from_dict, _response_201))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: AddSkillBody | Mapping[str, Any] | Unset,
    *,
    file: Any = UNSET,
    enable_by_default: Any = UNSET,
) -> AddSkillBody:
    return make_body(
        AddSkillBody,
        body,
        {
            "file": file,
            "enable_by_default": enable_by_default,
        },
        "add_skill",
        as_json=False,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddSkillBody,
) -> Response[list[AgentSkill] | None]:
    """Adds an agent skill from an uploaded archive.

     Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.

    Args:
        body (AddSkillBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AgentSkill] | None]
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
    body: AddSkillBody,
) -> list[AgentSkill] | None:
    """Adds an agent skill from an uploaded archive.

     Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.

    Args:
        body (AddSkillBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AgentSkill]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddSkillBody,
) -> Response[list[AgentSkill] | None]:
    """Adds an agent skill from an uploaded archive.

     Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.

    Args:
        body (AddSkillBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AgentSkill] | None]
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
    body: AddSkillBody,
) -> list[AgentSkill] | None:
    """Adds an agent skill from an uploaded archive.

     Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.

    Args:
        body (AddSkillBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AgentSkill]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
