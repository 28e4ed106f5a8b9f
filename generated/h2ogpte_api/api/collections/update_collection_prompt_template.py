from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.collection import Collection
from ...models.prompt_template_change_request import PromptTemplateChangeRequest

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
    collection_id: str,
    *,
    body: PromptTemplateChangeRequest,
) -> dict[str, Any]:
    require_path_value("collection_id", collection_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/collections/{collection_id}/prompt_template".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> Collection:
    if response.status_code == 200:
        response_200 = Collection.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: PromptTemplateChangeRequest | Mapping[str, Any] | Unset,
    *,
    prompt_template_id: Any = UNSET,
) -> PromptTemplateChangeRequest:
    return make_body(
        PromptTemplateChangeRequest,
        body,
        {
            "prompt_template_id": prompt_template_id,
        },
        "update_collection_prompt_template",
        as_json=True,
    )


def sync_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: PromptTemplateChangeRequest,
) -> Response[Collection | None]:
    """Updates a prompt template reference of a collection.

     Updates a prompt template reference of a collection.

    Args:
        collection_id (str):
        body (PromptTemplateChangeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Collection | None]
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
    body: PromptTemplateChangeRequest,
) -> Collection | None:
    """Updates a prompt template reference of a collection.

     Updates a prompt template reference of a collection.

    Args:
        collection_id (str):
        body (PromptTemplateChangeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Collection
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
    body: PromptTemplateChangeRequest,
) -> Response[Collection | None]:
    """Updates a prompt template reference of a collection.

     Updates a prompt template reference of a collection.

    Args:
        collection_id (str):
        body (PromptTemplateChangeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Collection | None]
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
    body: PromptTemplateChangeRequest,
) -> Collection | None:
    """Updates a prompt template reference of a collection.

     Updates a prompt template reference of a collection.

    Args:
        collection_id (str):
        body (PromptTemplateChangeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Collection
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
