from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.global_configuration_item import GlobalConfigurationItem
from ...models.set_global_configuration_request import SetGlobalConfigurationRequest

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
    key_name: str,
    *,
    body: SetGlobalConfigurationRequest,
) -> dict[str, Any]:
    require_path_value("key_name", key_name)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/configurations/{key_name}".format(
            key_name=quote(str(key_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> list[GlobalConfigurationItem]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "set_global_configuration", "array")
        response_200 = list(map(GlobalConfigurationItem.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: SetGlobalConfigurationRequest | Mapping[str, Any] | Unset,
    *,
    string_value: Any = UNSET,
    can_overwrite: Any = UNSET,
    is_public: Any = UNSET,
    value_type: Any = UNSET,
) -> SetGlobalConfigurationRequest:
    return make_body(
        SetGlobalConfigurationRequest,
        body,
        {
            "string_value": string_value,
            "can_overwrite": can_overwrite,
            "is_public": is_public,
            "value_type": value_type,
        },
        "set_global_configuration",
        as_json=True,
    )


def sync_detailed(
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: SetGlobalConfigurationRequest,
) -> Response[list[GlobalConfigurationItem] | None]:
    """Sets global configuration item.

     Sets global configuration item (to be used by admins only).

    Args:
        key_name (str):
        body (SetGlobalConfigurationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GlobalConfigurationItem] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            key_name=key_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: SetGlobalConfigurationRequest,
) -> list[GlobalConfigurationItem] | None:
    """Sets global configuration item.

     Sets global configuration item (to be used by admins only).

    Args:
        key_name (str):
        body (SetGlobalConfigurationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GlobalConfigurationItem]
    """

    return sync_detailed(
        key_name=key_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: SetGlobalConfigurationRequest,
) -> Response[list[GlobalConfigurationItem] | None]:
    """Sets global configuration item.

     Sets global configuration item (to be used by admins only).

    Args:
        key_name (str):
        body (SetGlobalConfigurationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GlobalConfigurationItem] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            key_name=key_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    key_name: str,
    *,
    client: AuthenticatedClient,
    body: SetGlobalConfigurationRequest,
) -> list[GlobalConfigurationItem] | None:
    """Sets global configuration item.

     Sets global configuration item (to be used by admins only).

    Args:
        key_name (str):
        body (SetGlobalConfigurationRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GlobalConfigurationItem]
    """

    return (
        await asyncio_detailed(
            key_name=key_name,
            client=client,
            body=body,
        )
    ).parsed
