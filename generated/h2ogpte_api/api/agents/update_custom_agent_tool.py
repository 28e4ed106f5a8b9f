from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.update_custom_agent_tool_200_response import (
    UpdateCustomAgentTool200Response,
)
from ...models.update_custom_agent_tool_files_body import UpdateCustomAgentToolFilesBody
from ...models.update_custom_agent_tool_request import UpdateCustomAgentToolRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, require_path_value


def build_request(
    tool_id: str,
    *,
    body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("tool_id", tool_id)
    _headers: dict[str, Any] = {}

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

        _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> UpdateCustomAgentTool200Response:
    if response.status_code == 200:
        response_200 = UpdateCustomAgentTool200Response.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest | Unset = UNSET,
) -> Response[UpdateCustomAgentTool200Response | None]:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCustomAgentTool200Response | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            tool_id=tool_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest | Unset = UNSET,
) -> UpdateCustomAgentTool200Response | None:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCustomAgentTool200Response
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
) -> Response[UpdateCustomAgentTool200Response | None]:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCustomAgentTool200Response | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            tool_id=tool_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomAgentToolFilesBody | UpdateCustomAgentToolRequest | Unset = UNSET,
) -> UpdateCustomAgentTool200Response | None:
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
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCustomAgentTool200Response
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            body=body,
        )
    ).parsed
