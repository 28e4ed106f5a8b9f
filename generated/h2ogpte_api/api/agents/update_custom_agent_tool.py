from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.update_custom_agent_tool_200_response import (
    UpdateCustomAgentTool200Response,
)
from ...models.update_custom_agent_tool_files_body import UpdateCustomAgentToolFilesBody
from ...models.update_custom_agent_tool_request import UpdateCustomAgentToolRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)


def _get_kwargs(
    tool_id: str,
    *,
    body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("tool_id", tool_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/agents/custom_tools/{tool_id}".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }

    if isinstance(body, UpdateCustomAgentToolFilesBody):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, UpdateCustomAgentToolRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | UpdateCustomAgentTool200Response | None:
    if response.status_code == 200:
        response_200 = UpdateCustomAgentTool200Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EndpointError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = EndpointError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = EndpointError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = EndpointError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | UpdateCustomAgentTool200Response]:
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


def _parse_success(response: httpx.Response) -> UpdateCustomAgentTool200Response:
    if response.status_code == 200:
        response_200 = UpdateCustomAgentTool200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest | Unset = UNSET,
) -> Response[EndpointError | UpdateCustomAgentTool200Response]:
    """Updates a custom agent tool

     Updates a custom agent tool given a tool id belonging to the user. Two request body forms are
    accepted:   - multipart/form-data — required to upload a `file`; also accepted for     metadata-only
    updates (just send `tool_args`). This is the default     content type the generated SDK clients use.
    - application/json — legacy metadata-only body (`{ "tool_args": ... }`)     retained for backward
    compatibility with clients written before     file upload was supported. JSON bodies cannot carry a
    file upload.

    Args:
        tool_id (str):
        body (UpdateCustomAgentToolFilesBody):
        body (UpdateCustomAgentToolRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UpdateCustomAgentTool200Response]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest | Unset = UNSET,
) -> EndpointError | UpdateCustomAgentTool200Response | None:
    """Updates a custom agent tool

     Updates a custom agent tool given a tool id belonging to the user. Two request body forms are
    accepted:   - multipart/form-data — required to upload a `file`; also accepted for     metadata-only
    updates (just send `tool_args`). This is the default     content type the generated SDK clients use.
    - application/json — legacy metadata-only body (`{ "tool_args": ... }`)     retained for backward
    compatibility with clients written before     file upload was supported. JSON bodies cannot carry a
    file upload.

    Args:
        tool_id (str):
        body (UpdateCustomAgentToolFilesBody):
        body (UpdateCustomAgentToolRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UpdateCustomAgentTool200Response
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest | Unset = UNSET,
) -> Response[EndpointError | UpdateCustomAgentTool200Response]:
    """Updates a custom agent tool

     Updates a custom agent tool given a tool id belonging to the user. Two request body forms are
    accepted:   - multipart/form-data — required to upload a `file`; also accepted for     metadata-only
    updates (just send `tool_args`). This is the default     content type the generated SDK clients use.
    - application/json — legacy metadata-only body (`{ "tool_args": ... }`)     retained for backward
    compatibility with clients written before     file upload was supported. JSON bodies cannot carry a
    file upload.

    Args:
        tool_id (str):
        body (UpdateCustomAgentToolFilesBody):
        body (UpdateCustomAgentToolRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | UpdateCustomAgentTool200Response]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest | Unset = UNSET,
) -> EndpointError | UpdateCustomAgentTool200Response | None:
    """Updates a custom agent tool

     Updates a custom agent tool given a tool id belonging to the user. Two request body forms are
    accepted:   - multipart/form-data — required to upload a `file`; also accepted for     metadata-only
    updates (just send `tool_args`). This is the default     content type the generated SDK clients use.
    - application/json — legacy metadata-only body (`{ "tool_args": ... }`)     retained for backward
    compatibility with clients written before     file upload was supported. JSON bodies cannot carry a
    file upload.

    Args:
        tool_id (str):
        body (UpdateCustomAgentToolFilesBody):
        body (UpdateCustomAgentToolRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | UpdateCustomAgentTool200Response
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            body=body,
        )
    ).parsed
