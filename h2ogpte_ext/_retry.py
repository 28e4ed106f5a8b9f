"""The retry policy, stated once (`RetryPolicy`), and its decisions, made without I/O (`RetryState`): the
transports (`h2ogpte_ext._async._transport`) only wait and send again.

What is retried (`RetryPolicy.describe()` says it in a sentence, and the README quotes that sentence): a
request whose method may be resent (`methods`), up to `max_retries` times, after a connection error, a timeout,
or a status in `statuses` or any 5xx but those in `permanent`; any request, whatever its method, when the
connection itself surely failed (`never_sent`), as it then never reached the server. The server's Retry-After
wins over the backoff unless it asks for more than `max_retry_after` seconds: then the error is the answer,
with the wait on it. A request is sent again only with the same bytes: a body that cannot be replayed (a
generator, a pipe) is never retried (`rewinder`).
"""

from __future__ import annotations

import email.utils
import math
import random
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any

import httpx
from attrs import define, field

from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._httpx_private import body_files, body_source

# Failures that sending again cannot cure: a request httpx refuses to write, a URL it cannot send to.
NEVER_RETRIED = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
# The request never reached the server, by httpx's own word (`never_sent` checks the cause too).
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _whole(name: str, value: object, least: int = 0) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        raise H2OGPTEError(f"{name} must be a whole number >= {least}, not {value!r}")


def _seconds(name: str, value: object) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) or value < 0:
        raise H2OGPTEError(f"{name} must be a finite number of seconds >= 0, not {value!r}")


def check_max_retries(value: object) -> int:
    """`max_retries` as the constructor, `with_options`, a policy and a single call all take it."""
    _whole("max_retries", value)
    assert isinstance(value, int)
    return value


def _statuses(value: Iterable[int]) -> frozenset[int]:
    codes = frozenset(value)
    bad = sorted((c for c in codes if not isinstance(c, int) or isinstance(c, bool) or not 100 <= c <= 599), key=repr)
    if bad:
        raise H2OGPTEError(f"HTTP statuses are whole numbers from 100 to 599, not {', '.join(map(repr, bad))}")
    return codes


def _methods(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise H2OGPTEError(f"methods is a set of HTTP methods such as {{'GET', 'PUT'}}, not the string {value!r}")
    methods = frozenset(value)
    bad = sorted(repr(m) for m in methods if not isinstance(m, str) or not m.isalpha() or not m.isupper())
    if bad:
        raise H2OGPTEError(f"HTTP methods are upper-case words such as 'GET', not {', '.join(bad)}")
    return methods


def _check(policy: RetryPolicy, attribute: Any, value: Any) -> None:
    if attribute.name == "max_retries":
        check_max_retries(value)
    else:
        _seconds(attribute.name, value)


_METHODS = ("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "POST", "PATCH")


def _method_order(method: str) -> tuple[int, str]:
    return (_METHODS.index(method) if method in _METHODS else len(_METHODS), method)


@define(frozen=True, kw_only=True)
class RetryPolicy:
    """When a request is sent again, and after how long: set it with `H2OGPTE(retry=RetryPolicy(...))` or
    `client.with_options(retry=...)`; `max_retries=` and `retry_post=` there change the one field each.

        policy = RetryPolicy(statuses=RetryPolicy().statuses | {423, 425}, max_retries=5)
        client = H2OGPTE(retry=policy)

    `statuses` are retried, and so is every 5xx but those in `permanent` (they will not change by asking
    again). Only `methods` are sent again after a failure that may have reached the server (POST only when the
    caller says that is safe: `retry_post=True`). The n-th retry waits `initial_delay * 2**n` seconds at most
    (capped at `max_delay`, less up to a quarter for jitter), unless the server says how long (Retry-After):
    up to `max_retry_after` seconds that wins; beyond it, nothing is retried and the error carries the wait.
    """

    max_retries: int = field(default=2, validator=_check)
    statuses: frozenset[int] = field(default=frozenset({408, 409, 429}), converter=_statuses)
    permanent: frozenset[int] = field(default=frozenset({501, 505}), converter=_statuses)
    methods: frozenset[str] = field(default=frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}), converter=_methods)
    initial_delay: float = field(default=0.5, validator=_check)
    max_delay: float = field(default=8.0, validator=_check)
    max_retry_after: float = field(default=60.0, validator=_check)

    def retries_status(self, status: int) -> bool:
        """Whether an answer with this status is worth asking again (method aside)."""
        return status in self.statuses or (status >= 500 and status not in self.permanent)

    def resends(self, method: str) -> bool:
        """Whether a request of this method may be sent again after a failure that may have reached the server."""
        return method in self.methods

    def backoff(self, attempt: int) -> float:
        """The wait before retry number `attempt + 1` when the server does not say."""
        delay = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return delay * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not cryptography

    def describe(self) -> str:
        """The policy in one sentence (the README quotes the default's)."""
        statuses = ", ".join(str(s) for s in sorted(self.statuses))
        permanent = " and ".join(str(s) for s in sorted(self.permanent))
        methods = ", ".join(sorted(self.methods, key=_method_order))
        return (
            f"Up to {self.max_retries} retries of {methods} requests on connection errors, timeouts and "
            f"{statuses} and 5xx{f' except {permanent}' if permanent else ''}, waiting {self.initial_delay:g} s "
            f"doubling to {self.max_delay:g} s with jitter, or the server's Retry-After up to "
            f"{self.max_retry_after:g} s; any method when the connection was never made."
        )


DEFAULT_RETRY = RetryPolicy()


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
    return seconds if math.isfinite(seconds) else None


def causes(exc: BaseException) -> list[BaseException]:
    """`exc` and what caused it (`raise ... from`, else what was being handled), innermost last."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


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
    for cause in causes(exc)[1:]:
        module = type(cause).__module__
        if module.startswith("httpcore") or module == "h2ogpte_ext._http11":  # our own sync pool's NotSent
            return True
        if module.startswith("aiohttp"):
            aiohttp = sys.modules.get("aiohttp")
            return aiohttp is not None and isinstance(cause, aiohttp.ClientConnectorError)
    return False


@define
class RetryState:
    """The retry decisions for one request: call `after()` with each outcome; `reason` says why the last
    retry was decided."""

    policy: RetryPolicy
    method: str
    budget: int
    attempt: int = 0
    reason: str = ""

    def after(self, response: httpx.Response | None = None, error: Exception | None = None) -> float | None:
        """Seconds to wait before sending again, or None when this outcome is final."""
        if self.attempt >= self.budget:
            return None
        policy = self.policy
        if error is not None:
            if isinstance(error, NEVER_RETRIED):
                return None
            if not (never_sent(error) or (isinstance(error, httpx.TransportError) and policy.resends(self.method))):
                return None
            reason, delay = type(error).__name__, policy.backoff(self.attempt)
        else:
            assert response is not None
            status = response.status_code
            if not policy.retries_status(status) or not policy.resends(self.method):
                return None
            wanted = retry_after(response.headers)
            if wanted is not None and wanted > policy.max_retry_after:
                return None  # asking sooner than the server said is no answer: the caller gets the wait on the error
            delay = wanted if wanted is not None and wanted >= 0 else policy.backoff(self.attempt)
            reason = f"HTTP {status}"
        self.attempt += 1
        self.reason = reason
        return delay


def _seekable(file: Any) -> bool:
    """Whether a file object can go back to where it is now (a pipe or a socket cannot)."""
    try:
        file.seek(file.tell())
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both OSError and ValueError
        return False
    return True


def _nothing() -> None:
    return None


def rewinder(request: httpx.Request) -> Callable[[], None] | None:
    """How to send the request's body again byte for byte, or None when it cannot be replayed."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return _nothing
    files = body_files(stream)
    if files is not None:
        # httpx seeks each file to its start whenever it renders the body.
        return _nothing if all(_seekable(f) for f in files) else None
    source = body_source(stream)
    if source is not None and hasattr(source, "read") and _seekable(source):
        start = source.tell()
        return lambda: source.seek(start)
    return None
