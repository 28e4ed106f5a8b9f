"""The rules the transports (`h2ogpte_ext._async._transport` and its sync twin) follow, decided without I/O:
which error an answer or an httpx exception becomes, which redirects are followed and where the API key may go,
how URLs are shown, which HTTP objects a client accepts, and the options one request carries down to them.
"""

from __future__ import annotations

import json
import sys
from contextlib import suppress
from typing import Any

import httpx
from attrs import define, evolve

from h2ogpte_ext._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    H2OGPTEError,
    status_error_class,
)
from h2ogpte_ext._retry import causes, retry_after

# At most this much of an error response (or of a success body that does not parse) is kept: its message is
# near the start, and a huge error page must not cost memory.
ERROR_BODY_LIMIT = 64 * 1024

CLOSED = "the client is closed (close() was called, or its `with` block ended): create a new one"


@define(frozen=True)
class SendOptions:
    """What one request tells the transports beyond httpx's own options, carried in its `extensions` under one
    key (`with_send_options`, `send_options`): a retry budget of its own (None: the client's), whether the
    client reads its body whole (`buffered`: then a connection dropped partway through a success's body is
    retried like one dropped before the answer), and whether an error status is an answer to return, not an
    error to raise (`raw`: health probes)."""

    max_retries: int | None = None
    buffered: bool = False
    raw: bool = False


_KEY = "h2ogpte_ext"
_DEFAULT = SendOptions()


def send_options(request: httpx.Request) -> SendOptions:
    found = request.extensions.get(_KEY)
    return found if isinstance(found, SendOptions) else _DEFAULT


def with_send_options(extensions: dict[str, Any] | None = None, **changes: Any) -> dict[str, Any]:
    """A new extensions dict (the given one may be shared: a module's constant) with these send options."""
    current = (extensions or {}).get(_KEY)
    options = evolve(current if isinstance(current, SendOptions) else _DEFAULT, **changes)
    return {**(extensions or {}), _KEY: options}


def status_error(response: httpx.Response, content: bytes | None = None, note: str | None = None) -> APIStatusError:
    """The error for a 4xx/5xx response, with the server's message (EndpointError.message) if any.

    `content` is the (capped) body read so far; without it the response's own content is used. `note` ends the
    message (what the client did about it).
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
    if note:
        text += f"; {note}"
    return status_error_class(response.status_code)(text, response=response, body=body, retry_after=wait)


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


def _aiohttp_cause(exc: BaseException) -> BaseException | None:
    """The aiohttp exception behind a transport error (httpx-aiohttp's), if any."""
    aiohttp = sys.modules.get("aiohttp")
    if aiohttp is None:
        return None
    return next((c for c in causes(exc)[1:] if isinstance(c, aiohttp.ClientError)), None)


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
    if isinstance(exc, httpx.LocalProtocolError):
        said = str(exc)
        if "header" in said.lower():  # h11's message holds the header's value, which may be the API key
            said = "a header name or value HTTP cannot carry (CR, LF, NUL, or white space at either end)"
        return APIConnectionError(f"the request was not sent: {said}{where}", request=request)
    return APIConnectionError(f"connection failed: {exc or type(exc).__name__}{where}", request=request)


def _refused_by_idna(exc: Exception) -> bool:
    """Whether `exc` is IDNA refusing a host name: the `idna` package's error, or the standard codec's (a
    UnicodeError saying "idna" in 3.11, in a note in 3.12, a UnicodeEncodeError of encoding "idna" in 3.13)."""
    if not isinstance(exc, UnicodeError):
        return False
    if type(exc).__module__.startswith("idna") or getattr(exc, "encoding", None) == "idna":
        return True
    return "idna" in " ".join([str(exc), *getattr(exc, "__notes__", ())])


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
    if _refused_by_idna(exc):
        # a host name IDNA refuses, from a server's redirect (the address is checked when the client is made):
        # `xn--` junk, as httpx builds the request, or `a..b`, as the socket layer encodes it to connect
        return APIConnectionError(
            f"the request was not sent: the host name it was sent or redirected to cannot be looked up ({exc}){where}",
            request=request,
        )
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
# UnicodeError: an unencodable header value, or a host name IDNA refuses (the `idna` package's errors are
# UnicodeErrors), which httpx raises as it builds a redirect's request.
HTTPX_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, httpx.CookieConflict, UnicodeError)


def transport_error(exc: Exception) -> httpx.TransportError | None:
    """`exc` as an httpx transport error, if it is one or a foreign transport's own that escaped its mapping
    (httpx-aiohttp lets aiohttp's ClientResponseError, a malformed answer, through): else None. The foreign
    exception is kept as the cause, which `never_sent` and `connection_error` read. httpx's own pool lets h11's
    LocalProtocolError through from a body longer than its Content-Length (a file that grew while it was sent)."""
    if isinstance(exc, httpx.TransportError):
        return exc
    h11 = sys.modules.get("h11")
    if h11 is not None and isinstance(exc, h11.LocalProtocolError):
        local = httpx.LocalProtocolError(str(exc) or type(exc).__name__)
        local.__cause__ = exc
        return local
    aiohttp = sys.modules.get("aiohttp")
    if aiohttp is not None and isinstance(exc, aiohttp.ClientError):
        error = httpx.RemoteProtocolError(str(exc) or type(exc).__name__)
        error.__cause__ = exc
        return error
    return None


def unsent_cause(exc: Exception) -> Exception | None:
    """The cause to chain to an error: none for an unencodable or illegal header value, which may be the API key
    (h11's LocalProtocolError names it)."""
    return None if isinstance(exc, (UnicodeEncodeError, httpx.LocalProtocolError)) else exc


_HTTP_LIBRARIES = ("httpx", "httpx2")


def library_of_class(cls: type) -> str | None:
    """httpx or httpx2 when `cls` is one of that library's public classes, else None. By identity, not by
    `__module__`: openai rewrites that of httpx's BaseTransport (its `Transport`) to "openai"."""
    for name in _HTTP_LIBRARIES:
        library = sys.modules.get(name)
        if library is not None and getattr(library, cls.__name__, None) is cls:
            return library.__name__  # httpx2 for `httpx` under httpx2.alias_httpx()
    return None


def _library(cls: type) -> str | None:
    """httpx or httpx2: the library a class is built on (itself or a base class), None for neither."""
    return next((home for klass in cls.__mro__ if (home := library_of_class(klass)) is not None), None)


def named(cls: type) -> str:
    """`an httpx.Client`, `an httpx2.HTTPTransport`, `a myapp.Transport`: a class as a reader would import it."""
    module = library_of_class(cls) or cls.__module__
    name = cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"
    return f"{'an' if name[0] in 'aeiouAEIOU' or name.startswith('http') else 'a'} {name}"


def check_http_object(what: str, value: object, expected: type) -> None:
    """Refuse at construction an `http_client=` or `transport=` that is no instance of `expected` (httpx.Client,
    httpx.AsyncClient, httpx.BaseTransport or httpx.AsyncBaseTransport, as this client is sync or async): one
    of another library (httpx2's, unless httpx2.alias_httpx() made httpx httpx2), of the other kind (sync for
    async, async for sync), or none at all. Taken as it is, it would fail only at the first call, with a
    message about something else ("async request with a sync Client", a bare AssertionError)."""
    if isinstance(value, expected):
        return
    ours, wanted, given = httpx.__name__, named(expected), named(type(value))
    if expected is httpx.BaseTransport:
        wanted += f" (such as {ours}.HTTPTransport)"
    elif expected is httpx.AsyncBaseTransport:
        wanted += f" (such as {ours}.AsyncHTTPTransport or httpx_aiohttp.AiohttpTransport)"
    library = _library(type(value))
    if library is not None and library != ours:
        hint = (
            ", or run on httpx2 with httpx2.alias_httpx() before importing h2ogpte_ext" if library == "httpx2" else ""
        )
        raise H2OGPTEError(
            f"{what} is {given}, but this client is built on {ours} ({ours}.{expected.__qualname__}); "
            f"pass {wanted}{hint}"
        )
    clients, transports = (httpx.Client, httpx.AsyncClient), (httpx.BaseTransport, httpx.AsyncBaseTransport)
    sync = expected in (httpx.Client, httpx.BaseTransport)
    other = (clients if expected in clients else transports)[1 if sync else 0]
    if isinstance(value, other):
        this, that = ("H2OGPTE", "AsyncH2OGPTE") if sync else ("AsyncH2OGPTE", "H2OGPTE")
        raise H2OGPTEError(
            f"{what} is {given}, {'async' if sync else 'sync'}, but {this} is {'sync' if sync else 'async'}: "
            f"pass {wanted}, or use {that} with {given}"
        )
    # A client given as the transport, or a transport as the client: each has its own keyword.
    swapped = isinstance(value, transports if expected in clients else clients)
    elsewhere = f" ({given} goes in {'transport' if expected in clients else 'http_client'}=)" if swapped else ""
    raise H2OGPTEError(f"{what} must be {wanted}, not {given}{elsewhere}")
