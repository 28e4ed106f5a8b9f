from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.prompt_template import PromptTemplate
from ...models.prompt_template_create_request import PromptTemplateCreateRequest

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
    body: PromptTemplateCreateRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/prompt_templates",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> PromptTemplate:
    if response.status_code == 201:
        response_201 = PromptTemplate.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: PromptTemplateCreateRequest | Mapping[str, Any] | Unset,
    *,
    name: Any = UNSET,
    description: Any = UNSET,
    lang: Any = UNSET,
    system_prompt: Any = UNSET,
    pre_prompt_query: Any = UNSET,
    prompt_query: Any = UNSET,
    hyde_no_rag_llm_prompt_extension: Any = UNSET,
    pre_prompt_summary: Any = UNSET,
    prompt_summary: Any = UNSET,
    system_prompt_reflection: Any = UNSET,
    prompt_reflection: Any = UNSET,
    auto_gen_description_prompt: Any = UNSET,
    auto_gen_document_summary_pre_prompt_summary: Any = UNSET,
    auto_gen_document_summary_prompt_summary: Any = UNSET,
    auto_gen_document_sample_questions_prompt: Any = UNSET,
    default_sample_questions: Any = UNSET,
    image_batch_image_prompt: Any = UNSET,
    image_batch_final_prompt: Any = UNSET,
) -> PromptTemplateCreateRequest:
    return make_body(
        PromptTemplateCreateRequest,
        body,
        {
            "name": name,
            "description": description,
            "lang": lang,
            "system_prompt": system_prompt,
            "pre_prompt_query": pre_prompt_query,
            "prompt_query": prompt_query,
            "hyde_no_rag_llm_prompt_extension": hyde_no_rag_llm_prompt_extension,
            "pre_prompt_summary": pre_prompt_summary,
            "prompt_summary": prompt_summary,
            "system_prompt_reflection": system_prompt_reflection,
            "prompt_reflection": prompt_reflection,
            "auto_gen_description_prompt": auto_gen_description_prompt,
            "auto_gen_document_summary_pre_prompt_summary": auto_gen_document_summary_pre_prompt_summary,
            "auto_gen_document_summary_prompt_summary": auto_gen_document_summary_prompt_summary,
            "auto_gen_document_sample_questions_prompt": auto_gen_document_sample_questions_prompt,
            "default_sample_questions": default_sample_questions,
            "image_batch_image_prompt": image_batch_image_prompt,
            "image_batch_final_prompt": image_batch_final_prompt,
        },
        "create_prompt_template",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PromptTemplateCreateRequest,
) -> Response[PromptTemplate | None]:
    """Creates a new prompt template.

     Creates a new prompt template that can be subsequently associated with a collection.

    Args:
        body (PromptTemplateCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PromptTemplate | None]
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
    body: PromptTemplateCreateRequest,
) -> PromptTemplate | None:
    """Creates a new prompt template.

     Creates a new prompt template that can be subsequently associated with a collection.

    Args:
        body (PromptTemplateCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PromptTemplate
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PromptTemplateCreateRequest,
) -> Response[PromptTemplate | None]:
    """Creates a new prompt template.

     Creates a new prompt template that can be subsequently associated with a collection.

    Args:
        body (PromptTemplateCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PromptTemplate | None]
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
    body: PromptTemplateCreateRequest,
) -> PromptTemplate | None:
    """Creates a new prompt template.

     Creates a new prompt template that can be subsequently associated with a collection.

    Args:
        body (PromptTemplateCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PromptTemplate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
