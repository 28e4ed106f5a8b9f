from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.test_runtime_model_body import TestRuntimeModelBody
from ...models.test_runtime_model_response_200 import TestRuntimeModelResponse200

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response


def build_request(
    *,
    body: TestRuntimeModelBody,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/llm-registry/admin/runtime-models/test",
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> TestRuntimeModelResponse200:
    if response.status_code == 200:
        response_200 = TestRuntimeModelResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TestRuntimeModelBody,
) -> Response[TestRuntimeModelResponse200 | None]:
    """Tests a runtime LLM connection (admin).

     Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
    round-trip). No registry write occurs. Applies the same display_name rule as create, so a
    configuration the create path would refuse never reports a successful test. Admin only.

    Args:
        body (TestRuntimeModelBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestRuntimeModelResponse200 | None]
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
    body: TestRuntimeModelBody,
) -> TestRuntimeModelResponse200 | None:
    """Tests a runtime LLM connection (admin).

     Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
    round-trip). No registry write occurs. Applies the same display_name rule as create, so a
    configuration the create path would refuse never reports a successful test. Admin only.

    Args:
        body (TestRuntimeModelBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestRuntimeModelResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TestRuntimeModelBody,
) -> Response[TestRuntimeModelResponse200 | None]:
    """Tests a runtime LLM connection (admin).

     Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
    round-trip). No registry write occurs. Applies the same display_name rule as create, so a
    configuration the create path would refuse never reports a successful test. Admin only.

    Args:
        body (TestRuntimeModelBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestRuntimeModelResponse200 | None]
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
    body: TestRuntimeModelBody,
) -> TestRuntimeModelResponse200 | None:
    """Tests a runtime LLM connection (admin).

     Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
    round-trip). No registry write occurs. Applies the same display_name rule as create, so a
    configuration the create path would refuse never reports a successful test. Admin only.

    Args:
        body (TestRuntimeModelBody):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestRuntimeModelResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
