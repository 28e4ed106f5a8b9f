from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.delete_custom_agent_key_associations_response import (
    DeleteCustomAgentKeyAssociationsResponse,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    association_ids: list[str],
) -> dict[str, Any]:
    require_path_value("association_ids", association_ids)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/agents/custom_agent_key_associations/{association_ids}".format(
            association_ids=",".join(
                quote(str(item), safe="") for item in association_ids
            ),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> DeleteCustomAgentKeyAssociationsResponse:
    if response.status_code == 200:
        response_200 = DeleteCustomAgentKeyAssociationsResponse.from_dict(
            response.json()
        )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    association_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[DeleteCustomAgentKeyAssociationsResponse | None]:
    """Deletes custom agent key associations.

     Deletes custom agent key associations given a list of association ids belonging to the user.

    Args:
        association_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCustomAgentKeyAssociationsResponse | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            association_ids=association_ids,
        )
    )
    return build_response(client, response, parse)


def sync(
    association_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> DeleteCustomAgentKeyAssociationsResponse | None:
    """Deletes custom agent key associations.

     Deletes custom agent key associations given a list of association ids belonging to the user.

    Args:
        association_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCustomAgentKeyAssociationsResponse
    """

    return sync_detailed(
        association_ids=association_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    association_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> Response[DeleteCustomAgentKeyAssociationsResponse | None]:
    """Deletes custom agent key associations.

     Deletes custom agent key associations given a list of association ids belonging to the user.

    Args:
        association_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCustomAgentKeyAssociationsResponse | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            association_ids=association_ids,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    association_ids: list[str],
    *,
    client: AuthenticatedClient,
) -> DeleteCustomAgentKeyAssociationsResponse | None:
    """Deletes custom agent key associations.

     Deletes custom agent key associations given a list of association ids belonging to the user.

    Args:
        association_ids (list[str]):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCustomAgentKeyAssociationsResponse
    """

    return (
        await asyncio_detailed(
            association_ids=association_ids,
            client=client,
        )
    ).parsed
