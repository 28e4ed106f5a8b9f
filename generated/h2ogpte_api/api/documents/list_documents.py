from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.document import Document

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value


def build_request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    with_summaries: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["offset"] = offset

    _params["limit"] = limit

    _params["sort_column"] = sort_column

    _params["ascending"] = ascending

    _params["with_summaries"] = with_summaries

    _params["metadata_filter"] = metadata_filter

    _params["username"] = username

    _params["status"] = status

    _params["source"] = source

    _params["chat_session_id"] = chat_session_id

    _params["group_by_source_chat"] = group_by_source_chat

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[Document]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_documents", "array")
        response_200 = list(map(Document.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    with_summaries: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = UNSET,
) -> Response[list[Document] | None]:
    """List documents.

     List documents for a given user. If sort_column is not specified, the output is sorted by by last
    update time in descending order.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        with_summaries (bool | Unset):
        metadata_filter (str | Unset):
        username (str | Unset):
        status (str | Unset):
        source (str | Unset):
        chat_session_id (str | Unset):
        group_by_source_chat (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Document] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            with_summaries=with_summaries,
            metadata_filter=metadata_filter,
            username=username,
            status=status,
            source=source,
            chat_session_id=chat_session_id,
            group_by_source_chat=group_by_source_chat,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    with_summaries: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = UNSET,
) -> list[Document] | None:
    """List documents.

     List documents for a given user. If sort_column is not specified, the output is sorted by by last
    update time in descending order.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        with_summaries (bool | Unset):
        metadata_filter (str | Unset):
        username (str | Unset):
        status (str | Unset):
        source (str | Unset):
        chat_session_id (str | Unset):
        group_by_source_chat (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Document]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        with_summaries=with_summaries,
        metadata_filter=metadata_filter,
        username=username,
        status=status,
        source=source,
        chat_session_id=chat_session_id,
        group_by_source_chat=group_by_source_chat,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    with_summaries: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = UNSET,
) -> Response[list[Document] | None]:
    """List documents.

     List documents for a given user. If sort_column is not specified, the output is sorted by by last
    update time in descending order.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        with_summaries (bool | Unset):
        metadata_filter (str | Unset):
        username (str | Unset):
        status (str | Unset):
        source (str | Unset):
        chat_session_id (str | Unset):
        group_by_source_chat (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Document] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            with_summaries=with_summaries,
            metadata_filter=metadata_filter,
            username=username,
            status=status,
            source=source,
            chat_session_id=chat_session_id,
            group_by_source_chat=group_by_source_chat,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    with_summaries: bool | Unset = UNSET,
    metadata_filter: str | Unset = UNSET,
    username: str | Unset = UNSET,
    status: str | Unset = UNSET,
    source: str | Unset = UNSET,
    chat_session_id: str | Unset = UNSET,
    group_by_source_chat: bool | Unset = UNSET,
) -> list[Document] | None:
    """List documents.

     List documents for a given user. If sort_column is not specified, the output is sorted by by last
    update time in descending order.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        with_summaries (bool | Unset):
        metadata_filter (str | Unset):
        username (str | Unset):
        status (str | Unset):
        source (str | Unset):
        chat_session_id (str | Unset):
        group_by_source_chat (bool | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Document]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            with_summaries=with_summaries,
            metadata_filter=metadata_filter,
            username=username,
            status=status,
            source=source,
            chat_session_id=chat_session_id,
            group_by_source_chat=group_by_source_chat,
        )
    ).parsed
