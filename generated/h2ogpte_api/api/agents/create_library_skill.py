from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.create_library_skill_201_response_inner import (
    CreateLibrarySkill201ResponseInner,
)
from ...models.create_library_skill_body import CreateLibrarySkillBody

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
    body: CreateLibrarySkillBody,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/builtin_skills/admin",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> list[CreateLibrarySkill201ResponseInner]:
    if response.status_code == 201:
        _response_201 = response.json()
        if _response_201.__class__ is not list:
            check_value(_response_201, "create_library_skill", "array")
        response_201 = list(
            map(CreateLibrarySkill201ResponseInner.from_dict, _response_201)
        )

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CreateLibrarySkillBody | Mapping[str, Any] | Unset,
    *,
    file: Any = UNSET,
) -> CreateLibrarySkillBody:
    return make_body(
        CreateLibrarySkillBody,
        body,
        {
            "file": file,
        },
        "create_library_skill",
        as_json=False,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLibrarySkillBody,
) -> Response[list[CreateLibrarySkill201ResponseInner] | None]:
    """Publish a skill to the library

     Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
    it by default). All users will see this skill in their library. Skill name and description are taken
    from the SKILL.md frontmatter inside the zip.

    Args:
        body (CreateLibrarySkillBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CreateLibrarySkill201ResponseInner] | None]
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
    body: CreateLibrarySkillBody,
) -> list[CreateLibrarySkill201ResponseInner] | None:
    """Publish a skill to the library

     Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
    it by default). All users will see this skill in their library. Skill name and description are taken
    from the SKILL.md frontmatter inside the zip.

    Args:
        body (CreateLibrarySkillBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CreateLibrarySkill201ResponseInner]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLibrarySkillBody,
) -> Response[list[CreateLibrarySkill201ResponseInner] | None]:
    """Publish a skill to the library

     Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
    it by default). All users will see this skill in their library. Skill name and description are taken
    from the SKILL.md frontmatter inside the zip.

    Args:
        body (CreateLibrarySkillBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CreateLibrarySkill201ResponseInner] | None]
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
    body: CreateLibrarySkillBody,
) -> list[CreateLibrarySkill201ResponseInner] | None:
    """Publish a skill to the library

     Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
    it by default). All users will see this skill in their library. Skill name and description are taken
    from the SKILL.md frontmatter inside the zip.

    Args:
        body (CreateLibrarySkillBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CreateLibrarySkill201ResponseInner]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
