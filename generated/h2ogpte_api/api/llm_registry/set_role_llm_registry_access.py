from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.set_role_llm_registry_access_request import (
    SetRoleLlmRegistryAccessRequest,
)

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
    role_id: str,
    *,
    body: SetRoleLlmRegistryAccessRequest,
) -> dict[str, Any]:
    require_path_value("role_id", role_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/roles/{role_id}/llm-registry-access".format(
            role_id=quote(str(role_id), safe=""),
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
    body: SetRoleLlmRegistryAccessRequest | Mapping[str, Any] | Unset,
    *,
    names: Any = UNSET,
) -> SetRoleLlmRegistryAccessRequest:
    return make_body(
        SetRoleLlmRegistryAccessRequest,
        body,
        {
            "names": names,
        },
        "set_role_llm_registry_access",
        as_json=True,
    )


def sync_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: SetRoleLlmRegistryAccessRequest,
) -> Response[None]:
    """Replaces LLM access grants for a role.

     Replaces the role's LLM access grant set. The protected roles viewer and admin are rejected.
    Requires the Manage Roles permission.

    Args:
        role_id (str):
        body (SetRoleLlmRegistryAccessRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            role_id=role_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: SetRoleLlmRegistryAccessRequest,
) -> None:
    """Replaces LLM access grants for a role.

     Replaces the role's LLM access grant set. The protected roles viewer and admin are rejected.
    Requires the Manage Roles permission.

    Args:
        role_id (str):
        body (SetRoleLlmRegistryAccessRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        role_id=role_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: SetRoleLlmRegistryAccessRequest,
) -> Response[None]:
    """Replaces LLM access grants for a role.

     Replaces the role's LLM access grant set. The protected roles viewer and admin are rejected.
    Requires the Manage Roles permission.

    Args:
        role_id (str):
        body (SetRoleLlmRegistryAccessRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            role_id=role_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    role_id: str,
    *,
    client: AuthenticatedClient,
    body: SetRoleLlmRegistryAccessRequest,
) -> None:
    """Replaces LLM access grants for a role.

     Replaces the role's LLM access grant set. The protected roles viewer and admin are rejected.
    Requires the Manage Roles permission.

    Args:
        role_id (str):
        body (SetRoleLlmRegistryAccessRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            client=client,
            body=body,
        )
    ).parsed
