from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.self_test_result import SelfTestResult

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
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


def parse(response: httpx.Response) -> SelfTestResult:
    if response.status_code == 200:
        response_200 = SelfTestResult.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    model_name: str,
    mode: str,
    *,
    client: AuthenticatedClient,
) -> Response[SelfTestResult | None]:
    """Runs a self-test for a given model.

     Runs a self-test for a given model.

    Args:
        model_name (str):
        mode (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SelfTestResult | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            model_name=model_name,
            mode=mode,
        )
    )
    return build_response(client, response, parse)


def sync(
    model_name: str,
    mode: str,
    *,
    client: AuthenticatedClient,
) -> SelfTestResult | None:
    """Runs a self-test for a given model.

     Runs a self-test for a given model.

    Args:
        model_name (str):
        mode (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SelfTestResult
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
) -> Response[SelfTestResult | None]:
    """Runs a self-test for a given model.

     Runs a self-test for a given model.

    Args:
        model_name (str):
        mode (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SelfTestResult | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            model_name=model_name,
            mode=mode,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    model_name: str,
    mode: str,
    *,
    client: AuthenticatedClient,
) -> SelfTestResult | None:
    """Runs a self-test for a given model.

     Runs a self-test for a given model.

    Args:
        model_name (str):
        mode (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SelfTestResult
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            mode=mode,
            client=client,
        )
    ).parsed
