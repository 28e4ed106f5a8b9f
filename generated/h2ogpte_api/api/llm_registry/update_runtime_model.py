from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    require_path_value("id", id)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/llm-registry/admin/runtime-models/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError:
    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    response_default = EndpointError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError]:
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


def _parse_success(response: httpx.Response) -> EndpointError:
    response_default = EndpointError.from_dict(response.json())

    return response_default


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError]:
    """Not supported -- updating a runtime LLM is disabled (admin).

     Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
    and create it again to change its configuration. display_name is the routing key at the serving
    proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
    the proxy. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | None:
    """Not supported -- updating a runtime LLM is disabled (admin).

     Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
    and create it again to change its configuration. display_name is the routing key at the serving
    proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
    the proxy. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError]:
    """Not supported -- updating a runtime LLM is disabled (admin).

     Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
    and create it again to change its configuration. display_name is the routing key at the serving
    proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
    the proxy. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | None:
    """Not supported -- updating a runtime LLM is disabled (admin).

     Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
    and create it again to change its configuration. display_name is the routing key at the serving
    proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
    the proxy. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
