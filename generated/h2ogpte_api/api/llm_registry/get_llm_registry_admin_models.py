from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.get_llm_registry_admin_models_response_200_item import (
    GetLlmRegistryAdminModelsResponse200Item,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/llm-registry/admin/models",
    }

    return _kwargs


def parse(response: httpx.Response) -> list[GetLlmRegistryAdminModelsResponse200Item]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_llm_registry_admin_models", "array")
        response_200 = list(
            map(GetLlmRegistryAdminModelsResponse200Item.from_dict, _response_200)
        )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[GetLlmRegistryAdminModelsResponse200Item] | None]:
    """Lists the full LLM registry (admin).

     Returns every effective model with its lower-priority shadow candidates. The full provider
    configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
    credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
    yet on the serving path. Admin only.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetLlmRegistryAdminModelsResponse200Item] | None]
    """

    response = client.get_httpx_client().request(**build_request())
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[GetLlmRegistryAdminModelsResponse200Item] | None:
    """Lists the full LLM registry (admin).

     Returns every effective model with its lower-priority shadow candidates. The full provider
    configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
    credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
    yet on the serving path. Admin only.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetLlmRegistryAdminModelsResponse200Item]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[GetLlmRegistryAdminModelsResponse200Item] | None]:
    """Lists the full LLM registry (admin).

     Returns every effective model with its lower-priority shadow candidates. The full provider
    configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
    credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
    yet on the serving path. Admin only.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetLlmRegistryAdminModelsResponse200Item] | None]
    """

    response = await client.get_async_httpx_client().request(**build_request())
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[GetLlmRegistryAdminModelsResponse200Item] | None:
    """Lists the full LLM registry (admin).

     Returns every effective model with its lower-priority shadow candidates. The full provider
    configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
    credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
    yet on the serving path. Admin only.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetLlmRegistryAdminModelsResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
