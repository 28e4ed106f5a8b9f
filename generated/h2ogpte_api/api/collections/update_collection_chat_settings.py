from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.chat_settings import ChatSettings

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_optional_body


def build_request(
    collection_id: str,
    *,
    body: ChatSettings | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/chat_settings".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: ChatSettings | Mapping[str, Any] | Unset,
    *,
    llm: Any = UNSET,
    llm_args: Any = UNSET,
    self_reflection_config: Any = UNSET,
    rag_config: Any = UNSET,
    include_chat_history: Any = UNSET,
    tags: Any = UNSET,
) -> ChatSettings | Unset:
    return make_optional_body(
        ChatSettings,
        body,
        {
            "llm": llm,
            "llm_args": llm_args,
            "self_reflection_config": self_reflection_config,
            "rag_config": rag_config,
            "include_chat_history": include_chat_history,
            "tags": tags,
        },
        "update_collection_chat_settings",
        as_json=True,
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatSettings | Unset = UNSET,
) -> Response[None]:
    """Updates collection chat settings.

     Recreates entire chat settings on the collection.

    Args:
        collection_id (str):
        body (ChatSettings | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatSettings | Unset = UNSET,
) -> None:
    """Updates collection chat settings.

     Recreates entire chat settings on the collection.

    Args:
        collection_id (str):
        body (ChatSettings | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatSettings | Unset = UNSET,
) -> Response[None]:
    """Updates collection chat settings.

     Recreates entire chat settings on the collection.

    Args:
        collection_id (str):
        body (ChatSettings | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            collection_id=collection_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: ChatSettings | Unset = UNSET,
) -> None:
    """Updates collection chat settings.

     Recreates entire chat settings on the collection.

    Args:
        collection_id (str):
        body (ChatSettings | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
