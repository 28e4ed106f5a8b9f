from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.chat_message_reference import ChatMessageReference

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value, require_path_value


def build_request(
    message_id: str,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("message_id", message_id)

    _params: dict[str, Any] = {}

    _params["limit"] = limit

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/{message_id}/references".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[ChatMessageReference]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_message_references", "array")
        response_200 = list(map(ChatMessageReference.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[list[ChatMessageReference] | None]:
    """Fetches metadata for references of a chat message.

     Fetches metadata for references of a chat message. References are only available for messages sent
    from an LLM, an empty list will be returned for messages sent by the user.

    Args:
        message_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ChatMessageReference] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            message_id=message_id,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> list[ChatMessageReference] | None:
    """Fetches metadata for references of a chat message.

     Fetches metadata for references of a chat message. References are only available for messages sent
    from an LLM, an empty list will be returned for messages sent by the user.

    Args:
        message_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ChatMessageReference]
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[list[ChatMessageReference] | None]:
    """Fetches metadata for references of a chat message.

     Fetches metadata for references of a chat message. References are only available for messages sent
    from an LLM, an empty list will be returned for messages sent by the user.

    Args:
        message_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ChatMessageReference] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            message_id=message_id,
            limit=limit,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> list[ChatMessageReference] | None:
    """Fetches metadata for references of a chat message.

     Fetches metadata for references of a chat message. References are only available for messages sent
    from an LLM, an empty list will be returned for messages sent by the user.

    Args:
        message_id (str):
        limit (int | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ChatMessageReference]
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            limit=limit,
        )
    ).parsed
