from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.guardrail_violations_dashboard import GuardrailViolationsDashboard

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    interval: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["interval"] = interval

    params["collection_id_filter"] = collection_id_filter

    params["user_id_filter"] = user_id_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/violations/dashboard",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | GuardrailViolationsDashboard | None:
    if response.status_code == 200:
        response_200 = GuardrailViolationsDashboard.from_dict(response.json())

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
) -> Response[EndpointError | GuardrailViolationsDashboard]:
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


def _parse_success(response: httpx.Response) -> GuardrailViolationsDashboard:
    if response.status_code == 200:
        response_200 = GuardrailViolationsDashboard.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    interval: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> Response[EndpointError | GuardrailViolationsDashboard]:
    """Get guardrail violations dashboard data.

     Returns daily trend, breakdown by violation type, by collection, and by user. Admin only.

    Args:
        interval (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | GuardrailViolationsDashboard]
    """

    kwargs = _get_kwargs(
        interval=interval,
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
    interval: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> EndpointError | GuardrailViolationsDashboard | None:
    """Get guardrail violations dashboard data.

     Returns daily trend, breakdown by violation type, by collection, and by user. Admin only.

    Args:
        interval (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | GuardrailViolationsDashboard
    """

    return sync_detailed(
        client=client,
        interval=interval,
        collection_id_filter=collection_id_filter,
        user_id_filter=user_id_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    interval: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> Response[EndpointError | GuardrailViolationsDashboard]:
    """Get guardrail violations dashboard data.

     Returns daily trend, breakdown by violation type, by collection, and by user. Admin only.

    Args:
        interval (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | GuardrailViolationsDashboard]
    """

    kwargs = _get_kwargs(
        interval=interval,
        collection_id_filter=collection_id_filter,
        user_id_filter=user_id_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    interval: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> EndpointError | GuardrailViolationsDashboard | None:
    """Get guardrail violations dashboard data.

     Returns daily trend, breakdown by violation type, by collection, and by user. Admin only.

    Args:
        interval (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | GuardrailViolationsDashboard
    """

    return (
        await asyncio_detailed(
            client=client,
            interval=interval,
            collection_id_filter=collection_id_filter,
            user_id_filter=user_id_filter,
        )
    ).parsed
