from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.extractor import Extractor
from ...models.extractor_create_request import ExtractorCreateRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
)
from .. import make_body


def build_request(
    *,
    body: ExtractorCreateRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/extractors",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> Extractor:
    if response.status_code == 200:
        response_200 = Extractor.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: ExtractorCreateRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    description: Any = UNSET,
    llm: Any = UNSET,
    schema: Any = UNSET,
    prompt: Any = UNSET,
    pre_prompt_summary: Any = UNSET,
    keep_intermediate_results: Any = UNSET,
    system_prompt: Any = UNSET,
    max_num_chunks: Any = UNSET,
    vision: Any = UNSET,
    vision_llm: Any = UNSET,
    image_batch_image_prompt: Any = UNSET,
    image_batch_final_prompt: Any = UNSET,
    guardrails_settings: Any = UNSET,
) -> ExtractorCreateRequest:
    return make_body(
        ExtractorCreateRequest,
        body,
        {
            "name": name,
            "description": description,
            "llm": llm,
            "schema": schema,
            "prompt": prompt,
            "pre_prompt_summary": pre_prompt_summary,
            "keep_intermediate_results": keep_intermediate_results,
            "system_prompt": system_prompt,
            "max_num_chunks": max_num_chunks,
            "vision": vision,
            "vision_llm": vision_llm,
            "image_batch_image_prompt": image_batch_image_prompt,
            "image_batch_final_prompt": image_batch_final_prompt,
            "guardrails_settings": guardrails_settings,
        },
        "create_extractor",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExtractorCreateRequest,
) -> Response[Extractor | None]:
    """Creates extractor.

    Args:
        body (ExtractorCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Extractor | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: ExtractorCreateRequest,
) -> Extractor | None:
    """Creates extractor.

    Args:
        body (ExtractorCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Extractor
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExtractorCreateRequest,
) -> Response[Extractor | None]:
    """Creates extractor.

    Args:
        body (ExtractorCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Extractor | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExtractorCreateRequest,
) -> Extractor | None:
    """Creates extractor.

    Args:
        body (ExtractorCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Extractor
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
