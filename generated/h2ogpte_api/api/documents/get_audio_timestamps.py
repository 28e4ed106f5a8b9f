from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, build_response
from ...models.audio_segment import AudioSegment

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused (and Mapping, make_body: a flattened body's).
from ...types import Response, check_value, require_path_value


def build_request(
    document_id: str,
) -> dict[str, Any]:
    require_path_value("document_id", document_id)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/documents/{document_id}/audio_timestamps".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[AudioSegment]:
    if response.status_code == 200:
        _response_200 = response.json()
        if _response_200.__class__ is not list:
            check_value(_response_200, "get_audio_timestamps", "array")
        response_200 = list(map(AudioSegment.from_dict, _response_200))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[AudioSegment] | None]:
    """Returns speaker-segment timestamps for an audio/video transcript document.

     Returns exact per-segment start/end times (seconds), speaker, and text for an audio or video
    transcript document, captured from speaker diarization at ingest. Returns an empty list for non-
    transcript documents and documents ingested before this data was captured.

    Args:
        document_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AudioSegment] | None]
    """

    response = client.get_httpx_client().request(
        **build_request(
            document_id=document_id,
        )
    )
    return build_response(client, response, parse)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient,
) -> list[AudioSegment] | None:
    """Returns speaker-segment timestamps for an audio/video transcript document.

     Returns exact per-segment start/end times (seconds), speaker, and text for an audio or video
    transcript document, captured from speaker diarization at ingest. Returns an empty list for non-
    transcript documents and documents ingested before this data was captured.

    Args:
        document_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AudioSegment]
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[AudioSegment] | None]:
    """Returns speaker-segment timestamps for an audio/video transcript document.

     Returns exact per-segment start/end times (seconds), speaker, and text for an audio or video
    transcript document, captured from speaker diarization at ingest. Returns an empty list for non-
    transcript documents and documents ingested before this data was captured.

    Args:
        document_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AudioSegment] | None]
    """

    response = await client.get_async_httpx_client().request(
        **build_request(
            document_id=document_id,
        )
    )
    return build_response(client, response, parse)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient,
) -> list[AudioSegment] | None:
    """Returns speaker-segment timestamps for an audio/video transcript document.

     Returns exact per-segment start/end times (seconds), speaker, and text for an audio or video
    transcript document, captured from speaker diarization at ingest. Returns an empty list for non-
    transcript documents and documents ingested before this data was captured.

    Args:
        document_id (str):

    Raises:
        errors.UnexpectedResponse: If the answer does not parse as documented, or (when
            Client.raise_on_unexpected_status is True) its status is no documented success.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AudioSegment]
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
        )
    ).parsed
