from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.add_builtin_skill_201_response import AddBuiltinSkill201Response
from ...models.add_builtin_skill_request import AddBuiltinSkillRequest

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
    body: AddBuiltinSkillRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/builtin_skills/add",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> AddBuiltinSkill201Response:
    if response.status_code == 201:
        response_201 = AddBuiltinSkill201Response.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: AddBuiltinSkillRequest | Mapping[str, Any] | Unset,
    *,
    skill_id: Any = UNSET,
    enable_by_default: Any = UNSET,
) -> AddBuiltinSkillRequest:
    return make_body(
        AddBuiltinSkillRequest,
        body,
        {
            "skill_id": skill_id,
            "enable_by_default": enable_by_default,
        },
        "add_builtin_skill",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddBuiltinSkillRequest,
) -> Response[AddBuiltinSkill201Response | None]:
    """Add a predefined skill

     Installs a predefined skill from the built-in skill library.

    Args:
        body (AddBuiltinSkillRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddBuiltinSkill201Response | None]
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
    body: AddBuiltinSkillRequest,
) -> AddBuiltinSkill201Response | None:
    """Add a predefined skill

     Installs a predefined skill from the built-in skill library.

    Args:
        body (AddBuiltinSkillRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddBuiltinSkill201Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddBuiltinSkillRequest,
) -> Response[AddBuiltinSkill201Response | None]:
    """Add a predefined skill

     Installs a predefined skill from the built-in skill library.

    Args:
        body (AddBuiltinSkillRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddBuiltinSkill201Response | None]
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
    body: AddBuiltinSkillRequest,
) -> AddBuiltinSkill201Response | None:
    """Add a predefined skill

     Installs a predefined skill from the built-in skill library.

    Args:
        body (AddBuiltinSkillRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddBuiltinSkill201Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
