from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.test_runtime_model_body import TestRuntimeModelBody
from ...models.test_runtime_model_response_200 import TestRuntimeModelResponse200

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
)


def _get_kwargs(
    *,
    body: TestRuntimeModelBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/llm-registry/admin/runtime-models/test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | TestRuntimeModelResponse200 | None:
    if response.status_code == 200:
        response_200 = TestRuntimeModelResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | TestRuntimeModelResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.PARSE_ERRORS as error:
        raise client.unexpected_response(response, error) from error
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _parse_success(response: httpx.Response) -> TestRuntimeModelResponse200:
    if response.status_code == 200:
        response_200 = TestRuntimeModelResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TestRuntimeModelBody,
) -> Response[EndpointError | TestRuntimeModelResponse200]:
    """Tests a runtime LLM connection (admin).

     Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
    round-trip). No registry write occurs. Applies the same display_name rule as create, so a
    configuration the create path would refuse never reports a successful test. Admin only.

    Args:
        body (TestRuntimeModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | TestRuntimeModelResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TestRuntimeModelBody,
) -> EndpointError | TestRuntimeModelResponse200 | None:
    """Tests a runtime LLM connection (admin).

     Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
    round-trip). No registry write occurs. Applies the same display_name rule as create, so a
    configuration the create path would refuse never reports a successful test. Admin only.

    Args:
        body (TestRuntimeModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | TestRuntimeModelResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TestRuntimeModelBody,
) -> Response[EndpointError | TestRuntimeModelResponse200]:
    """Tests a runtime LLM connection (admin).

     Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
    round-trip). No registry write occurs. Applies the same display_name rule as create, so a
    configuration the create path would refuse never reports a successful test. Admin only.

    Args:
        body (TestRuntimeModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | TestRuntimeModelResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TestRuntimeModelBody,
) -> EndpointError | TestRuntimeModelResponse200 | None:
    """Tests a runtime LLM connection (admin).

     Validates a model configuration and asks core to probe it (a non-caching, non-persisting metadata
    round-trip). No registry write occurs. Applies the same display_name rule as create, so a
    configuration the create path would refuse never reports a successful test. Admin only.

    Args:
        body (TestRuntimeModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | TestRuntimeModelResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
