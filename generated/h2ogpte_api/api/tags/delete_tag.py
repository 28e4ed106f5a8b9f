from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_tag_200_response import DeleteTag200Response
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    tag_name: str,
) -> dict[str, Any]:
    require_path_value("tag_name", tag_name)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/tags/{tag_name}".format(
            tag_name=quote(str(tag_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteTag200Response | EndpointError | None:
    if response.status_code == 200:
        response_200 = DeleteTag200Response.from_dict(response.json())

        return response_200

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
) -> Response[Any | DeleteTag200Response | EndpointError]:
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


def _parse_success(response: httpx.Response) -> DeleteTag200Response:
    if response.status_code == 200:
        response_200 = DeleteTag200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteTag200Response | EndpointError]:
    """Deletes a tag.

     Deletes a tag by its name. Only the tag creator can delete it. All document-tag associations are
    removed.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteTag200Response | EndpointError]
    """

    kwargs = _get_kwargs(
        tag_name=tag_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteTag200Response | EndpointError | None:
    """Deletes a tag.

     Deletes a tag by its name. Only the tag creator can delete it. All document-tag associations are
    removed.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteTag200Response | EndpointError
    """

    return sync_detailed(
        tag_name=tag_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteTag200Response | EndpointError]:
    """Deletes a tag.

     Deletes a tag by its name. Only the tag creator can delete it. All document-tag associations are
    removed.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteTag200Response | EndpointError]
    """

    kwargs = _get_kwargs(
        tag_name=tag_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tag_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteTag200Response | EndpointError | None:
    """Deletes a tag.

     Deletes a tag by its name. Only the tag creator can delete it. All document-tag associations are
    removed.

    Args:
        tag_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteTag200Response | EndpointError
    """

    return (
        await asyncio_detailed(
            tag_name=tag_name,
            client=client,
        )
    ).parsed
