from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_runtime_model_response_200 import DeleteRuntimeModelResponse200
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
        "method": "delete",
        "url": "/llm-registry/admin/runtime-models/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteRuntimeModelResponse200 | EndpointError | None:
    if response.status_code == 200:
        response_200 = DeleteRuntimeModelResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = EndpointError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteRuntimeModelResponse200 | EndpointError]:
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


def _parse_success(response: httpx.Response) -> DeleteRuntimeModelResponse200:
    if response.status_code == 200:
        response_200 = DeleteRuntimeModelResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteRuntimeModelResponse200 | EndpointError]:
    """Deletes a runtime LLM by registry id (admin).

     Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteRuntimeModelResponse200 | EndpointError]
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
) -> DeleteRuntimeModelResponse200 | EndpointError | None:
    """Deletes a runtime LLM by registry id (admin).

     Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteRuntimeModelResponse200 | EndpointError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteRuntimeModelResponse200 | EndpointError]:
    """Deletes a runtime LLM by registry id (admin).

     Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteRuntimeModelResponse200 | EndpointError]
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
) -> DeleteRuntimeModelResponse200 | EndpointError | None:
    """Deletes a runtime LLM by registry id (admin).

     Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteRuntimeModelResponse200 | EndpointError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
