from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.extractor import Extractor
from ...models.extractor_update_request import ExtractorUpdateRequest

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
    extractor_id: str,
    *,
    body: ExtractorUpdateRequest,
) -> dict[str, Any]:
    require_path_value("extractor_id", extractor_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/extractors/{extractor_id}".format(
            extractor_id=quote(str(extractor_id), safe=""),
        ),
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
    body: ExtractorUpdateRequest | Mapping[str, Any] | Unset,
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
) -> ExtractorUpdateRequest:
    return make_body(
        ExtractorUpdateRequest,
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
        "update_extractor",
        as_json=True,
    )


def sync_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ExtractorUpdateRequest,
) -> Response[Extractor | None]:
    """Updates attributes of a given extractor.

     Updates an existing extractor. Only the fields present in the request body are changed; any field
    left out keeps its current value.

    Args:
        extractor_id (str):
        body (ExtractorUpdateRequest): Attributes of an extractor to change. Every field is
            optional.  A field left out of the request body keeps its current value, and so does a
            field sent explicitly as null -- null means "leave this alone", not "clear it".  An empty
            string is a value, not an absence: it writes an empty string to the column, which for
            schema and prompt is the meaningful "use the default" setting. An empty llm or vision_llm
            is rejected with 400, since a model cannot be cleared.  guardrails_settings replaces the
            whole object rather than merging into it, so a request carrying one key drops every other
            guardrail setting the extractor had. Send the complete settings object to change one of
            its fields. The column cannot be reset to null; an empty object is the closest equivalent.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Extractor | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            extractor_id=extractor_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ExtractorUpdateRequest,
) -> Extractor | None:
    """Updates attributes of a given extractor.

     Updates an existing extractor. Only the fields present in the request body are changed; any field
    left out keeps its current value.

    Args:
        extractor_id (str):
        body (ExtractorUpdateRequest): Attributes of an extractor to change. Every field is
            optional.  A field left out of the request body keeps its current value, and so does a
            field sent explicitly as null -- null means "leave this alone", not "clear it".  An empty
            string is a value, not an absence: it writes an empty string to the column, which for
            schema and prompt is the meaningful "use the default" setting. An empty llm or vision_llm
            is rejected with 400, since a model cannot be cleared.  guardrails_settings replaces the
            whole object rather than merging into it, so a request carrying one key drops every other
            guardrail setting the extractor had. Send the complete settings object to change one of
            its fields. The column cannot be reset to null; an empty object is the closest equivalent.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Extractor
    """

    return sync_detailed(
        extractor_id=extractor_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ExtractorUpdateRequest,
) -> Response[Extractor | None]:
    """Updates attributes of a given extractor.

     Updates an existing extractor. Only the fields present in the request body are changed; any field
    left out keeps its current value.

    Args:
        extractor_id (str):
        body (ExtractorUpdateRequest): Attributes of an extractor to change. Every field is
            optional.  A field left out of the request body keeps its current value, and so does a
            field sent explicitly as null -- null means "leave this alone", not "clear it".  An empty
            string is a value, not an absence: it writes an empty string to the column, which for
            schema and prompt is the meaningful "use the default" setting. An empty llm or vision_llm
            is rejected with 400, since a model cannot be cleared.  guardrails_settings replaces the
            whole object rather than merging into it, so a request carrying one key drops every other
            guardrail setting the extractor had. Send the complete settings object to change one of
            its fields. The column cannot be reset to null; an empty object is the closest equivalent.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Extractor | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            extractor_id=extractor_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ExtractorUpdateRequest,
) -> Extractor | None:
    """Updates attributes of a given extractor.

     Updates an existing extractor. Only the fields present in the request body are changed; any field
    left out keeps its current value.

    Args:
        extractor_id (str):
        body (ExtractorUpdateRequest): Attributes of an extractor to change. Every field is
            optional.  A field left out of the request body keeps its current value, and so does a
            field sent explicitly as null -- null means "leave this alone", not "clear it".  An empty
            string is a value, not an absence: it writes an empty string to the column, which for
            schema and prompt is the meaningful "use the default" setting. An empty llm or vision_llm
            is rejected with 400, since a model cannot be cleared.  guardrails_settings replaces the
            whole object rather than merging into it, so a request carrying one key drops every other
            guardrail setting the extractor had. Send the complete settings object to change one of
            its fields. The column cannot be reset to null; an empty object is the closest equivalent.

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Extractor
    """

    return (
        await asyncio_detailed(
            extractor_id=extractor_id,
            client=client,
            body=body,
        )
    ).parsed
