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
    role_id: str,
) -> dict[str, Any]:
    require_path_value("role_id", role_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roles/{role_id}/configurations".format(
            role_id=quote(str(role_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[UserConfigurationItem]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_role_configurations", "array")
        response_200 = list(map(UserConfigurationItem.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[UserConfigurationItem] | None]:
    """Gets configurations for a given role.

     Gets configurations for a given role.

    Args:
        role_id (str):

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
        )
    )
    return build_response(client, response, parse)


def sync(
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> list[UserConfigurationItem] | None:
    """Gets configurations for a given role.

     Gets configurations for a given role.

    Args:
        role_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[UserConfigurationItem]
    """

    return sync_detailed(
        role_id=role_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[UserConfigurationItem] | None]:
    """Gets configurations for a given role.

     Gets configurations for a given role.

    Args:
        role_id (str):

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
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    role_id: str,
    *,
    client: AuthenticatedClient,
) -> list[UserConfigurationItem] | None:
    """Gets configurations for a given role.

     Gets configurations for a given role.

    Args:
        role_id (str):

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
            client=client,
        )
    ).parsed
