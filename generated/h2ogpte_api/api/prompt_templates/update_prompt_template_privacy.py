from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_prompt_template_privacy_request import (
    UpdatePromptTemplatePrivacyRequest,
)

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
    body: UpdatePromptTemplatePrivacyRequest,
) -> dict[str, Any]:
    require_path_value("prompt_template_id", prompt_template_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/prompt_templates/{prompt_template_id}/is_public".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: UpdatePromptTemplatePrivacyRequest | Mapping[str, Any] | Unset,
    *,
    is_public: Any = UNSET,
) -> UpdatePromptTemplatePrivacyRequest:
    return make_body(
        UpdatePromptTemplatePrivacyRequest,
        body,
        {
            "is_public": is_public,
        },
        "update_prompt_template_privacy",
        as_json=True,
    )


def sync_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdatePromptTemplatePrivacyRequest,
) -> Response[None]:
    """Updates a flag specifying whether a prompt template is private or public.

     Updates a flag specifying whether a prompt template is private or public.

    Args:
        prompt_template_id (str):
        body (UpdatePromptTemplatePrivacyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
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
    body: UpdatePromptTemplatePrivacyRequest,
) -> None:
    """Updates a flag specifying whether a prompt template is private or public.

     Updates a flag specifying whether a prompt template is private or public.

    Args:
        prompt_template_id (str):
        body (UpdatePromptTemplatePrivacyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
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
    body: UpdatePromptTemplatePrivacyRequest,
) -> Response[None]:
    """Updates a flag specifying whether a prompt template is private or public.

     Updates a flag specifying whether a prompt template is private or public.

    Args:
        prompt_template_id (str):
        body (UpdatePromptTemplatePrivacyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
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
    body: UpdatePromptTemplatePrivacyRequest,
) -> None:
    """Updates a flag specifying whether a prompt template is private or public.

     Updates a flag specifying whether a prompt template is private or public.

    Args:
        prompt_template_id (str):
        body (UpdatePromptTemplatePrivacyRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            prompt_template_id=prompt_template_id,
            client=client,
            body=body,
        )
    ).parsed
