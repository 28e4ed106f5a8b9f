import sys
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, build_response
from ...models.endpoint_error import EndpointError

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value

if sys.version_info >= (3, 13):
    from warnings import deprecated
else:
    from typing_extensions import deprecated


def build_request(
    id: str,
) -> dict[str, Any]:
    require_path_value("id", id)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/llm-registry/admin/runtime-models/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> EndpointError:
    response_default = EndpointError.from_dict(response.json())

    return response_default


@deprecated(
    "update_runtime_model (PUT /llm-registry/admin/runtime-models/{id}) is deprecated in the h2oGPTe API and may be removed"
)
def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | None]:
    """Not supported -- updating a runtime LLM is disabled (admin).

     Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
    and create it again to change its configuration. display_name is the routing key at the serving
    proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
    the proxy. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            id=id,
        )
    )
    return build_response(client, response, parse)


@deprecated(
    "update_runtime_model (PUT /llm-registry/admin/runtime-models/{id}) is deprecated in the h2oGPTe API and may be removed"
)
def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | None:
    """Not supported -- updating a runtime LLM is disabled (admin).

     Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
    and create it again to change its configuration. display_name is the routing key at the serving
    proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
    the proxy. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


@deprecated(
    "update_runtime_model (PUT /llm-registry/admin/runtime-models/{id}) is deprecated in the h2oGPTe API and may be removed"
)
async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EndpointError | None]:
    """Not supported -- updating a runtime LLM is disabled (admin).

     Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
    and create it again to change its configuration. display_name is the routing key at the serving
    proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
    the proxy. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            id=id,
        )
    )
    return build_response(client, response, parse)


@deprecated(
    "update_runtime_model (PUT /llm-registry/admin/runtime-models/{id}) is deprecated in the h2oGPTe API and may be removed"
)
async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> EndpointError | None:
    """Not supported -- updating a runtime LLM is disabled (admin).

     Disabled: a runtime LLM can only be created and deleted. Any request returns 400 -- delete the model
    and create it again to change its configuration. display_name is the routing key at the serving
    proxy, so an in-place edit can leave a saved, successfully probed model whose every request fails at
    the proxy. Admin only.

    Args:
        id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
