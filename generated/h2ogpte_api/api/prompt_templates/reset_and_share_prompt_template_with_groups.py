from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.reset_and_share_with_groups_request import ResetAndShareWithGroupsRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_body


def build_request(
    prompt_template_id: str,
    *,
    body: ResetAndShareWithGroupsRequest,
) -> dict[str, Any]:
    require_path_value("prompt_template_id", prompt_template_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/prompt_templates/{prompt_template_id}/group_permissions".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
        ),
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
    body: ResetAndShareWithGroupsRequest | Mapping[str, Any] | Unset,
    *,
    groups: Any = UNSET,
) -> ResetAndShareWithGroupsRequest:
    return make_body(
        ResetAndShareWithGroupsRequest,
        body,
        {
            "groups": groups,
        },
        "reset_and_share_prompt_template_with_groups",
        as_json=True,
    )


def sync_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
    body: ResetAndShareWithGroupsRequest,
) -> Response[None]:
    """Resets and shares a prompt template to a new list of groups.

     Resets and shares a prompt template to a new list of groups.

    Args:
        prompt_template_id (str):
        body (ResetAndShareWithGroupsRequest):

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
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
    body: ResetAndShareWithGroupsRequest,
) -> None:
    """Resets and shares a prompt template to a new list of groups.

     Resets and shares a prompt template to a new list of groups.

    Args:
        prompt_template_id (str):
        body (ResetAndShareWithGroupsRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        prompt_template_id=prompt_template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
    body: ResetAndShareWithGroupsRequest,
) -> Response[None]:
    """Resets and shares a prompt template to a new list of groups.

     Resets and shares a prompt template to a new list of groups.

    Args:
        prompt_template_id (str):
        body (ResetAndShareWithGroupsRequest):

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
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
    body: ResetAndShareWithGroupsRequest,
) -> None:
    """Resets and shares a prompt template to a new list of groups.

     Resets and shares a prompt template to a new list of groups.

    Args:
        prompt_template_id (str):
        body (ResetAndShareWithGroupsRequest):

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
            client=client,
            body=body,
        )
    ).parsed
