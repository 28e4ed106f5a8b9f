import sys
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import UNSET, Response, Unset, require_path_value

if sys.version_info >= (3, 13):
    from warnings import deprecated
else:
    from typing_extensions import deprecated


def build_request(
    session_ids: list[str],
    *,
    dir_types: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("session_ids", session_ids)

    _params: dict[str, Any] = {}

    _json_dir_types: list[str] | Unset = UNSET
    if not isinstance(dir_types, Unset):
        _json_dir_types = dir_types

    _params["dir_types"] = _json_dir_types

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chats/{session_ids}/agent_server_directories".format(
            session_ids=",".join(quote(str(item), safe="") for item in session_ids),
        ),
        "params": _params,
    }

    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


@deprecated(
    "delete_agent_server_directories (DELETE /chats/{session_ids}/agent_server_directories) is deprecated in the h2oGPTe API and may be removed"
)
def sync_detailed(
    session_ids: list[str],
    *,
    client: AuthenticatedClient,
    dir_types: list[str] | Unset = UNSET,
) -> Response[None]:
    """Deletes agent server directories.

     Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
    Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
    `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
    inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.

    Args:
        session_ids (list[str]):
        dir_types (list[str] | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            session_ids=session_ids,
            dir_types=dir_types,
        )
    )
    return build_response(client, response, parse)


@deprecated(
    "delete_agent_server_directories (DELETE /chats/{session_ids}/agent_server_directories) is deprecated in the h2oGPTe API and may be removed"
)
def sync(
    session_ids: list[str],
    *,
    client: AuthenticatedClient,
    dir_types: list[str] | Unset = UNSET,
) -> None:
    """Deletes agent server directories.

     Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
    Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
    `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
    inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.

    Args:
        session_ids (list[str]):
        dir_types (list[str] | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        session_ids=session_ids,
        client=client,
        dir_types=dir_types,
    ).parsed


@deprecated(
    "delete_agent_server_directories (DELETE /chats/{session_ids}/agent_server_directories) is deprecated in the h2oGPTe API and may be removed"
)
async def asyncio_detailed(
    session_ids: list[str],
    *,
    client: AuthenticatedClient,
    dir_types: list[str] | Unset = UNSET,
) -> Response[None]:
    """Deletes agent server directories.

     Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
    Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
    `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
    inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.

    Args:
        session_ids (list[str]):
        dir_types (list[str] | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            session_ids=session_ids,
            dir_types=dir_types,
        )
    )
    return build_response(client, response, parse)


@deprecated(
    "delete_agent_server_directories (DELETE /chats/{session_ids}/agent_server_directories) is deprecated in the h2oGPTe API and may be removed"
)
async def asyncio(
    session_ids: list[str],
    *,
    client: AuthenticatedClient,
    dir_types: list[str] | Unset = UNSET,
) -> None:
    """Deletes agent server directories.

     Deletes agent server directories.  Deprecated: this endpoint will be removed in a future release.
    Agent directories are now cleaned up automatically as part of the chat-session delete cascade — call
    `DELETE /chats/{session_ids}` instead. Deleting agent files mid-conversation leaves the agent in an
    inconsistent state (see h2oai/h2ogpte#7302), so this standalone path is no longer recommended.

    Args:
        session_ids (list[str]):
        dir_types (list[str] | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            session_ids=session_ids,
            client=client,
            dir_types=dir_types,
        )
    ).parsed
