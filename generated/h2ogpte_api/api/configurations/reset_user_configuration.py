from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.user_configuration_item import UserConfigurationItem

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value, require_path_value


def build_request(
    user_id: str,
    key_name: str,
) -> dict[str, Any]:
    require_path_value("user_id", user_id)
    require_path_value("key_name", key_name)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{user_id}/configurations/{key_name}/reset".format(
            user_id=quote(str(user_id), safe=""),
            key_name=quote(str(key_name), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[UserConfigurationItem]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "reset_user_configuration", "array")
        response_200 = list(map(UserConfigurationItem.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    user_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[UserConfigurationItem] | None]:
    """Resets user configuration item.

     Resets user configuration item (to be used by admins only).

    Args:
        user_id (str):
        key_name (str):

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
        )
    )
    return build_response(client, response, parse)


def sync(
    user_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
) -> list[UserConfigurationItem] | None:
    """Resets user configuration item.

     Resets user configuration item (to be used by admins only).

    Args:
        user_id (str):
        key_name (str):

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
    ).parsed


async def asyncio_detailed(
    user_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[UserConfigurationItem] | None]:
    """Resets user configuration item.

     Resets user configuration item (to be used by admins only).

    Args:
        user_id (str):
        key_name (str):

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
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    user_id: str,
    key_name: str,
    *,
    client: AuthenticatedClient,
) -> list[UserConfigurationItem] | None:
    """Resets user configuration item.

     Resets user configuration item (to be used by admins only).

    Args:
        user_id (str):
        key_name (str):

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
        )
    ).parsed
