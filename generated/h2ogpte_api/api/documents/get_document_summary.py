from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.document_summary import DocumentSummary

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, require_path_value


def build_request(
    summary_id: str,
) -> dict[str, Any]:
    require_path_value("summary_id", summary_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/document_summaries/{summary_id}".format(
            summary_id=quote(str(summary_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> DocumentSummary:
    if response.status_code == 200:
        response_200 = DocumentSummary.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DocumentSummary | None]:
    """Fetches document summary.

     Fetches document summary.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentSummary | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            summary_id=summary_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> DocumentSummary | None:
    """Fetches document summary.

     Fetches document summary.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentSummary
    """

    return sync_detailed(
        summary_id=summary_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DocumentSummary | None]:
    """Fetches document summary.

     Fetches document summary.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentSummary | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            summary_id=summary_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    summary_id: str,
    *,
    client: AuthenticatedClient,
) -> DocumentSummary | None:
    """Fetches document summary.

     Fetches document summary.

    Args:
        summary_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentSummary
    """

    return (
        await asyncio_detailed(
            summary_id=summary_id,
            client=client,
        )
    ).parsed
