from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.set_user_configuration_request import SetUserConfigurationRequest
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
    user_id: str,
    key_name: str,
    *,
    body: SetUserConfigurationRequest,
) -> dict[str, Any]:
    require_path_value("user_id", user_id)
    require_path_value("key_name", key_name)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/{user_id}/configurations/{key_name}".format(
            user_id=quote(str(user_id), safe=""),
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
            check_value(_response_200, "set_user_configuration", "array")
        response_200 = list(map(UserConfigurationItem.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: SetUserConfigurationRequest | Mapping[str, Any] | Unset,
    *,
    string_value: Any = UNSET,
    value_type: Any = UNSET,
) -> SetUserConfigurationRequest:
    return make_body(
        SetUserConfigurationRequest,
        body,
        {
            "string_value": string_value,
            "value_type": value_type,
        },
        "set_user_configuration",
        as_json=True,
    )


def sync_detailed(
    user_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: SetUserConfigurationRequest,
) -> Response[list[UserConfigurationItem] | None]:
    """Sets user configuration item.

     Sets user configuration item (to be used by admins only).

    Args:
        user_id (str):
        key_name (str):
        body (SetUserConfigurationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UserConfigurationItem] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            user_id=user_id,
            key_name=key_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    user_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: SetUserConfigurationRequest,
) -> list[UserConfigurationItem] | None:
    """Sets user configuration item.

     Sets user configuration item (to be used by admins only).

    Args:
        user_id (str):
        key_name (str):
        body (SetUserConfigurationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserConfigurationItem]
    """

    return sync_detailed(
        user_id=user_id,
        key_name=key_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: SetUserConfigurationRequest,
) -> Response[list[UserConfigurationItem] | None]:
    """Sets user configuration item.

     Sets user configuration item (to be used by admins only).

    Args:
        user_id (str):
        key_name (str):
        body (SetUserConfigurationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[UserConfigurationItem] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            user_id=user_id,
            key_name=key_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    user_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: SetUserConfigurationRequest,
) -> list[UserConfigurationItem] | None:
    """Sets user configuration item.

     Sets user configuration item (to be used by admins only).

    Args:
        user_id (str):
        key_name (str):
        body (SetUserConfigurationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserConfigurationItem]
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            key_name=key_name,
            client=client,
            body=body,
        )
    ).parsed
