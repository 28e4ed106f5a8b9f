from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.create_runtime_model_body import CreateRuntimeModelBody
from ...models.create_runtime_model_response_201 import CreateRuntimeModelResponse201

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: CreateRuntimeModelBody,
    skip_test: bool | Unset = UNSET,
) -> dict[str, Any]:
    _headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    _params["skip_test"] = skip_test

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/llm-registry/admin/runtime-models",
        "params": _params,
    }

    _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> CreateRuntimeModelResponse201:
    if response.status_code == 201:
        response_201 = CreateRuntimeModelResponse201.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRuntimeModelBody,
    skip_test: bool | Unset = UNSET,
) -> Response[CreateRuntimeModelResponse201 | None]:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRuntimeModelResponse201 | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            body=body,
            skip_test=skip_test,
        )
    )
    return build_response(client, response, parse)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateRuntimeModelBody,
    skip_test: bool | Unset = UNSET,
) -> CreateRuntimeModelResponse201 | None:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRuntimeModelResponse201
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
) -> Response[CreateRuntimeModelResponse201 | None]:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateRuntimeModelResponse201 | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            body=body,
            skip_test=skip_test,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateRuntimeModelBody,
    skip_test: bool | Unset = UNSET,
) -> CreateRuntimeModelResponse201 | None:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateRuntimeModelResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            skip_test=skip_test,
        )
    ).parsed
