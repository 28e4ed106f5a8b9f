from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.delete_runtime_model_response_200 import DeleteRuntimeModelResponse200

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    id: str,
) -> dict[str, Any]:
    require_path_value("id", id)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/llm-registry/admin/runtime-models/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> DeleteRuntimeModelResponse200:
    if response.status_code == 200:
        response_200 = DeleteRuntimeModelResponse200.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteRuntimeModelResponse200 | None]:
    """Deletes a runtime LLM by registry id (admin).

     Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteRuntimeModelResponse200 | None]
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
) -> DeleteRuntimeModelResponse200 | None:
    """Deletes a runtime LLM by registry id (admin).

     Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteRuntimeModelResponse200
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteRuntimeModelResponse200 | None]:
    """Deletes a runtime LLM by registry id (admin).

     Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteRuntimeModelResponse200 | None]
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
) -> DeleteRuntimeModelResponse200 | None:
    """Deletes a runtime LLM by registry id (admin).

     Hard-deletes a UI/API runtime LLM by registry UUID (delete is final). Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteRuntimeModelResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
