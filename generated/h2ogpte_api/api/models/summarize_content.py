from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.model_answer import ModelAnswer
from ...models.summarize_request import SummarizeRequest

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
    model_name: str,
    *,
    body: SummarizeRequest,
) -> dict[str, Any]:
    require_path_value("model_name", model_name)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/models/{model_name}/summarize_content".format(
            model_name=quote(str(model_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> ModelAnswer:
    if response.status_code == 200:
        response_200 = ModelAnswer.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: SummarizeRequest | Mapping[str, Any] | Unset,
    *,
    text_context_list: Any = UNSET,
    system_prompt: Any = UNSET,
    llm_args: Any = UNSET,
    guardrails_settings: Any = UNSET,
    timeout: Any = UNSET,
    pre_prompt_summary: Any = UNSET,
    prompt_summary: Any = UNSET,
) -> SummarizeRequest:
    return make_body(
        SummarizeRequest,
        body,
        {
            "text_context_list": text_context_list,
            "system_prompt": system_prompt,
            "llm_args": llm_args,
            "guardrails_settings": guardrails_settings,
            "timeout": timeout,
            "pre_prompt_summary": pre_prompt_summary,
            "prompt_summary": prompt_summary,
        },
        "summarize_content",
        as_json=True,
    )


def sync_detailed(
    model_name: str,
    *,
    client: AuthenticatedClient,
    body: SummarizeRequest,
) -> Response[ModelAnswer | None]:
    """Summarize one or more contexts using an LLM.

     Summarize one or more contexts using an LLM.

    Args:
        model_name (str):
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelAnswer | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            model_name=model_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    model_name: str,
    *,
    client: AuthenticatedClient,
    body: SummarizeRequest,
) -> ModelAnswer | None:
    """Summarize one or more contexts using an LLM.

     Summarize one or more contexts using an LLM.

    Args:
        model_name (str):
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelAnswer
    """

    return sync_detailed(
        model_name=model_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    *,
    client: AuthenticatedClient,
    body: SummarizeRequest,
) -> Response[ModelAnswer | None]:
    """Summarize one or more contexts using an LLM.

     Summarize one or more contexts using an LLM.

    Args:
        model_name (str):
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelAnswer | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            model_name=model_name,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    model_name: str,
    *,
    client: AuthenticatedClient,
    body: SummarizeRequest,
) -> ModelAnswer | None:
    """Summarize one or more contexts using an LLM.

     Summarize one or more contexts using an LLM.

    Args:
        model_name (str):
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelAnswer
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            client=client,
            body=body,
        )
    ).parsed
