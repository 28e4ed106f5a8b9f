from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.guardrails_settings import GuardrailsSettings

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    chat_session_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["chat_session_id"] = chat_session_id

    _params["collection_id"] = collection_id

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/effective",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> GuardrailsSettings:
    if response.status_code == 200:
        response_200 = GuardrailsSettings.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chat_session_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> Response[GuardrailsSettings | None]:
    """Get effective guardrails settings.

     Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
    admin > defaults).

    Args:
        chat_session_id (str | Unset):
        collection_id (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailsSettings | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            chat_session_id=chat_session_id,
            collection_id=collection_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    chat_session_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> GuardrailsSettings | None:
    """Get effective guardrails settings.

     Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
    admin > defaults).

    Args:
        chat_session_id (str | Unset):
        collection_id (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailsSettings
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
) -> Response[GuardrailsSettings | None]:
    """Get effective guardrails settings.

     Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
    admin > defaults).

    Args:
        chat_session_id (str | Unset):
        collection_id (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailsSettings | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            chat_session_id=chat_session_id,
            collection_id=collection_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chat_session_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
) -> GuardrailsSettings | None:
    """Get effective guardrails settings.

     Returns the effective guardrails settings based on the hierarchy (chat session > collection > global
    admin > defaults).

    Args:
        chat_session_id (str | Unset):
        collection_id (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailsSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            chat_session_id=chat_session_id,
            collection_id=collection_id,
        )
    ).parsed
