"""One small error tree, keyed by what the caller does next (modelled on openai-python's)."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "H2OGPTEError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamError",
    "UnprocessableEntityError",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")


class H2OGPTEError(Exception):
    """Base of every error this SDK raises."""


class APIConnectionError(H2OGPTEError):
    """No (complete) response came: the connection failed or was dropped."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out before a response came."""


class StreamError(H2OGPTEError):
    """A streamed answer failed: the server sent an `error` line, or a line that is not JSON."""

    def __init__(self, message: str, *, line_number: int | None = None) -> None:
        super().__init__(message)
        self.line_number = line_number


class APIResponseValidationError(H2OGPTEError):
    """A success status whose body is not what the operation documents: not JSON (an HTML page from a proxy),
    a model that does not parse, or a 2xx status the spec does not list.

    `.status_code`, `.body` (the text, capped), `.response` and `.request_id` as on `APIStatusError`; the parse
    error is the `__cause__`.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)


class APIStatusError(H2OGPTEError):
    """The server answered with a 4xx or 5xx status.

    `str(error)` is the server's own message; `.status_code`, `.body` (parsed JSON, else text),
    `.request_id` and `.response` give the rest. Request headers (the API key) are never included.
    """

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """5xx"""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The error for a read 4xx/5xx response, with the server's message (EndpointError.message) if any."""
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or not message:
        message = body.strip()[:500] if isinstance(body, str) and body.strip() else response.reason_phrase
    text = f"{response.status_code} {message} ({response.request.method} {response.request.url.path})"
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(text, response=response, body=body)


def connection_error(exc: httpx.TransportError, request: httpx.Request | None = None) -> APIConnectionError:
    """Our error for an httpx transport failure (no response, or an incomplete one)."""
    where = f" ({request.method} {request.url.copy_with(query=None)})" if request is not None else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out: {type(exc).__name__}{where}", request=request)
    return APIConnectionError(f"connection failed: {exc or type(exc).__name__}{where}", request=request)
