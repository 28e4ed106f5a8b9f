from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_library_skill_201_response_inner import (
    CreateLibrarySkill201ResponseInner,
)
from ...models.create_library_skill_body import CreateLibrarySkillBody
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    check_value,
)


def _get_kwargs(
    *,
    body: CreateLibrarySkillBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/builtin_skills/admin",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[CreateLibrarySkill201ResponseInner] | None:
    if response.status_code == 201:
        _response_201 = response.json()
        if _response_201.__class__ is not list:
            check_value(_response_201, "create_library_skill", "array")
        response_201 = list(
            map(CreateLibrarySkill201ResponseInner.from_dict, _response_201)
        )

        return response_201

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = EndpointError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = EndpointError.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = EndpointError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | list[CreateLibrarySkill201ResponseInner]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.PARSE_ERRORS as error:
        raise client.unexpected_response(response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _parse_success(
    response: httpx.Response,
) -> list[CreateLibrarySkill201ResponseInner]:
    if response.status_code == 201:
        _response_201 = response.json()
        if _response_201.__class__ is not list:
            check_value(_response_201, "create_library_skill", "array")
        response_201 = list(
            map(CreateLibrarySkill201ResponseInner.from_dict, _response_201)
        )

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLibrarySkillBody,
) -> Response[EndpointError | list[CreateLibrarySkill201ResponseInner]]:
    """Publish a skill to the library

     Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
    it by default). All users will see this skill in their library. Skill name and description are taken
    from the SKILL.md frontmatter inside the zip.

    Args:
        body (CreateLibrarySkillBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[CreateLibrarySkill201ResponseInner]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateLibrarySkillBody,
) -> EndpointError | list[CreateLibrarySkill201ResponseInner] | None:
    """Publish a skill to the library

     Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
    it by default). All users will see this skill in their library. Skill name and description are taken
    from the SKILL.md frontmatter inside the zip.

    Args:
        body (CreateLibrarySkillBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[CreateLibrarySkill201ResponseInner]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLibrarySkillBody,
) -> Response[EndpointError | list[CreateLibrarySkill201ResponseInner]]:
    """Publish a skill to the library

     Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
    it by default). All users will see this skill in their library. Skill name and description are taken
    from the SKILL.md frontmatter inside the zip.

    Args:
        body (CreateLibrarySkillBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[CreateLibrarySkill201ResponseInner]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateLibrarySkillBody,
) -> EndpointError | list[CreateLibrarySkill201ResponseInner] | None:
    """Publish a skill to the library

     Uploads a skill zip file to the shared library. Requires the ManageLibrary permission (admins hold
    it by default). All users will see this skill in their library. Skill name and description are taken
    from the SKILL.md frontmatter inside the zip.

    Args:
        body (CreateLibrarySkillBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[CreateLibrarySkill201ResponseInner]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
