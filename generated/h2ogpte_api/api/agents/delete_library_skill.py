from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.delete_library_skill_response_200 import DeleteLibrarySkillResponse200

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    skill_id: str,
) -> dict[str, Any]:
    require_path_value("skill_id", skill_id)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/agents/builtin_skills/admin/{skill_id}".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> DeleteLibrarySkillResponse200:
    if response.status_code == 200:
        response_200 = DeleteLibrarySkillResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteLibrarySkillResponse200 | None]:
    """Remove a skill from the library

     Removes a published skill from the shared library. Requires the ManageLibrary permission (admins
    hold it by default), which covers every entry regardless of who published it. Does not affect users
    who have already added the skill.

    Args:
        skill_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteLibrarySkillResponse200 | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            skill_id=skill_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    skill_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteLibrarySkillResponse200 | None:
    """Remove a skill from the library

     Removes a published skill from the shared library. Requires the ManageLibrary permission (admins
    hold it by default), which covers every entry regardless of who published it. Does not affect users
    who have already added the skill.

    Args:
        skill_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteLibrarySkillResponse200
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteLibrarySkillResponse200 | None]:
    """Remove a skill from the library

     Removes a published skill from the shared library. Requires the ManageLibrary permission (admins
    hold it by default), which covers every entry regardless of who published it. Does not affect users
    who have already added the skill.

    Args:
        skill_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteLibrarySkillResponse200 | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            skill_id=skill_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    skill_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteLibrarySkillResponse200 | None:
    """Remove a skill from the library

     Removes a published skill from the shared library. Requires the ManageLibrary permission (admins
    hold it by default), which covers every entry regardless of who published it. Does not affect users
    who have already added the skill.

    Args:
        skill_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteLibrarySkillResponse200
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
        )
    ).parsed
