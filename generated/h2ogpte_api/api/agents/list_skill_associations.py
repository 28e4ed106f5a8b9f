from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.skill_associations import SkillAssociations

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/skill_association",
    }

    return _kwargs


def parse(response: httpx.Response) -> list[SkillAssociations]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_skill_associations", "array")
        response_200 = list(map(SkillAssociations.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[SkillAssociations] | None]:
    """Lists the current user's skill env-var/key/tool associations.

     For each skill, the env-var→agent-key bindings and the tools that receive the skill's env vars.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SkillAssociations] | None]
    """

    response = client.get_httpx_client().request(**build_request())
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[SkillAssociations] | None:
    """Lists the current user's skill env-var/key/tool associations.

     For each skill, the env-var→agent-key bindings and the tools that receive the skill's env vars.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SkillAssociations]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[SkillAssociations] | None]:
    """Lists the current user's skill env-var/key/tool associations.

     For each skill, the env-var→agent-key bindings and the tools that receive the skill's env vars.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SkillAssociations] | None]
    """

    response = await client.get_async_httpx_client().request(**build_request())
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[SkillAssociations] | None:
    """Lists the current user's skill env-var/key/tool associations.

     For each skill, the env-var→agent-key bindings and the tools that receive the skill's env vars.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SkillAssociations]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
