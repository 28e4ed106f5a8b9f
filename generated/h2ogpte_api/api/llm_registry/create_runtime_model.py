from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_runtime_model_body import CreateRuntimeModelBody
from ...models.create_runtime_model_response_201 import CreateRuntimeModelResponse201
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
)


def _get_kwargs(
    *,
    body: CreateRuntimeModelBody,
    skip_test: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["skip_test"] = skip_test

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/llm-registry/admin/runtime-models",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateRuntimeModelResponse201 | EndpointError | None:
    if response.status_code == 201:
        response_201 = CreateRuntimeModelResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = EndpointError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = EndpointError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateRuntimeModelResponse201 | EndpointError]:
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


def _parse_success(response: httpx.Response) -> CreateRuntimeModelResponse201:
    if response.status_code == 201:
        response_201 = CreateRuntimeModelResponse201.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRuntimeModelBody,
    skip_test: bool | Unset = UNSET,
) -> Response[CreateRuntimeModelResponse201 | EndpointError]:
    """Creates a runtime LLM (admin).

     Creates a UI/API runtime LLM. The request body is the model configuration (display_name, base_model,
    inference_server, and any LiteLLM/provider fields) and is stored verbatim. The connection is probed
    before the model is saved; a failed probe rejects the create. With skip_test=true, the configuration
    is saved as not_probed and is unavailable for inference until a test of the saved model succeeds.
    Skipping does not bypass structural validation. A skipped configuration waits for a manual test
    while it is still not_probed, including after a restart. A FAILED manual test records probe_failed,
    which does put the configuration back into the startup re-probe population: once its endpoint
    recovers, a restart promotes it to ok and grants it by the default rules with no further admin
    action. display_name must be the name the model is served under whenever that name is a LiteLLM
    proxy routing key: the lite_llm_yaml block's top-level model_name when the config has a block, else
    base_model when inference_server is "litellm". A different display_name is rejected (400), because
    the model is registered with the proxy under that name. A model reached directly at its provider
    (inference_server anthropic, google, a vLLM endpoint, ...) with no block is registered under
    display_name itself, so its display_name is free. A block mux cannot read (hand-written YAML, or
    JSON declaring no top-level model_name, including model_list) is rejected. Admin only.

    Args:
        skip_test (bool | Unset):
        body (CreateRuntimeModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRuntimeModelResponse201 | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
        skip_test=skip_test,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateRuntimeModelBody,
    skip_test: bool | Unset = UNSET,
) -> CreateRuntimeModelResponse201 | EndpointError | None:
    """Creates a runtime LLM (admin).

     Creates a UI/API runtime LLM. The request body is the model configuration (display_name, base_model,
    inference_server, and any LiteLLM/provider fields) and is stored verbatim. The connection is probed
    before the model is saved; a failed probe rejects the create. With skip_test=true, the configuration
    is saved as not_probed and is unavailable for inference until a test of the saved model succeeds.
    Skipping does not bypass structural validation. A skipped configuration waits for a manual test
    while it is still not_probed, including after a restart. A FAILED manual test records probe_failed,
    which does put the configuration back into the startup re-probe population: once its endpoint
    recovers, a restart promotes it to ok and grants it by the default rules with no further admin
    action. display_name must be the name the model is served under whenever that name is a LiteLLM
    proxy routing key: the lite_llm_yaml block's top-level model_name when the config has a block, else
    base_model when inference_server is "litellm". A different display_name is rejected (400), because
    the model is registered with the proxy under that name. A model reached directly at its provider
    (inference_server anthropic, google, a vLLM endpoint, ...) with no block is registered under
    display_name itself, so its display_name is free. A block mux cannot read (hand-written YAML, or
    JSON declaring no top-level model_name, including model_list) is rejected. Admin only.

    Args:
        skip_test (bool | Unset):
        body (CreateRuntimeModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRuntimeModelResponse201 | EndpointError
    """

    return sync_detailed(
        client=client,
        body=body,
        skip_test=skip_test,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRuntimeModelBody,
    skip_test: bool | Unset = UNSET,
) -> Response[CreateRuntimeModelResponse201 | EndpointError]:
    """Creates a runtime LLM (admin).

     Creates a UI/API runtime LLM. The request body is the model configuration (display_name, base_model,
    inference_server, and any LiteLLM/provider fields) and is stored verbatim. The connection is probed
    before the model is saved; a failed probe rejects the create. With skip_test=true, the configuration
    is saved as not_probed and is unavailable for inference until a test of the saved model succeeds.
    Skipping does not bypass structural validation. A skipped configuration waits for a manual test
    while it is still not_probed, including after a restart. A FAILED manual test records probe_failed,
    which does put the configuration back into the startup re-probe population: once its endpoint
    recovers, a restart promotes it to ok and grants it by the default rules with no further admin
    action. display_name must be the name the model is served under whenever that name is a LiteLLM
    proxy routing key: the lite_llm_yaml block's top-level model_name when the config has a block, else
    base_model when inference_server is "litellm". A different display_name is rejected (400), because
    the model is registered with the proxy under that name. A model reached directly at its provider
    (inference_server anthropic, google, a vLLM endpoint, ...) with no block is registered under
    display_name itself, so its display_name is free. A block mux cannot read (hand-written YAML, or
    JSON declaring no top-level model_name, including model_list) is rejected. Admin only.

    Args:
        skip_test (bool | Unset):
        body (CreateRuntimeModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRuntimeModelResponse201 | EndpointError]
    """

    kwargs = _get_kwargs(
        body=body,
        skip_test=skip_test,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateRuntimeModelBody,
    skip_test: bool | Unset = UNSET,
) -> CreateRuntimeModelResponse201 | EndpointError | None:
    """Creates a runtime LLM (admin).

     Creates a UI/API runtime LLM. The request body is the model configuration (display_name, base_model,
    inference_server, and any LiteLLM/provider fields) and is stored verbatim. The connection is probed
    before the model is saved; a failed probe rejects the create. With skip_test=true, the configuration
    is saved as not_probed and is unavailable for inference until a test of the saved model succeeds.
    Skipping does not bypass structural validation. A skipped configuration waits for a manual test
    while it is still not_probed, including after a restart. A FAILED manual test records probe_failed,
    which does put the configuration back into the startup re-probe population: once its endpoint
    recovers, a restart promotes it to ok and grants it by the default rules with no further admin
    action. display_name must be the name the model is served under whenever that name is a LiteLLM
    proxy routing key: the lite_llm_yaml block's top-level model_name when the config has a block, else
    base_model when inference_server is "litellm". A different display_name is rejected (400), because
    the model is registered with the proxy under that name. A model reached directly at its provider
    (inference_server anthropic, google, a vLLM endpoint, ...) with no block is registered under
    display_name itself, so its display_name is free. A block mux cannot read (hand-written YAML, or
    JSON declaring no top-level model_name, including model_list) is rejected. Admin only.

    Args:
        skip_test (bool | Unset):
        body (CreateRuntimeModelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRuntimeModelResponse201 | EndpointError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            skip_test=skip_test,
        )
    ).parsed
