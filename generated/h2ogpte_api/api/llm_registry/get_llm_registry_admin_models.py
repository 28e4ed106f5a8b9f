from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.get_llm_registry_admin_models_response_200_item import (
    GetLlmRegistryAdminModelsResponse200Item,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    check_value,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/llm-registry/admin/models",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | list[GetLlmRegistryAdminModelsResponse200Item] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_llm_registry_admin_models", "array")
        response_200 = list(
            map(GetLlmRegistryAdminModelsResponse200Item.from_dict, _response_200)
        )

        return response_200

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | list[GetLlmRegistryAdminModelsResponse200Item]]:
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


def _parse_success(
    response: httpx.Response,
) -> list[GetLlmRegistryAdminModelsResponse200Item]:
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
) -> Response[EndpointError | list[GetLlmRegistryAdminModelsResponse200Item]]:
    """Lists the full LLM registry (admin).

     Returns every effective model with its lower-priority shadow candidates. The full provider
    configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
    credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
    yet on the serving path. Admin only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[GetLlmRegistryAdminModelsResponse200Item]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[GetLlmRegistryAdminModelsResponse200Item] | None:
    """Lists the full LLM registry (admin).

     Returns every effective model with its lower-priority shadow candidates. The full provider
    configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
    credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
    yet on the serving path. Admin only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[GetLlmRegistryAdminModelsResponse200Item]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | list[GetLlmRegistryAdminModelsResponse200Item]]:
    """Lists the full LLM registry (admin).

     Returns every effective model with its lower-priority shadow candidates. The full provider
    configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
    credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
    yet on the serving path. Admin only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | list[GetLlmRegistryAdminModelsResponse200Item]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> EndpointError | list[GetLlmRegistryAdminModelsResponse200Item] | None:
    """Lists the full LLM registry (admin).

     Returns every effective model with its lower-priority shadow candidates. The full provider
    configuration is returned under raw_config and MAY include secrets (e.g. api_key, inference_server
    credentials) -- this matches the legacy admin-only runtime_llms setting admins edited directly. Not
    yet on the serving path. Admin only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | list[GetLlmRegistryAdminModelsResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
