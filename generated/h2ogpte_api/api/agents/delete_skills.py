from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.count import Count
from ...models.delete_skills_request import DeleteSkillsRequest

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
    body: DeleteSkillsRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/skills/delete",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> Count:
    if response.status_code == 200:
        response_200 = Count.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: DeleteSkillsRequest | Mapping[str, Any] | Unset,
    *,
    skill_ids: Any = UNSET,
) -> DeleteSkillsRequest:
    return make_body(
        DeleteSkillsRequest,
        body,
        {
            "skill_ids": skill_ids,
        },
        "delete_skills",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteSkillsRequest,
) -> Response[Count | None]:
    """Deletes agent skills.

     Delete agent skills given a list of skill ids belonging to the user.

    Args:
        body (DeleteSkillsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
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
    body: DeleteSkillsRequest,
) -> Count | None:
    """Deletes agent skills.

     Delete agent skills given a list of skill ids belonging to the user.

    Args:
        body (DeleteSkillsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteSkillsRequest,
) -> Response[Count | None]:
    """Deletes agent skills.

     Delete agent skills given a list of skill ids belonging to the user.

    Args:
        body (DeleteSkillsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Count | None]
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
    body: DeleteSkillsRequest,
) -> Count | None:
    """Deletes agent skills.

     Delete agent skills given a list of skill ids belonging to the user.

    Args:
        body (DeleteSkillsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Count
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
