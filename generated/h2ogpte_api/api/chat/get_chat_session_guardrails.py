from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.guardrails_settings import GuardrailsSettings

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    session_id: str,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chats/{session_id}/guardrails".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> GuardrailsSettings:
    if response.status_code == 200:
        response_200 = GuardrailsSettings.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GuardrailsSettings | None]:
    """Get guardrails settings for a chat session.

     Returns the guardrails settings configured for a specific chat session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailsSettings | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            session_id=session_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> GuardrailsSettings | None:
    """Get guardrails settings for a chat session.

     Returns the guardrails settings configured for a specific chat session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailsSettings
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GuardrailsSettings | None]:
    """Get guardrails settings for a chat session.

     Returns the guardrails settings configured for a specific chat session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailsSettings | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            session_id=session_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
) -> GuardrailsSettings | None:
    """Get guardrails settings for a chat session.

     Returns the guardrails settings configured for a specific chat session.

    Args:
        session_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailsSettings
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
        )
    ).parsed
