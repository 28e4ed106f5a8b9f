from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.guardrail_violations_list import GuardrailViolationsList

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["offset"] = offset

    _params["limit"] = limit

    _params["interval"] = interval

    _params["type_filter"] = type_filter

    _params["collection_id_filter"] = collection_id_filter

    _params["user_id_filter"] = user_id_filter

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/violations",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> GuardrailViolationsList:
    if response.status_code == 200:
        response_200 = GuardrailViolationsList.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> Response[GuardrailViolationsList | None]:
    """List guardrail violations.

     Returns a paginated list of guardrail violations with user and collection context. Admin only.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        interval (str | Unset):
        type_filter (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailViolationsList | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            interval=interval,
            type_filter=type_filter,
            collection_id_filter=collection_id_filter,
            user_id_filter=user_id_filter,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> GuardrailViolationsList | None:
    """List guardrail violations.

     Returns a paginated list of guardrail violations with user and collection context. Admin only.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        interval (str | Unset):
        type_filter (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailViolationsList
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        interval=interval,
        type_filter=type_filter,
        collection_id_filter=collection_id_filter,
        user_id_filter=user_id_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> Response[GuardrailViolationsList | None]:
    """List guardrail violations.

     Returns a paginated list of guardrail violations with user and collection context. Admin only.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        interval (str | Unset):
        type_filter (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailViolationsList | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            interval=interval,
            type_filter=type_filter,
            collection_id_filter=collection_id_filter,
            user_id_filter=user_id_filter,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    interval: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    collection_id_filter: str | Unset = UNSET,
    user_id_filter: str | Unset = UNSET,
) -> GuardrailViolationsList | None:
    """List guardrail violations.

     Returns a paginated list of guardrail violations with user and collection context. Admin only.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        interval (str | Unset):
        type_filter (str | Unset):
        collection_id_filter (str | Unset):
        user_id_filter (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailViolationsList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            interval=interval,
            type_filter=type_filter,
            collection_id_filter=collection_id_filter,
            user_id_filter=user_id_filter,
        )
    ).parsed
