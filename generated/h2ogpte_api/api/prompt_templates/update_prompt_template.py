from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.prompt_template import PromptTemplate
from ...models.prompt_template_base import PromptTemplateBase

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
    prompt_template_id: str,
    *,
    body: PromptTemplateBase,
) -> dict[str, Any]:
    require_path_value("prompt_template_id", prompt_template_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/prompt_templates/{prompt_template_id}".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> PromptTemplate:
    if response.status_code == 200:
        response_200 = PromptTemplate.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: PromptTemplateBase | Mapping[str, Any] | Unset,
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
) -> PromptTemplateBase:
    return make_body(
        PromptTemplateBase,
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
        "update_prompt_template",
        as_json=True,
    )


def sync_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
    body: PromptTemplateBase,
) -> Response[PromptTemplate | None]:
    """Updates attributes of a given prompt template.

     Updates attributes of a given prompt template.

    Args:
        prompt_template_id (str):
        body (PromptTemplateBase):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PromptTemplate | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            prompt_template_id=prompt_template_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
    body: PromptTemplateBase,
) -> PromptTemplate | None:
    """Updates attributes of a given prompt template.

     Updates attributes of a given prompt template.

    Args:
        prompt_template_id (str):
        body (PromptTemplateBase):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PromptTemplate
    """

    return sync_detailed(
        prompt_template_id=prompt_template_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
    body: PromptTemplateBase,
) -> Response[PromptTemplate | None]:
    """Updates attributes of a given prompt template.

     Updates attributes of a given prompt template.

    Args:
        prompt_template_id (str):
        body (PromptTemplateBase):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PromptTemplate | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            prompt_template_id=prompt_template_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
    body: PromptTemplateBase,
) -> PromptTemplate | None:
    """Updates attributes of a given prompt template.

     Updates attributes of a given prompt template.

    Args:
        prompt_template_id (str):
        body (PromptTemplateBase):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PromptTemplate
    """

    return (
        await asyncio_detailed(
            prompt_template_id=prompt_template_id,
            client=client,
            body=body,
        )
    ).parsed
