from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.set_skill_associations_request import SetSkillAssociationsRequest
from ...models.set_skill_associations_response import SetSkillAssociationsResponse

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
    body: SetSkillAssociationsRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/skill_association",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> SetSkillAssociationsResponse:
    if response.status_code == 200:
        response_200 = SetSkillAssociationsResponse.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: SetSkillAssociationsRequest | Mapping[str, Any] | Unset,
    *,
    skill_id: Any = UNSET,
    keys: Any = UNSET,
    tools: Any = UNSET,
) -> SetSkillAssociationsRequest:
    return make_body(
        SetSkillAssociationsRequest,
        body,
        {
            "skill_id": skill_id,
            "keys": keys,
            "tools": tools,
        },
        "set_skill_associations",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetSkillAssociationsRequest,
) -> Response[SetSkillAssociationsResponse | None]:
    """Sets a skill's env-var/key associations and target tools.

     Associates the skill's declared env vars (from envs.json) with agent keys and selects which
    executors receive those env vars when the skill is selected. Only python and shell are supported;
    both are selected when none are given.

    Args:
        body (SetSkillAssociationsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetSkillAssociationsResponse | None]
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
    body: SetSkillAssociationsRequest,
) -> SetSkillAssociationsResponse | None:
    """Sets a skill's env-var/key associations and target tools.

     Associates the skill's declared env vars (from envs.json) with agent keys and selects which
    executors receive those env vars when the skill is selected. Only python and shell are supported;
    both are selected when none are given.

    Args:
        body (SetSkillAssociationsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetSkillAssociationsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetSkillAssociationsRequest,
) -> Response[SetSkillAssociationsResponse | None]:
    """Sets a skill's env-var/key associations and target tools.

     Associates the skill's declared env vars (from envs.json) with agent keys and selects which
    executors receive those env vars when the skill is selected. Only python and shell are supported;
    both are selected when none are given.

    Args:
        body (SetSkillAssociationsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetSkillAssociationsResponse | None]
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
    body: SetSkillAssociationsRequest,
) -> SetSkillAssociationsResponse | None:
    """Sets a skill's env-var/key associations and target tools.

     Associates the skill's declared env vars (from envs.json) with agent keys and selects which
    executors receive those env vars when the skill is selected. Only python and shell are supported;
    both are selected when none are given.

    Args:
        body (SetSkillAssociationsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetSkillAssociationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
