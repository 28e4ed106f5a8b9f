from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.job_details import JobDetails
from ...models.process_document_job_request import ProcessDocumentJobRequest

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
    body: ProcessDocumentJobRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/documents/process_job",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> JobDetails:
    if response.status_code == 201:
        response_201 = JobDetails.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: ProcessDocumentJobRequest | Mapping[str, Any] | Unset,
    *,
    document_id: Any = UNSET,
    summary_id: Any = UNSET,
    system_prompt: Any = UNSET,
    pre_prompt_summary: Any = UNSET,
    prompt_summary: Any = UNSET,
    image_batch_image_prompt: Any = UNSET,
    image_batch_final_prompt: Any = UNSET,
    llm: Any = UNSET,
    llm_args: Any = UNSET,
    max_num_chunks: Any = UNSET,
    sampling_strategy: Any = UNSET,
    pages: Any = UNSET,
    schema: Any = UNSET,
    keep_intermediate_results: Any = UNSET,
    guardrails_settings: Any = UNSET,
    timeout: Any = UNSET,
    meta_data_to_include: Any = UNSET,
) -> ProcessDocumentJobRequest:
    return make_body(
        ProcessDocumentJobRequest,
        body,
        {
            "document_id": document_id,
            "summary_id": summary_id,
            "system_prompt": system_prompt,
            "pre_prompt_summary": pre_prompt_summary,
            "prompt_summary": prompt_summary,
            "image_batch_image_prompt": image_batch_image_prompt,
            "image_batch_final_prompt": image_batch_final_prompt,
            "llm": llm,
            "llm_args": llm_args,
            "max_num_chunks": max_num_chunks,
            "sampling_strategy": sampling_strategy,
            "pages": pages,
            "schema": schema,
            "keep_intermediate_results": keep_intermediate_results,
            "guardrails_settings": guardrails_settings,
            "timeout": timeout,
            "meta_data_to_include": meta_data_to_include,
        },
        "create_process_document_job",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProcessDocumentJobRequest,
) -> Response[JobDetails | None]:
    """Creates job to process document.

     Processes a document to either create a global or piecewise summary/extraction/transformation of a
    document.

    Args:
        body (ProcessDocumentJobRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
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
    body: ProcessDocumentJobRequest,
) -> JobDetails | None:
    """Creates job to process document.

     Processes a document to either create a global or piecewise summary/extraction/transformation of a
    document.

    Args:
        body (ProcessDocumentJobRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProcessDocumentJobRequest,
) -> Response[JobDetails | None]:
    """Creates job to process document.

     Processes a document to either create a global or piecewise summary/extraction/transformation of a
    document.

    Args:
        body (ProcessDocumentJobRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobDetails | None]
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
    body: ProcessDocumentJobRequest,
) -> JobDetails | None:
    """Creates job to process document.

     Processes a document to either create a global or piecewise summary/extraction/transformation of a
    document.

    Args:
        body (ProcessDocumentJobRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
