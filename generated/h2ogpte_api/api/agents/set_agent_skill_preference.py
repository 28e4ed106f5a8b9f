from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.set_agent_skill_preference_request import SetAgentSkillPreferenceRequest

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
    body: SetAgentSkillPreferenceRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/skill_preference",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: SetAgentSkillPreferenceRequest | Mapping[str, Any] | Unset,
    *,
    skill_ids: Any = UNSET,
    enabled: Any = UNSET,
) -> SetAgentSkillPreferenceRequest:
    return make_body(
        SetAgentSkillPreferenceRequest,
        body,
        {
            "skill_ids": skill_ids,
            "enabled": enabled,
        },
        "set_agent_skill_preference",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetAgentSkillPreferenceRequest,
) -> Response[None]:
    """Enable or disable the given agent skills for the user.

     Sets the enabled flag for the listed skill IDs. Only the skills named in the request are changed;
    skills not listed are left untouched.

    Args:
        body (SetAgentSkillPreferenceRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
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
    body: SetAgentSkillPreferenceRequest,
) -> None:
    """Enable or disable the given agent skills for the user.

     Sets the enabled flag for the listed skill IDs. Only the skills named in the request are changed;
    skills not listed are left untouched.

    Args:
        body (SetAgentSkillPreferenceRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetAgentSkillPreferenceRequest,
) -> Response[None]:
    """Enable or disable the given agent skills for the user.

     Sets the enabled flag for the listed skill IDs. Only the skills named in the request are changed;
    skills not listed are left untouched.

    Args:
        body (SetAgentSkillPreferenceRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
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
    body: SetAgentSkillPreferenceRequest,
) -> None:
    """Enable or disable the given agent skills for the user.

     Sets the enabled flag for the listed skill IDs. Only the skills named in the request are changed;
    skills not listed are left untouched.

    Args:
        body (SetAgentSkillPreferenceRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
