from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.cancel_user_job_request import CancelUserJobRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import (
    UNSET,
    Response,
    Unset,
    require_path_value,
)
from .. import make_optional_body


def build_request(
    job_id: str,
    *,
    body: CancelUserJobRequest | Unset = UNSET,
) -> dict[str, Any]:
    require_path_value("job_id", job_id)
    _headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user_jobs/{job_id}/cancel".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _headers["Content-Type"] = "application/json"

    _kwargs["headers"] = _headers
    return _kwargs


def parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def build_body(
    body: CancelUserJobRequest | Mapping[str, Any] | Unset,
    *,
    cancel_reason: Any = UNSET,
) -> CancelUserJobRequest | Unset:
    return make_optional_body(
        CancelUserJobRequest,
        body,
        {
            "cancel_reason": cancel_reason,
        },
        "cancel_user_job",
        as_json=True,
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    body: CancelUserJobRequest | Unset = UNSET,
) -> Response[None]:
    """Stops a specific job from running on the server.

     As an admin, stops a specific user job from running on the server.

    Args:
        job_id (str):
        body (CancelUserJobRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            job_id=job_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
    body: CancelUserJobRequest | Unset = UNSET,
) -> None:
    """Stops a specific job from running on the server.

     As an admin, stops a specific user job from running on the server.

    Args:
        job_id (str):
        body (CancelUserJobRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    body: CancelUserJobRequest | Unset = UNSET,
) -> Response[None]:
    """Stops a specific job from running on the server.

     As an admin, stops a specific user job from running on the server.

    Args:
        job_id (str):
        body (CancelUserJobRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            job_id=job_id,
            body=body,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
    body: CancelUserJobRequest | Unset = UNSET,
) -> None:
    """Stops a specific job from running on the server.

     As an admin, stops a specific user job from running on the server.

    Args:
        job_id (str):
        body (CancelUserJobRequest | Unset):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
