from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.insert_command_synth_pair_201_response import (
    InsertCommandSynthPair201Response,
)
from ...models.insert_command_synth_pair_request import InsertCommandSynthPairRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    session_id: str,
    *,
    body: InsertCommandSynthPairRequest,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{session_id}/synth_message_pair".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EndpointError | InsertCommandSynthPair201Response | None:
    if response.status_code == 201:
        response_201 = InsertCommandSynthPair201Response.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EndpointError | InsertCommandSynthPair201Response]:
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


def _parse_success(response: httpx.Response) -> InsertCommandSynthPair201Response:
    if response.status_code == 201:
        response_201 = InsertCommandSynthPair201Response.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: InsertCommandSynthPairRequest,
) -> Response[Any | EndpointError | InsertCommandSynthPair201Response]:
    """Insert a synthetic user-question + AI-reply pair into chat history.

     Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
    the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
    history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
    content=command_name) so UIs can identify these turns later.

    Args:
        session_id (str):
        body (InsertCommandSynthPairRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | InsertCommandSynthPair201Response]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: InsertCommandSynthPairRequest,
) -> Any | EndpointError | InsertCommandSynthPair201Response | None:
    """Insert a synthetic user-question + AI-reply pair into chat history.

     Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
    the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
    history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
    content=command_name) so UIs can identify these turns later.

    Args:
        session_id (str):
        body (InsertCommandSynthPairRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | InsertCommandSynthPair201Response
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
) -> Response[Any | EndpointError | InsertCommandSynthPair201Response]:
    """Insert a synthetic user-question + AI-reply pair into chat history.

     Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
    the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
    history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
    content=command_name) so UIs can identify these turns later.

    Args:
        session_id (str):
        body (InsertCommandSynthPairRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EndpointError | InsertCommandSynthPair201Response]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: InsertCommandSynthPairRequest,
) -> Any | EndpointError | InsertCommandSynthPair201Response | None:
    """Insert a synthetic user-question + AI-reply pair into chat history.

     Used by slash-command flows (e.g. /schedule, /create-assistant) that produce an LLM response outside
    the normal streaming pipeline and need the resulting prompt/response pair to show up in the chat
    history on reload. The pair is tagged with chat_message_meta(message_type="command_synth",
    content=command_name) so UIs can identify these turns later.

    Args:
        session_id (str):
        body (InsertCommandSynthPairRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EndpointError | InsertCommandSynthPair201Response
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
