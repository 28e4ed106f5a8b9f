from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.guardrail_violations_list import GuardrailViolationsList

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["interval"] = interval

    params["type_filter"] = type_filter

    params["collection_id_filter"] = collection_id_filter

    params["user_id_filter"] = user_id_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/violations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | GuardrailViolationsList | None:
    if response.status_code == 200:
        response_200 = GuardrailViolationsList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

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
) -> Response[EndpointError | GuardrailViolationsList]:
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


def _parse_success(response: httpx.Response) -> GuardrailViolationsList:
    if response.status_code == 200:
        response_200 = GuardrailViolationsList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> Response[EndpointError | GuardrailViolationsList]:
    """List guardrail violations.

     Returns a paginated list of guardrail violations with user and collection context. Admin only.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        interval (str | Unset):
        type_filter (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | GuardrailViolationsList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        interval=interval,
        type_filter=type_filter,
        collection_id_filter=collection_id_filter,
        user_id_filter=user_id_filter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> EndpointError | GuardrailViolationsList | None:
    """List guardrail violations.

     Returns a paginated list of guardrail violations with user and collection context. Admin only.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        interval (str | Unset):
        type_filter (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | GuardrailViolationsList
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        interval=interval,
        type_filter=type_filter,
        collection_id_filter=collection_id_filter,
        user_id_filter=user_id_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> Response[EndpointError | GuardrailViolationsList]:
    """List guardrail violations.

     Returns a paginated list of guardrail violations with user and collection context. Admin only.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        interval (str | Unset):
        type_filter (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | GuardrailViolationsList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        interval=interval,
        type_filter=type_filter,
        collection_id_filter=collection_id_filter,
        user_id_filter=user_id_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> EndpointError | GuardrailViolationsList | None:
    """List guardrail violations.

     Returns a paginated list of guardrail violations with user and collection context. Admin only.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        interval (str | Unset):
        type_filter (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | GuardrailViolationsList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            interval=interval,
            type_filter=type_filter,
            collection_id_filter=collection_id_filter,
            user_id_filter=user_id_filter,
        )
    ).parsed
