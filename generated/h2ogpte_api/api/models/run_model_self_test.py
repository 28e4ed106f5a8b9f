from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.self_test_result import SelfTestResult

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    model_name: str,
    mode: str,
) -> dict[str, Any]:
    require_path_value("model_name", model_name)
    require_path_value("mode", mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/models/{model_name}/self_test/{mode}".format(
            model_name=quote(str(model_name), safe=""),
            mode=quote(str(mode), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | SelfTestResult | None:
    if response.status_code == 200:
        response_200 = SelfTestResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | SelfTestResult]:
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


def _parse_success(response: httpx.Response) -> SelfTestResult:
    if response.status_code == 200:
        response_200 = SelfTestResult.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    model_name: str,
    mode: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | SelfTestResult]:
    """Runs a self-test for a given model.

     Runs a self-test for a given model.

    Args:
        model_name (str):
        mode (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | SelfTestResult]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        mode=mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_name: str,
    mode: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | SelfTestResult | None:
    """Runs a self-test for a given model.

     Runs a self-test for a given model.

    Args:
        model_name (str):
        mode (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | SelfTestResult
    """

    return sync_detailed(
        model_name=model_name,
        mode=mode,
        client=client,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    mode: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | SelfTestResult]:
    """Runs a self-test for a given model.

     Runs a self-test for a given model.

    Args:
        model_name (str):
        mode (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | SelfTestResult]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        mode=mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    mode: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | SelfTestResult | None:
    """Runs a self-test for a given model.

     Runs a self-test for a given model.

    Args:
        model_name (str):
        mode (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | SelfTestResult
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            mode=mode,
            client=client,
        )
    ).parsed
