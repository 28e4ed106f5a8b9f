from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.get_model_to_reasoning_model_mapping_response_200 import (
    GetModelToReasoningModelMappingResponse200,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/model_to_reasoning_model_mapping",
    }

    return _kwargs


def parse(response: httpx.Response) -> GetModelToReasoningModelMappingResponse200:
    if response.status_code == 200:
        response_200 = GetModelToReasoningModelMappingResponse200.from_dict(
            response.json()
        )

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetModelToReasoningModelMappingResponse200 | None]:
    """Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models.

     Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelToReasoningModelMappingResponse200 | None]
    """

    response = client.get_httpx_client().request(**build_request())
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetModelToReasoningModelMappingResponse200 | None:
    """Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models.

     Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelToReasoningModelMappingResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetModelToReasoningModelMappingResponse200 | None]:
    """Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models.

     Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelToReasoningModelMappingResponse200 | None]
    """

    response = await client.get_async_httpx_client().request(**build_request())
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetModelToReasoningModelMappingResponse200 | None:
    """Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models.

     Get mapping of llm to its reasoning_model when ["auto"] is passed as visible_reasoning_models.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelToReasoningModelMappingResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
