from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.prompt_template import PromptTemplate

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, check_value


def build_request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    template_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["offset"] = offset

    _params["limit"] = limit

    _params["sort_column"] = sort_column

    _params["ascending"] = ascending

    _params["template_type"] = template_type

    _params["filter"] = filter_

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prompt_templates/all",
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> list[PromptTemplate]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "list_all_prompt_templates", "array")
        response_200 = list(map(PromptTemplate.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    template_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[list[PromptTemplate] | None]:
    """Lists prompt templates, including hidden default templates.

     Lists prompt templates, including hidden default templates. Only for users who have the permission
    to manage prompt templates.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        template_type (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[PromptTemplate] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
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
    template_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[PromptTemplate] | None:
    """Lists prompt templates, including hidden default templates.

     Lists prompt templates, including hidden default templates. Only for users who have the permission
    to manage prompt templates.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        template_type (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PromptTemplate]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        ascending=ascending,
        template_type=template_type,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    ascending: bool | Unset = UNSET,
    template_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[list[PromptTemplate] | None]:
    """Lists prompt templates, including hidden default templates.

     Lists prompt templates, including hidden default templates. Only for users who have the permission
    to manage prompt templates.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        template_type (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[PromptTemplate] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
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
    template_type: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[PromptTemplate] | None:
    """Lists prompt templates, including hidden default templates.

     Lists prompt templates, including hidden default templates. Only for users who have the permission
    to manage prompt templates.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        sort_column (str | Unset):
        ascending (bool | Unset):
        template_type (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PromptTemplate]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            ascending=ascending,
            template_type=template_type,
            filter_=filter_,
        )
    ).parsed
