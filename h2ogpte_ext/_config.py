"""Client settings: where the server is, the API key, timeouts and retries, from arguments or the environment."""

from __future__ import annotations

import ipaddress
import logging
import math
import os
import ssl
from pathlib import Path
from typing import Any, TypeAlias

import httpx
from attrs import define, evolve, field

from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._retry import DEFAULT_RETRY, RetryPolicy, check_max_retries
from h2ogpte_ext._transport import shown_url

log = logging.getLogger("h2ogpte_ext")

ADDRESS_ENV = "H2OGPTE_ADDRESS"
API_KEY_ENV = "H2OGPTE_API_KEY"
API_PATH = "/api/v1"
# Connecting is quick or it fails; reading waits long enough for a non-streamed agent answer.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=600.0, write=600.0, pool=30.0)
DEFAULT_MAX_RETRIES = DEFAULT_RETRY.max_retries
# The longest any part of a timeout may be: a week. Far beyond any real wait, and far below what the OS
# can arm (a socket timeout of ~9.2e9 s overflows).
MAX_TIMEOUT = 7 * 24 * 3600.0

TimeoutLike: TypeAlias = float | httpx.Timeout
Verify: TypeAlias = bool | str | ssl.SSLContext

_warned_plain_http: set[str] = set()


@define(frozen=True)
class ClientOptions:
    """Resolved, validated settings of one client object (the API key never shows in repr)."""

    address: str  # the server's origin, e.g. "https://h2ogpte.example.com"
    api_key: str = field(repr=False)
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    retry: RetryPolicy = DEFAULT_RETRY
    verify: Verify = True
    trust_env: bool = True  # proxies (HTTPS_PROXY, NO_PROXY, ...) and CA bundles (SSL_CERT_FILE) from the environment

    @property
    def api_url(self) -> str:
        return self.address + API_PATH

    @property
    def max_retries(self) -> int:
        return self.retry.max_retries

    @property
    def retry_post(self) -> bool:
        """Whether a POST is sent again after a failure that may have reached the server (the caller said so)."""
        return self.retry.resends("POST")


def _finite_seconds(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def to_timeout(value: TimeoutLike | None) -> httpx.Timeout:
    """An explicit, finite timeout; `None`, infinity and NaN (wait forever) are refused, and so is any part
    longer than MAX_TIMEOUT (a week)."""
    if isinstance(value, httpx.Timeout):
        timeout = value
    elif _finite_seconds(value):
        assert isinstance(value, (int, float))
        timeout = httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))
    else:
        raise H2OGPTEError(f"timeout must be a finite, positive number of seconds or an httpx.Timeout, not {value!r}")
    parts = {"connect": timeout.connect, "read": timeout.read, "write": timeout.write, "pool": timeout.pool}
    unbounded = [name for name, seconds in parts.items() if not _finite_seconds(seconds)]
    if unbounded:
        raise H2OGPTEError(
            f"timeouts must be finite: every part of the httpx.Timeout needs a positive number of seconds "
            f"({', '.join(unbounded)} has none)"
        )
    too_long = [f"{name}={seconds:g}" for name, seconds in parts.items() if (seconds or 0) > MAX_TIMEOUT]
    if too_long:
        raise H2OGPTEError(f"a timeout may be at most {MAX_TIMEOUT:g} seconds (a week), not {', '.join(too_long)}")
    return timeout


def tls_verify(verify: Verify) -> bool | ssl.SSLContext:
    """`verify` as httpx takes it without a DeprecationWarning (httpx 0.28 deprecates `verify="path"`): a CA
    bundle path becomes an `ssl.SSLContext` trusting it, as httpx itself made it (a folder: `capath`, a file:
    `cafile`); True, False and an SSLContext are kept. True stays True so that httpx, with `trust_env`, still
    takes SSL_CERT_FILE / SSL_CERT_DIR; a path, as before, is used whatever the environment says."""
    if not isinstance(verify, str):
        return verify
    if not Path(verify).exists():
        raise H2OGPTEError(f"cannot load the TLS certificates: verify={verify!r} is no CA bundle file or folder")
    try:
        if Path(verify).is_dir():
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise H2OGPTEError(f"cannot load the TLS certificates (verify={verify!r}): {exc}") from exc


def normalise_address(address: str) -> str:
    """The server's origin: scheme and host, without a trailing slash or /api/v1.

    A user name or password in the address (`https://user:pass@host`) is refused: the API key is what
    authenticates, and a password in a URL ends up in logs. So is a query string or a fragment (an address
    copied from a browser): every call's path would be appended after it.
    """
    text = address.strip().rstrip("/")
    if "?" in text or "#" in text:
        # e.g. copied from a browser's address bar: every call would go to `<address>/api/v1...` after the query
        part = "a query string (?...)" if "?" in text.split("#", 1)[0] else "a fragment (#...)"
        raise H2OGPTEError(
            f"address must not hold {part}: {shown_url(text.split('#', 1)[0])!r}; pass the server's address "
            "alone, such as https://h2ogpte.example.com"
        )
    text = text.removesuffix(API_PATH)
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL:
        raise H2OGPTEError(f"address is not a valid URL: {shown_url(text)}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise H2OGPTEError(
            f"address must be an http(s) URL such as https://h2ogpte.example.com, not {shown_url(text)!r}"
        )
    if url.userinfo:
        raise H2OGPTEError(
            f"address must not hold a user name or password ({shown_url(text)} with userinfo): "
            "the API key authenticates; pass it as api_key= or H2OGPTE_API_KEY"
        )
    return text


def check_api_key(api_key: object) -> str:
    """The API key, if it can travel in an HTTP header; the error never shows it."""
    if not isinstance(api_key, str):
        raise H2OGPTEError(f"api_key must be a string, not {type(api_key).__name__}")
    key = api_key
    if not key:
        raise H2OGPTEError(f"no API key: pass api_key=... or set {API_KEY_ENV}")
    bad = next((i for i, ch in enumerate(key) if not " " < ch < "\x7f"), None)
    if bad is not None:
        char = key[bad]
        what = (
            "a line break"
            if char in "\r\n"
            else "a non-ASCII character"
            if char > "\x7f"
            else "a space"
            if char == " "
            else "a control character"
        )
        raise H2OGPTEError(
            f"the API key holds {what} at position {bad} (of {len(key)} characters): an API key is printable "
            "ASCII without spaces; check how it was copied or set"
        )
    return key


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def retry_policy(retry: RetryPolicy, max_retries: int | None, retry_post: bool | None) -> RetryPolicy:
    """`retry` with `max_retries` and `retry_post` (POST among the methods sent again, or not) applied."""
    if not isinstance(retry, RetryPolicy):
        raise H2OGPTEError(f"retry must be an h2ogpte_ext.RetryPolicy, not {type(retry).__name__}")
    changes: dict[str, Any] = {}
    if max_retries is not None:
        changes["max_retries"] = check_max_retries(max_retries)
    if retry_post is not None:
        if not isinstance(retry_post, bool):
            raise H2OGPTEError(f"retry_post must be True or False, not {retry_post!r}")
        changes["methods"] = retry.methods | {"POST"} if retry_post else retry.methods - {"POST"}
    return evolve(retry, **changes) if changes else retry


def resolve(
    *,
    address: str | None,
    api_key: str | None,
    timeout: TimeoutLike,
    verify: Verify,
    retry: RetryPolicy = DEFAULT_RETRY,
    max_retries: int | None = None,
    retry_post: bool | None = None,
    trust_env: bool = True,
) -> ClientOptions:
    address = address if address is not None else os.environ.get(ADDRESS_ENV)
    if not address:
        raise H2OGPTEError(f"no server address: pass address=... or set {ADDRESS_ENV}")
    api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not api_key:
        raise H2OGPTEError(f"no API key: pass api_key=... or set {API_KEY_ENV}")
    api_key = check_api_key(api_key)
    options = ClientOptions(
        address=normalise_address(address),
        api_key=api_key,
        timeout=to_timeout(timeout),
        retry=retry_policy(retry, max_retries, retry_post),
        verify=verify,
        trust_env=trust_env,
    )
    url = httpx.URL(options.address)
    if url.scheme == "http" and not _is_loopback(url.host) and options.address not in _warned_plain_http:
        _warned_plain_http.add(options.address)
        log.warning("%s is plain http: the API key travels unencrypted; use https", options.address)
    return options
