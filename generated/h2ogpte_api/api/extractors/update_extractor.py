from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_error import EndpointError
from ...models.extractor import Extractor
from ...models.extractor_update_request import ExtractorUpdateRequest

# Unset (a multi-media-type optional body), parse_datetime (date-time responses) and the type checks of a
# parsed body: the ruff post-hook drops them where unused.
from ...types import (
    Response,
    require_path_value,
)


def _get_kwargs(
    extractor_id: str,
    *,
    body: ExtractorUpdateRequest,
) -> dict[str, Any]:
    require_path_value("extractor_id", extractor_id)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/extractors/{extractor_id}".format(
            extractor_id=quote(str(extractor_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointError | Extractor | None:
    if response.status_code == 200:
        response_200 = Extractor.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EndpointError | Extractor]:
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


def _parse_success(response: httpx.Response) -> Extractor:
    if response.status_code == 200:
        response_200 = Extractor.from_dict(response.json())

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ExtractorUpdateRequest,
) -> Response[EndpointError | Extractor]:
    """Updates attributes of a given extractor.

     Updates an existing extractor. Only the fields present in the request body are changed; any field
    left out keeps its current value.

    Args:
        extractor_id (str):
        body (ExtractorUpdateRequest): Attributes of an extractor to change. Every field is
            optional.  A field left out of the request body keeps its current value, and so does a
            field sent explicitly as null -- null means "leave this alone", not "clear it".  An empty
            string is a value, not an absence: it writes an empty string to the column, which for
            schema and prompt is the meaningful "use the default" setting. An empty llm or vision_llm
            is rejected with 400, since a model cannot be cleared.  guardrails_settings replaces the
            whole object rather than merging into it, so a request carrying one key drops every other
            guardrail setting the extractor had. Send the complete settings object to change one of
            its fields. The column cannot be reset to null; an empty object is the closest equivalent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | Extractor]
    """

    kwargs = _get_kwargs(
        extractor_id=extractor_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ExtractorUpdateRequest,
) -> EndpointError | Extractor | None:
    """Updates attributes of a given extractor.

     Updates an existing extractor. Only the fields present in the request body are changed; any field
    left out keeps its current value.

    Args:
        extractor_id (str):
        body (ExtractorUpdateRequest): Attributes of an extractor to change. Every field is
            optional.  A field left out of the request body keeps its current value, and so does a
            field sent explicitly as null -- null means "leave this alone", not "clear it".  An empty
            string is a value, not an absence: it writes an empty string to the column, which for
            schema and prompt is the meaningful "use the default" setting. An empty llm or vision_llm
            is rejected with 400, since a model cannot be cleared.  guardrails_settings replaces the
            whole object rather than merging into it, so a request carrying one key drops every other
            guardrail setting the extractor had. Send the complete settings object to change one of
            its fields. The column cannot be reset to null; an empty object is the closest equivalent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | Extractor
    """

    return sync_detailed(
        extractor_id=extractor_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ExtractorUpdateRequest,
) -> Response[EndpointError | Extractor]:
    """Updates attributes of a given extractor.

     Updates an existing extractor. Only the fields present in the request body are changed; any field
    left out keeps its current value.

    Args:
        extractor_id (str):
        body (ExtractorUpdateRequest): Attributes of an extractor to change. Every field is
            optional.  A field left out of the request body keeps its current value, and so does a
            field sent explicitly as null -- null means "leave this alone", not "clear it".  An empty
            string is a value, not an absence: it writes an empty string to the column, which for
            schema and prompt is the meaningful "use the default" setting. An empty llm or vision_llm
            is rejected with 400, since a model cannot be cleared.  guardrails_settings replaces the
            whole object rather than merging into it, so a request carrying one key drops every other
            guardrail setting the extractor had. Send the complete settings object to change one of
            its fields. The column cannot be reset to null; an empty object is the closest equivalent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointError | Extractor]
    """

    kwargs = _get_kwargs(
        extractor_id=extractor_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    extractor_id: str,
    *,
    client: AuthenticatedClient,
    body: ExtractorUpdateRequest,
) -> EndpointError | Extractor | None:
    """Updates attributes of a given extractor.

     Updates an existing extractor. Only the fields present in the request body are changed; any field
    left out keeps its current value.

    Args:
        extractor_id (str):
        body (ExtractorUpdateRequest): Attributes of an extractor to change. Every field is
            optional.  A field left out of the request body keeps its current value, and so does a
            field sent explicitly as null -- null means "leave this alone", not "clear it".  An empty
            string is a value, not an absence: it writes an empty string to the column, which for
            schema and prompt is the meaningful "use the default" setting. An empty llm or vision_llm
            is rejected with 400, since a model cannot be cleared.  guardrails_settings replaces the
            whole object rather than merging into it, so a request carrying one key drops every other
            guardrail setting the extractor had. Send the complete settings object to change one of
            its fields. The column cannot be reset to null; an empty object is the closest equivalent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointError | Extractor
    """

    return (
        await asyncio_detailed(
            extractor_id=extractor_id,
            client=client,
            body=body,
        )
    ).parsed
