"""One small error tree, keyed by what the caller does next (modelled on openai-python's)."""

from __future__ import annotations

import email.utils
import json
import sys
import time
from contextlib import suppress
from pathlib import Path
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
    "DownloadError",
    "H2OGPTEError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamError",
    "UnprocessableEntityError",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")
# At most this much of an error response is read: its message is near the start, and a huge error page
# must not cost memory.
ERROR_BODY_LIMIT = 64 * 1024


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


class DownloadError(H2OGPTEError):
    """A download could not be put in its file: the folder cannot be made or written, the disk is full, a file
    is in the way (`overwrite=False`), ... The partial file was removed; `.target` is the file meant, and an
    OS error behind it is `__cause__`."""

    def __init__(self, message: str, *, target: Path | None = None) -> None:
        super().__init__(message)
        self.target: Path | None = target


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
    """The server answered with a 4xx or 5xx status, or with a redirect that is not followed (a request other
    than GET or HEAD sent to another path, or turned into a GET: see `unfollowed_redirect`).

    `str(error)` is the server's own message; `.status_code`, `.body` (parsed JSON, else text; from at most
    the first 64 KiB of the response), `.request_id`, `.retry_after` (the server's `Retry-After` in seconds,
    or None) and `.response` give the rest. Request headers (the API key) are never included.
    """

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
        self.retry_after = retry_after(response.headers)


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


def retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """The server's requested wait in seconds (`retry-after-ms`, or Retry-After in seconds or as a date)."""
    if "retry-after-ms" in headers:
        try:
            return _finite(float(headers["retry-after-ms"]) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _finite(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _finite(seconds: float) -> float | None:
    return seconds if seconds == seconds and abs(seconds) != float("inf") else None


def read_error_body(response: httpx.Response) -> bytes:
    """At most ERROR_BODY_LIMIT bytes of an error response's body; the response is closed after."""
    try:
        return response.content[:ERROR_BODY_LIMIT]  # already read in full
    except httpx.ResponseNotRead:
        pass
    kept = bytearray()
    try:
        for chunk in response.iter_bytes():
            kept += chunk
            if len(kept) >= ERROR_BODY_LIMIT:
                break
    except (httpx.HTTPError, H2OGPTEError):
        pass  # the status is the answer; a body cut short or undecodable only shortens the message
    finally:
        response.close()
    return bytes(kept[:ERROR_BODY_LIMIT])


async def aread_error_body(response: httpx.Response) -> bytes:
    """The async twin of `read_error_body`."""
    try:
        return response.content[:ERROR_BODY_LIMIT]
    except httpx.ResponseNotRead:
        pass
    kept = bytearray()
    try:
        async for chunk in response.aiter_bytes():
            kept += chunk
            if len(kept) >= ERROR_BODY_LIMIT:
                break
    except (httpx.HTTPError, H2OGPTEError):
        pass
    finally:
        await response.aclose()
    return bytes(kept[:ERROR_BODY_LIMIT])


def status_error(response: httpx.Response, content: bytes | None = None) -> APIStatusError:
    """The error for a 4xx/5xx response, with the server's message (EndpointError.message) if any.

    `content` is the (capped) body read so far; without it the response's own content is used.
    """
    if content is None:
        content = response.content[:ERROR_BODY_LIMIT]
    try:
        body: Any = json.loads(content) if content else None
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to parse: kept as text
        body = content.decode(response.encoding or "utf-8", errors="replace")
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or not message:
        message = body.strip()[:500] if isinstance(body, str) and body.strip() else response.reason_phrase
    where = f"{response.request.method} {response.request.url.path}"
    text = f"{response.status_code} {message} ({where})"
    wait = retry_after(response.headers)
    if wait is not None and wait > 0:
        text += f"; the server asks to wait {wait:g} s before trying again"
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(text, response=response, body=body)


# Methods whose redirects are followed wherever they lead: they change nothing on the server.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port (the default one filled in): where a request goes, as browsers compare it."""
    port = url.port if url.port is not None else {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, port


def unfollowed_redirect(response: httpx.Response) -> APIStatusError | None:
    """The error for a redirect not to follow, or None to follow it.

    A redirect of a GET or HEAD is followed (the API key never leaves the client's origin: `keep_key_home`).
    Any other method is followed only with the same method and body to the same origin (scheme, host and
    port: so never to another host, nor from https to http, where the body, credentials perhaps, would go in
    the clear) and the same path (a 307 or 308, or a 301 of a DELETE or PUT): a DELETE of
    `/collections/c1/permissions/` redirected to `/collections/c1/permissions` would act on another resource
    (unshare with everyone), and a POST that a 301, 302 or 303 turns into a GET would drop its body and return
    another operation's answer.
    """
    request = response.request
    method = request.method
    if method in SAFE_METHODS or not response.has_redirect_location:
        return None
    status = response.status_code
    target = request.url.join(response.headers["location"])
    becomes_get = status in (302, 303) or (status == 301 and method == "POST")
    elsewhere = origin(target) != origin(request.url)
    if not becomes_get and not elsewhere and target.raw_path == request.url.raw_path:
        return None
    where = f"{method} {request.url.path}"
    if becomes_get:
        change, why = "as a GET", "another path or method could act on another resource"
    elif elsewhere:
        downgrade = request.url.scheme == "https" and target.scheme != "https"
        change = f"to {shown_url(target)}"
        why = "an unencrypted address would carry its body in the clear" if downgrade else "another origin"
        why = f"{why} (its body goes only to the origin it was sent to)"
    else:
        change, why = f"to {shown_url(target)}", "another path or method could act on another resource"
    return APIStatusError(
        f"{status} {response.reason_phrase} ({where}): the server redirects it {change}; not followed, since a "
        f"{method} redirected to {why} (check the address)",
        response=response,
        body=None,
    )


def keep_key_home(request: httpx.Request, home: httpx.URL) -> None:
    """Drop the API key (Authorization) from a request to any origin but `home`'s (the client's address), for
    every method: httpx itself keeps it on a redirect from http to https, and a redirect to another host of
    a GET is followed."""
    if origin(request.url) != origin(home):
        request.headers.pop("Authorization", None)


def shown_url(url: httpx.URL | str) -> str:
    """A URL as it may appear in messages and logs: no user name, password or query string."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return "<an invalid URL>"
    return str(parsed.copy_with(userinfo=b"", query=None, fragment=None))


def _connection_failure(exc: BaseException) -> OSError | None:
    """The OS error (refused, reset, unreachable, name not found) that caused a transport error, if any,
    whatever the transport wrapped it in; a timeout is not one. Causes only (`raise ... from`): what was being
    handled when it happened is not its cause (a TLS handshake that times out was handling SSLWantReadError,
    an OSError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and not isinstance(current, TimeoutError):
            return current
        current = current.__cause__
    return None


# The request never reached the server, by httpx's own word: safe to send again whatever the method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _causes(exc: BaseException) -> list[BaseException]:
    """`exc` and what caused it (`raise ... from`, else what was being handled), innermost last."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _aiohttp_cause(exc: BaseException) -> BaseException | None:
    """The aiohttp exception behind a transport error (httpx-aiohttp's), if any."""
    aiohttp = sys.modules.get("aiohttp")
    if aiohttp is None:
        return None
    return next((c for c in _causes(exc)[1:] if isinstance(c, aiohttp.ClientError)), None)


def never_sent(exc: BaseException) -> bool:
    """Whether the request surely never left: the connection was never made (or no pooled one was free).

    The exception's class alone is not proof. httpx's own transports (httpcore underneath) raise ConnectError,
    ConnectTimeout and PoolTimeout only before a byte is written; another transport may not: httpx-aiohttp
    reports every aiohttp connection error as a ConnectTimeout, a server that dropped the connection after
    reading the request (ServerDisconnectedError) included. So the cause decides: aiohttp's
    ClientConnectorError (no connection made) is never-sent, any other aiohttp error may have been sent, and a
    transport whose cause is neither httpcore's nor aiohttp's is taken as possibly sent."""
    if not isinstance(exc, NOT_SENT):
        return False
    for cause in _causes(exc)[1:]:
        module = type(cause).__module__
        if module.startswith("httpcore"):
            return True
        if module.startswith("aiohttp"):
            aiohttp = sys.modules.get("aiohttp")
            return aiohttp is not None and isinstance(cause, aiohttp.ClientConnectorError)
    return False


def connection_error(exc: httpx.TransportError, request: httpx.Request | None = None) -> APIConnectionError:
    """Our error for an httpx transport failure (no response, or an incomplete one)."""
    where = f" ({request.method} {shown_url(request.url)})" if request is not None else ""
    foreign = _aiohttp_cause(exc)
    if foreign is not None:
        # httpx-aiohttp's class names say little (a dropped connection is a ConnectTimeout): aiohttp's own decides
        detail = str(foreign) or type(foreign).__name__
        if isinstance(foreign, sys.modules["aiohttp"].ServerTimeoutError):  # connect and read timeouts too
            return APITimeoutError(f"request timed out: {detail}{where}", request=request)
        return APIConnectionError(f"connection failed: {type(foreign).__name__}: {detail}{where}", request=request)
    if isinstance(exc, httpx.TimeoutException) and (failure := _connection_failure(exc)) is not None:
        # aiohttp's transport reports a refused connection as a ConnectTimeout: it is not one
        return APIConnectionError(f"connection failed: {failure or type(failure).__name__}{where}", request=request)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out: {type(exc).__name__}{where}", request=request)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return APIConnectionError(f"cannot send to a URL that is not http(s){where}", request=request)
    return APIConnectionError(f"connection failed: {exc or type(exc).__name__}{where}", request=request)


def request_error(exc: Exception, request: httpx.Request | None = None) -> H2OGPTEError:
    """Our error for anything httpx raises while building, sending or decoding a request (see `SafeClient`)."""
    if isinstance(exc, H2OGPTEError):
        return exc
    if request is None and isinstance(exc, httpx.HTTPError):
        with suppress(RuntimeError):  # httpx raises it when no request was set
            request = exc.request
    where = f" ({request.method} {shown_url(request.url)})" if request is not None else ""
    if isinstance(exc, httpx.TransportError):
        return connection_error(exc, request)
    if isinstance(exc, httpx.TooManyRedirects):
        return APIConnectionError(f"too many redirects: the server keeps redirecting{where}", request=request)
    if isinstance(exc, httpx.DecodingError):
        return APIConnectionError(f"the response body could not be decoded ({exc}){where}", request=request)
    if isinstance(exc, UnicodeEncodeError):
        # The value may be a secret: name the position, never the text.
        if exc.encoding == "ascii":
            return H2OGPTEError(
                f"a request header holds a character that cannot be sent ({exc.reason} at position "
                f"{exc.start}): HTTP headers must be ASCII{where}"
            )
        return H2OGPTEError(
            f"a value of the request holds a character that cannot be sent as {exc.encoding} ({exc.reason} at "
            f"position {exc.start}; a lone surrogate comes from text decoded with errors='surrogateescape'){where}"
        )
    if isinstance(exc, httpx.InvalidURL):
        return H2OGPTEError(f"invalid URL: {exc}{where}")
    return H2OGPTEError(f"the request could not be sent: {type(exc).__name__}: {exc}{where}")


# What httpx may raise from building or sending a request, beyond our own errors.
HTTPX_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, httpx.CookieConflict, UnicodeEncodeError)
