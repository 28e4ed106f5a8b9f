from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_request import ChatCompletionRequest

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
    body: ChatCompletionRequest,
) -> dict[str, Any]:
    require_path_value("session_id", session_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chats/{session_id}/completions".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> ChatCompletion:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: ChatCompletionRequest | Mapping[str, Any] | Unset,
    *,
    message: Any = UNSET,
    system_prompt: Any = UNSET,
    pre_prompt_query: Any = UNSET,
    prompt_query: Any = UNSET,
    image_batch_final_prompt: Any = UNSET,
    image_batch_image_prompt: Any = UNSET,
    llm: Any = UNSET,
    llm_args: Any = UNSET,
    self_reflection_config: Any = UNSET,
    rag_config: Any = UNSET,
    include_chat_history: Any = UNSET,
    tags: Any = UNSET,
) -> ChatCompletionRequest:
    return make_body(
        ChatCompletionRequest,
        body,
        {
            "message": message,
            "system_prompt": system_prompt,
            "pre_prompt_query": pre_prompt_query,
            "prompt_query": prompt_query,
            "image_batch_final_prompt": image_batch_final_prompt,
            "image_batch_image_prompt": image_batch_image_prompt,
            "llm": llm,
            "llm_args": llm_args,
            "self_reflection_config": self_reflection_config,
            "rag_config": rag_config,
            "include_chat_history": include_chat_history,
            "tags": tags,
        },
        "get_completion",
        as_json=True,
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
) -> Response[ChatCompletion | None]:
    """Asks question in a given chat session.

    Args:
        session_id (str):
        body (ChatCompletionRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | None]
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
    body: ChatCompletionRequest,
) -> ChatCompletion | None:
    """Asks question in a given chat session.

    Args:
        session_id (str):
        body (ChatCompletionRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion
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
    body: ChatCompletionRequest,
) -> Response[ChatCompletion | None]:
    """Asks question in a given chat session.

    Args:
        session_id (str):
        body (ChatCompletionRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | None]
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
    body: ChatCompletionRequest,
) -> ChatCompletion | None:
    """Asks question in a given chat session.

    Args:
        session_id (str):
        body (ChatCompletionRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed


@contextmanager
def stream(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
) -> Iterator[httpx.Response]:
    """Send the request for the streamed `application/jsonl` form of the response.

    Yields the open, unread `httpx.Response`: read it with `iter_lines()`, one JSON object per
    line. The body is not parsed here (the lines are deltas, not the documented schema); the
    connection is closed when the block exits.
    """
    request = build_request(
        session_id=session_id,
        body=body,
    )
    request.setdefault("headers", {})["Accept"] = "application/jsonl"

    with client.get_httpx_client().stream(**request) as response:
        yield response


@asynccontextmanager
async def astream(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatCompletionRequest,
) -> AsyncIterator[httpx.Response]:
    """Async form of `stream`: yields the open, unread `httpx.Response` (read it with `aiter_lines()`)."""
    request = build_request(
        session_id=session_id,
        body=body,
    )
    request.setdefault("headers", {})["Accept"] = "application/jsonl"

    async with client.get_async_httpx_client().stream(**request) as response:
        yield response
