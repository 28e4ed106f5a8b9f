from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.guardrails_settings import GuardrailsSettings

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    chat_session_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["chat_session_id"] = chat_session_id

    params["collection_id"] = collection_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/effective",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | GuardrailsSettings | None:
    if response.status_code == 200:
        response_200 = GuardrailsSettings.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | GuardrailsSettings]:
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


def _parse_success(response: httpx.Response) -> GuardrailsSettings:
    if response.status_code == 200:
        response_200 = GuardrailsSettings.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chat_session_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> Response[EndpointError | GuardrailsSettings]:
    """Get effective guardrails settings.

     Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
    admin > defaults).

    Args:
        chat_session_id (str | Unset):
        collection_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | GuardrailsSettings]
    """

    kwargs = _get_kwargs(
        chat_session_id=chat_session_id,
        collection_id=collection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    chat_session_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> EndpointError | GuardrailsSettings | None:
    """Get effective guardrails settings.

     Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
    admin > defaults).

    Args:
        chat_session_id (str | Unset):
        collection_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | GuardrailsSettings
    """

    return sync_detailed(
        client=client,
        chat_session_id=chat_session_id,
        collection_id=collection_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chat_session_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> Response[EndpointError | GuardrailsSettings]:
    """Get effective guardrails settings.

     Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
    admin > defaults).

    Args:
        chat_session_id (str | Unset):
        collection_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | GuardrailsSettings]
    """

    kwargs = _get_kwargs(
        chat_session_id=chat_session_id,
        collection_id=collection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chat_session_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> EndpointError | GuardrailsSettings | None:
    """Get effective guardrails settings.

     Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
    admin > defaults).

    Args:
        chat_session_id (str | Unset):
        collection_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | GuardrailsSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            chat_session_id=chat_session_id,
            collection_id=collection_id,
        )
    ).parsed
