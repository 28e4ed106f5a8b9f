"""Client settings: where the server is, the API key, timeouts and retries, from arguments or the environment."""

from __future__ import annotations

import ipaddress
import logging
import os
import ssl
from typing import TypeAlias

import httpx
from attrs import define, field

from h2ogpte_ext._errors import H2OGPTEError

log = logging.getLogger("h2ogpte_ext")

ADDRESS_ENV = "H2OGPTE_ADDRESS"
API_KEY_ENV = "H2OGPTE_API_KEY"
API_PATH = "/api/v1"
# Connecting is quick or it fails; reading waits long enough for a non-streamed agent answer.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=600.0, write=600.0, pool=30.0)
DEFAULT_MAX_RETRIES = 2

TimeoutLike: TypeAlias = float | httpx.Timeout
Verify: TypeAlias = bool | str | ssl.SSLContext

_warned_plain_http: set[str] = set()


@define(frozen=True)
class ClientOptions:
    """Resolved, validated settings of one client object (the API key never shows in repr)."""

    address: str  # the server's origin, e.g. "https://h2ogpte.example.com"
    api_key: str = field(repr=False)
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    verify: Verify = True
    retry_post: bool = False  # POST is retried only when the caller says it is safe

    @property
    def api_url(self) -> str:
        return self.address + API_PATH


def to_timeout(value: TimeoutLike | None) -> httpx.Timeout:
    """An explicit, finite timeout; `None` (wait forever) is refused."""
    if isinstance(value, httpx.Timeout):
        timeout = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        timeout = httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))
    else:
        raise H2OGPTEError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {value!r}")
    if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        raise H2OGPTEError("timeouts must be finite: every part of the httpx.Timeout needs a value")
    return timeout


def normalise_address(address: str) -> str:
    """The server's origin: scheme and host, without a trailing slash or /api/v1."""
    text = address.strip().rstrip("/")
    text = text.removesuffix(API_PATH)
    url = httpx.URL(text)
    if url.scheme not in ("http", "https") or not url.host:
        raise H2OGPTEError(f"address must be an http(s) URL such as https://h2ogpte.example.com, not {address!r}")
    return text


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve(
    *,
    address: str | None,
    api_key: str | None,
    timeout: TimeoutLike,
    max_retries: int,
    verify: Verify,
    retry_post: bool,
) -> ClientOptions:
    address = address if address is not None else os.environ.get(ADDRESS_ENV)
    if not address:
        raise H2OGPTEError(f"no server address: pass address=... or set {ADDRESS_ENV}")
    api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not api_key:
        raise H2OGPTEError(f"no API key: pass api_key=... or set {API_KEY_ENV}")
    if not isinstance(max_retries, int) or max_retries < 0:
        raise H2OGPTEError(f"max_retries must be a whole number >= 0, not {max_retries!r}")
    options = ClientOptions(
        address=normalise_address(address),
        api_key=api_key,
        timeout=to_timeout(timeout),
        max_retries=max_retries,
        verify=verify,
        retry_post=retry_post,
    )
    url = httpx.URL(options.address)
    if url.scheme == "http" and not _is_loopback(url.host) and options.address not in _warned_plain_http:
        _warned_plain_http.add(options.address)
        log.warning("%s is plain http: the API key travels unencrypted; use https", options.address)
    return options
