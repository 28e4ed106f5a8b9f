from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.test_saved_runtime_model_response_200 import (
    TestSavedRuntimeModelResponse200,
)

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
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


def parse(response: httpx.Response) -> TestSavedRuntimeModelResponse200:
    if response.status_code == 200:
        response_200 = TestSavedRuntimeModelResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[TestSavedRuntimeModelResponse200 | None]:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestSavedRuntimeModelResponse200 | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            id=id,
        )
    )
    return build_response(client, response, parse)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> TestSavedRuntimeModelResponse200 | None:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestSavedRuntimeModelResponse200
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[TestSavedRuntimeModelResponse200 | None]:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestSavedRuntimeModelResponse200 | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            id=id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> TestSavedRuntimeModelResponse200 | None:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestSavedRuntimeModelResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
