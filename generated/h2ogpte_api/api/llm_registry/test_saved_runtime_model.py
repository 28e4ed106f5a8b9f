from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.test_saved_runtime_model_response_200 import (
    TestSavedRuntimeModelResponse200,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    require_path_value("id", id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/llm-registry/admin/runtime-models/{id}/test".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | TestSavedRuntimeModelResponse200 | None:
    if response.status_code == 200:
        response_200 = TestSavedRuntimeModelResponse200.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = EndpointError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | TestSavedRuntimeModelResponse200]:
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


def _parse_success(response: httpx.Response) -> TestSavedRuntimeModelResponse200:
    if response.status_code == 200:
        response_200 = TestSavedRuntimeModelResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | TestSavedRuntimeModelResponse200]:
    """Tests and updates the readiness of a saved runtime LLM (admin).

     Tests the stored UI/API runtime configuration identified by registry ID. A successful test makes the
    model serving-eligible. A failed test preserves the configuration and records probe_failed, the
    error, and the test time; a probe_failed configuration is re-probed automatically at startup, so it
    can become serving-eligible later without another manual test. Returns 200 with ok=false for a model
    test failure. A core transport or invalid-response error leaves the prior readiness unchanged. No
    request body is accepted; the saved configuration is used. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | TestSavedRuntimeModelResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | TestSavedRuntimeModelResponse200 | None:
    """Tests and updates the readiness of a saved runtime LLM (admin).

     Tests the stored UI/API runtime configuration identified by registry ID. A successful test makes the
    model serving-eligible. A failed test preserves the configuration and records probe_failed, the
    error, and the test time; a probe_failed configuration is re-probed automatically at startup, so it
    can become serving-eligible later without another manual test. Returns 200 with ok=false for a model
    test failure. A core transport or invalid-response error leaves the prior readiness unchanged. No
    request body is accepted; the saved configuration is used. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | TestSavedRuntimeModelResponse200
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | TestSavedRuntimeModelResponse200]:
    """Tests and updates the readiness of a saved runtime LLM (admin).

     Tests the stored UI/API runtime configuration identified by registry ID. A successful test makes the
    model serving-eligible. A failed test preserves the configuration and records probe_failed, the
    error, and the test time; a probe_failed configuration is re-probed automatically at startup, so it
    can become serving-eligible later without another manual test. Returns 200 with ok=false for a model
    test failure. A core transport or invalid-response error leaves the prior readiness unchanged. No
    request body is accepted; the saved configuration is used. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | TestSavedRuntimeModelResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | TestSavedRuntimeModelResponse200 | None:
    """Tests and updates the readiness of a saved runtime LLM (admin).

     Tests the stored UI/API runtime configuration identified by registry ID. A successful test makes the
    model serving-eligible. A failed test preserves the configuration and records probe_failed, the
    error, and the test time; a probe_failed configuration is re-probed automatically at startup, so it
    can become serving-eligible later without another manual test. Returns 200 with ok=false for a model
    test failure. A core transport or invalid-response error leaves the prior readiness unchanged. No
    request body is accepted; the saved configuration is used. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | TestSavedRuntimeModelResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
