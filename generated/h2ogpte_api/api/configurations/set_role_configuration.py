from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.user_configuration_item import UserConfigurationItem

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    check_value,
    require_path_value,
)
from .. import make_body


def build_request(
    role_id: str,
    key_name: str,
    *,
    body: UserConfigurationItem,
) -> dict[str, Any]:
    require_path_value("role_id", role_id)
    require_path_value("key_name", key_name)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/roles/{role_id}/configurations/{key_name}".format(
            role_id=quote(str(role_id), safe=""),
            key_name=quote(str(key_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> list[UserConfigurationItem]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "set_role_configuration", "array")
        response_200 = list(map(UserConfigurationItem.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: UserConfigurationItem | Mapping[str, Any] | Unset,
    *,
    body_key_name: Any = UNSET,
    string_value: Any = UNSET,
    value_type: Any = UNSET,
    updated_at: Any = UNSET,
) -> UserConfigurationItem:
    return make_body(
        UserConfigurationItem,
        body,
        {
            "key_name": body_key_name,
            "string_value": string_value,
            "value_type": value_type,
            "updated_at": updated_at,
        },
        "set_role_configuration",
        as_json=True,
    )


def sync_detailed(
    role_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: UserConfigurationItem,
) -> Response[list[UserConfigurationItem] | None]:
    """Sets configuration item for a given role.

     Sets configuration item for a given role.

    Args:
        role_id (str):
        key_name (str):
        body (UserConfigurationItem):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UserConfigurationItem] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            role_id=role_id,
            key_name=key_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    role_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: UserConfigurationItem,
) -> list[UserConfigurationItem] | None:
    """Sets configuration item for a given role.

     Sets configuration item for a given role.

    Args:
        role_id (str):
        key_name (str):
        body (UserConfigurationItem):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserConfigurationItem]
    """

    return sync_detailed(
        role_id=role_id,
        key_name=key_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: UserConfigurationItem,
) -> Response[list[UserConfigurationItem] | None]:
    """Sets configuration item for a given role.

     Sets configuration item for a given role.

    Args:
        role_id (str):
        key_name (str):
        body (UserConfigurationItem):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UserConfigurationItem] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            role_id=role_id,
            key_name=key_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    role_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: UserConfigurationItem,
) -> list[UserConfigurationItem] | None:
    """Sets configuration item for a given role.

     Sets configuration item for a given role.

    Args:
        role_id (str):
        key_name (str):
        body (UserConfigurationItem):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserConfigurationItem]
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            key_name=key_name,
            client=client,
            body=body,
        )
    ).parsed
