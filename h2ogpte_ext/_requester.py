"""What the generated resource layer (`client.<tag>.<operation>()`) needs decided, without I/O: per-call
options, typed parse errors and offset/limit pagination. `Requester` and `AsyncRequester`
(`h2ogpte_ext._async._transport` and its sync twin) do the I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import Any, TypeVar

import httpx
from h2ogpte_api import errors
from h2ogpte_api.types import Response, Unset

from h2ogpte_ext._config import to_timeout
from h2ogpte_ext._errors import APIResponseValidationError, H2OGPTEError
from h2ogpte_ext._retry import check_max_retries
from h2ogpte_ext._transport import ERROR_BODY_LIMIT, with_send_options

T = TypeVar("T")


def call_options(
    request: dict[str, Any], timeout: float | httpx.Timeout | Unset, max_retries: int | Unset
) -> dict[str, Any]:
    """The httpx arguments of one call: the operation's request plus this call's timeout and retry budget."""
    if not isinstance(timeout, Unset):
        request["timeout"] = to_timeout(timeout)
    if not isinstance(max_retries, Unset):
        request["extensions"] = with_send_options(max_retries=check_max_retries(max_retries))
    return request


def validation_error(response: httpx.Response, error: Exception) -> APIResponseValidationError:
    """Our error for a success response that does not parse as its operation documents."""
    text = response.content[:ERROR_BODY_LIMIT].decode("utf-8", errors="replace")
    request = response.request
    if isinstance(error, errors.UnexpectedStatus):
        problem = f"HTTP {response.status_code} is not a status this operation documents"
    else:
        kind = response.headers.get("content-type", "no content type")
        problem = f"the {kind} body does not parse as documented: {type(error).__name__}: {error}"
    message = f"{problem} ({request.method} {request.url.copy_with(query=None)})"
    return APIResponseValidationError(message, response=response, body=text)


def parsed(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    try:
        return parse(response)
    except errors.PARSE_ERRORS as error:
        raise validation_error(response, error) from error


def http_status(code: int) -> HTTPStatus:
    """`HTTPStatus(code)`, or the bare number for a status Python does not name (299, 460): still an int."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code  # type: ignore[return-value]  # HTTPStatus is an IntEnum; the number compares the same


def raw(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> Response[T]:
    # Parsed first: a status the operation does not document is APIResponseValidationError.
    body = parsed(response, parse)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=body,
    )


def identity(item: Any) -> Any:
    """What makes a listed item the same item: its id where it has one (its other fields, such as
    `updated_at`, may change between two requests), else the whole item."""
    ident = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    if isinstance(ident, (str, int)) and not isinstance(ident, bool):
        return ("id", ident)
    return ("item", item)


class PageCursor:
    """Where the next page of an offset/limit listing starts, and when the listing is over.

    It ends at an empty page, not at a short one (a server may cap its pages below the size asked for);
    a server that ignores `offset` (the same items again, by id, even with fields that changed) is an error,
    not an endless loop.
    """

    def __init__(self, page_size: int) -> None:
        if not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1:
            raise H2OGPTEError(f"page_size must be a whole number >= 1, not {page_size!r}")
        self.page_size = page_size
        self.offset = 0
        self._previous: list[Any] | None = None

    def more(self, page: list[Any]) -> bool:
        """Take one page; True while another may follow."""
        if not page:
            return False
        identities = [identity(item) for item in page]
        if identities == self._previous:
            raise H2OGPTEError(
                f"the server answered offset={self.offset} with the same {len(page)} item(s) as the page before: "
                "it ignores offset, so the listing cannot go on"
            )
        self._previous = identities
        self.offset += len(page)
        return True
