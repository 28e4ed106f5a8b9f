from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    prompt_template_id: str,
    username: str,
) -> dict[str, Any]:
    require_path_value("prompt_template_id", prompt_template_id)
    require_path_value("username", username)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/prompt_templates/{prompt_template_id}/permissions/{username}".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Shares a prompt template to a user.

     Shares a prompt template to a user.

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            prompt_template_id=prompt_template_id,
            username=username,
        )
    )
    return build_response(client, response, parse)


def sync(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Shares a prompt template to a user.

     Shares a prompt template to a user.

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        prompt_template_id=prompt_template_id,
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Shares a prompt template to a user.

     Shares a prompt template to a user.

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            prompt_template_id=prompt_template_id,
            username=username,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    prompt_template_id: str,
    username: str,
    *,
    client: AuthenticatedClient,
) -> None:
    """Shares a prompt template to a user.

     Shares a prompt template to a user.

    Args:
        prompt_template_id (str):
        username (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            prompt_template_id=prompt_template_id,
            username=username,
            client=client,
        )
    ).parsed
