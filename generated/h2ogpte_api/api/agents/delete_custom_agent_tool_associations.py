from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_custom_agent_tool_associations_response import (
    DeleteCustomAgentToolAssociationsResponse,
)
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    association_ids: list[str],
) -> dict[str, Any]:
    require_path_value("association_ids", association_ids)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/agents/custom_agent_tool_associations/{association_ids}".format(
            association_ids=",".join(
                quote(str(item), safe="") for item in association_ids
            ),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCustomAgentToolAssociationsResponse | EndpointError | None:
    if response.status_code == 200:
        response_200 = DeleteCustomAgentToolAssociationsResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = EndpointError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteCustomAgentToolAssociationsResponse | EndpointError]:
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


def _parse_success(
    response: httpx.Response,
) -> DeleteCustomAgentToolAssociationsResponse:
    if response.status_code == 200:
        response_200 = DeleteCustomAgentToolAssociationsResponse.from_dict(
            response.json()
        )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    association_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[DeleteCustomAgentToolAssociationsResponse | EndpointError]:
    """Deletes custom agent tool associations.

     Deletes custom agent tool associations given a list of association ids belonging to the user.

    Args:
        association_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCustomAgentToolAssociationsResponse | EndpointError]
    """

    kwargs = _get_kwargs(
        association_ids=association_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    association_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> DeleteCustomAgentToolAssociationsResponse | EndpointError | None:
    """Deletes custom agent tool associations.

     Deletes custom agent tool associations given a list of association ids belonging to the user.

    Args:
        association_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCustomAgentToolAssociationsResponse | EndpointError
    """

    return sync_detailed(
        association_ids=association_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    association_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[DeleteCustomAgentToolAssociationsResponse | EndpointError]:
    """Deletes custom agent tool associations.

     Deletes custom agent tool associations given a list of association ids belonging to the user.

    Args:
        association_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCustomAgentToolAssociationsResponse | EndpointError]
    """

    kwargs = _get_kwargs(
        association_ids=association_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    association_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> DeleteCustomAgentToolAssociationsResponse | EndpointError | None:
    """Deletes custom agent tool associations.

     Deletes custom agent tool associations given a list of association ids belonging to the user.

    Args:
        association_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCustomAgentToolAssociationsResponse | EndpointError
    """

    return (
        await asyncio_detailed(
            association_ids=association_ids,
            client=client,
        )
    ).parsed
