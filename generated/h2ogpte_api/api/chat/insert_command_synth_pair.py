from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.insert_command_synth_pair_201_response import (
    InsertCommandSynthPair201Response,
)
from ...models.insert_command_synth_pair_request import InsertCommandSynthPairRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_body


def build_request(
    session_id: str,
    *,
    body: InsertCommandSynthPairRequest,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{session_id}/synth_message_pair".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> InsertCommandSynthPair201Response:
    if response.status_code == 201:
        response_201 = InsertCommandSynthPair201Response.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: InsertCommandSynthPairRequest | Mapping[str, Any] | Unset,
    *,
    user_prompt: Any = UNSET,
    ai_response: Any = UNSET,
    command_name: Any = UNSET,
) -> InsertCommandSynthPairRequest:
    return make_body(
        InsertCommandSynthPairRequest,
        body,
        {
            "user_prompt": user_prompt,
            "ai_response": ai_response,
            "command_name": command_name,
        },
        "insert_command_synth_pair",
        as_json=True,
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: InsertCommandSynthPairRequest,
) -> Response[InsertCommandSynthPair201Response | None]:
    """Insert a synthetic user-question + AI-reply pair into chat history.

     Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
    the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
    history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
    content=command_name) so UIs can identify these turns later.

    Args:
        session_id (str):
        body (InsertCommandSynthPairRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsertCommandSynthPair201Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            session_id=session_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: InsertCommandSynthPairRequest,
) -> InsertCommandSynthPair201Response | None:
    """Insert a synthetic user-question + AI-reply pair into chat history.

     Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
    the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
    history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
    content=command_name) so UIs can identify these turns later.

    Args:
        session_id (str):
        body (InsertCommandSynthPairRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsertCommandSynthPair201Response
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: InsertCommandSynthPairRequest,
) -> Response[InsertCommandSynthPair201Response | None]:
    """Insert a synthetic user-question + AI-reply pair into chat history.

     Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
    the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
    history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
    content=command_name) so UIs can identify these turns later.

    Args:
        session_id (str):
        body (InsertCommandSynthPairRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsertCommandSynthPair201Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            session_id=session_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: InsertCommandSynthPairRequest,
) -> InsertCommandSynthPair201Response | None:
    """Insert a synthetic user-question + AI-reply pair into chat history.

     Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
    the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
    history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
    content=command_name) so UIs can identify these turns later.

    Args:
        session_id (str):
        body (InsertCommandSynthPairRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsertCommandSynthPair201Response
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
