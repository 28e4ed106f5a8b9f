from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.prompt_template import PromptTemplate

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    prompt_template_id: str,
) -> dict[str, Any]:
    require_path_value("prompt_template_id", prompt_template_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prompt_templates/{prompt_template_id}".format(
            prompt_template_id=quote(str(prompt_template_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> PromptTemplate:
    if response.status_code == 200:
        response_200 = PromptTemplate.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[PromptTemplate | None]:
    """Finds a prompt template by id.

     Returns a single prompt template by its unique identifier.

    Args:
        prompt_template_id (str):

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
        )
    )
    return build_response(client, response, parse)


def sync(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
) -> PromptTemplate | None:
    """Finds a prompt template by id.

     Returns a single prompt template by its unique identifier.

    Args:
        prompt_template_id (str):

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
    ).parsed


async def asyncio_detailed(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[PromptTemplate | None]:
    """Finds a prompt template by id.

     Returns a single prompt template by its unique identifier.

    Args:
        prompt_template_id (str):

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
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    prompt_template_id: str,
    *,
    client: AuthenticatedClient,
) -> PromptTemplate | None:
    """Finds a prompt template by id.

     Returns a single prompt template by its unique identifier.

    Args:
        prompt_template_id (str):

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
        )
    ).parsed
