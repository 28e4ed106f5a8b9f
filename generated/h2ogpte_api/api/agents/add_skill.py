from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_skill_body import AddSkillBody
from ...models.agent_skill import AgentSkill
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    check_value,
)


def _get_kwargs(
    *,
    body: AddSkillBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/skills",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[AgentSkill] | None:
    if response.status_code == 201:
        _response_201 = response.json()
        if _response_201.__class__ is not list:
            check_value(_response_201, "add_skill", "array")
        response_201 = list(map(AgentSkill.from_dict, _response_201))

        return response_201

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

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
) -> Response[EndpointError | list[AgentSkill]]:
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


def _parse_success(response: httpx.Response) -> list[AgentSkill]:
    if response.status_code == 201:
        _response_201 = response.json()
        if _response_201.__class__ is not list:
            check_value(_response_201, "add_skill", "array")
        response_201 = list(map(AgentSkill.from_dict, _response_201))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddSkillBody,
) -> Response[EndpointError | list[AgentSkill]]:
    """Adds an agent skill from an uploaded archive.

     Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.

    Args:
        body (AddSkillBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[AgentSkill]]
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
    body: AddSkillBody,
) -> EndpointError | list[AgentSkill] | None:
    """Adds an agent skill from an uploaded archive.

     Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.

    Args:
        body (AddSkillBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[AgentSkill]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddSkillBody,
) -> Response[EndpointError | list[AgentSkill]]:
    """Adds an agent skill from an uploaded archive.

     Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.

    Args:
        body (AddSkillBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[AgentSkill]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddSkillBody,
) -> EndpointError | list[AgentSkill] | None:
    """Adds an agent skill from an uploaded archive.

     Upload a .zip or .skill file containing a SKILL.md to create a new agent skill.

    Args:
        body (AddSkillBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[AgentSkill]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
