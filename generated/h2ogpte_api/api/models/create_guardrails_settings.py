from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.guardrails_settings import GuardrailsSettings
from ...models.guardrails_settings_create_request import GuardrailsSettingsCreateRequest

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
    body: GuardrailsSettingsCreateRequest,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/guardrails_settings",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> GuardrailsSettings:
    if response.status_code == 200:
        response_200 = GuardrailsSettings.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: GuardrailsSettingsCreateRequest | Mapping[str, Any] | Unset,
    *,
    action: Any = UNSET,
    sensitive: Any = UNSET,
    non_sensitive: Any = UNSET,
    all_guardrails: Any = UNSET,
    guardrails_settings: Any = UNSET,
) -> GuardrailsSettingsCreateRequest:
    return make_body(
        GuardrailsSettingsCreateRequest,
        body,
        {
            "action": action,
            "sensitive": sensitive,
            "non_sensitive": non_sensitive,
            "all_guardrails": all_guardrails,
            "guardrails_settings": guardrails_settings,
        },
        "create_guardrails_settings",
        as_json=True,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GuardrailsSettingsCreateRequest,
) -> Response[GuardrailsSettings | None]:
    """Helper to get reasonable (easy to use) defaults for Guardrails/PII settings.

     Helper to get reasonable (easy to use) defaults for Guardrails/PII settings. To be further
    customized.

    Args:
        body (GuardrailsSettingsCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailsSettings | None]
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
    body: GuardrailsSettingsCreateRequest,
) -> GuardrailsSettings | None:
    """Helper to get reasonable (easy to use) defaults for Guardrails/PII settings.

     Helper to get reasonable (easy to use) defaults for Guardrails/PII settings. To be further
    customized.

    Args:
        body (GuardrailsSettingsCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailsSettings
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GuardrailsSettingsCreateRequest,
) -> Response[GuardrailsSettings | None]:
    """Helper to get reasonable (easy to use) defaults for Guardrails/PII settings.

     Helper to get reasonable (easy to use) defaults for Guardrails/PII settings. To be further
    customized.

    Args:
        body (GuardrailsSettingsCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuardrailsSettings | None]
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
    body: GuardrailsSettingsCreateRequest,
) -> GuardrailsSettings | None:
    """Helper to get reasonable (easy to use) defaults for Guardrails/PII settings.

     Helper to get reasonable (easy to use) defaults for Guardrails/PII settings. To be further
    customized.

    Args:
        body (GuardrailsSettingsCreateRequest):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuardrailsSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
