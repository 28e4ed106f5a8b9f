"""The OpenAI-compatible door of h2oGPTe (`/openai_api/v1`): the `openai` package's own clients, pointed at it.

Needs the extra: `pip install 'h2ogpte-ext[openai]'`; `openai` is imported only here, on first use. Works with
openai 1.x and 2.x, built on httpx, and 3.x, built on httpx2 (the same API in a package of its own, whose
classes httpx's are not). Which one the installed openai uses is read from the class of its
`DefaultHttpxClient`, not from its version.

What of this client's settings reaches the door, on every major version:

- timeout: our `httpx.Timeout`, rebuilt as a Timeout of the library openai uses (a caller's `timeout=` too).
- TLS: the door's HTTP client is built here, from openai's `DefaultHttpxClient` (openai's connection limits
  and redirects) with `verify` and `trust_env`. `verify=False` and an `ssl.SSLContext` go as they are; a CA
  bundle path becomes `ssl.create_default_context(cafile=...)` (or `capath=` for a folder), since httpx and
  httpx2 deprecate `verify="path"`; `verify=True` keeps the library's own trust store (httpx: certifi;
  httpx2: the operating system's).
- trust_env: `trust_env=False` keeps HTTP(S)_PROXY, ALL_PROXY, NO_PROXY, SSL_CERT_FILE and SSL_CERT_DIR out,
  as on our own client, so the API key never goes through a proxy the caller opted out of.
- retries: openai retries any request, whatever its method, up to `max_retries` times, on connection errors,
  timeouts and 408, 409, 429 and 5xx. Ours send a POST again only with `retry_post=True`. Unless it is, the
  door is a subclass of `OpenAI` / `AsyncOpenAI` whose `request()` (the method every get, post, put, delete
  and page of a list goes through, with the same `(cast_to, options, ...)` since openai 1.0) gives a request
  that is not idempotent (not GET, HEAD, PUT, DELETE or OPTIONS) a retry budget of 0: its
  `FinalRequestOptions.max_retries`, which openai reads before its first attempt. Idempotent requests keep
  `max_retries`. So a completion is sent once, even when the connection failed before it reached the server
  (where our own client would send it again). Should a release of openai change that hook, `client.openai()`
  says so rather than retrying a POST; with `retry_post=True` the door is openai's plain client.

- credentials: the API key, or `auth=`: the door's HTTP client then sends with it (a subclass of the Auth of the
  library openai uses, around ours), so a token provider is asked as for our own requests (the token it gave is
  shared), and a 401 is answered once by sending the request again with a new token (the body is read into
  memory first: openai's bodies are); a second 401 is openai's `AuthenticationError`.
- default_headers: sent by the door too (openai's `default_headers=`, a caller's winning).

Keyword settings given to `client.openai(...)` win: a caller's `http_client=` is used as it is (its own
proxies and TLS; with `auth=` it must authenticate itself, or `api_key=` be given too), a caller's
`max_retries=` is the budget of idempotent requests.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import ssl
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from h2ogpte_ext._config import ClientOptions, tls_verify
from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._retry import DEFAULT_RETRY

if TYPE_CHECKING:
    import openai

OPENAI_PATH = "/openai_api/v1"
# openai's own api_key when the client has auth= instead: required by openai, never sent (the auth replaces it).
AUTH_PLACEHOLDER = "h2ogpte-ext-auth"


def _openai() -> Any:
    try:
        import openai
    except ImportError:
        raise H2OGPTEError(
            "the OpenAI-compatible client needs the openai package: pip install 'h2ogpte-ext[openai]'"
        ) from None
    return openai


def _http_library(module: Any) -> Any:
    """The HTTP library the installed openai is built on: httpx2 (openai 3) or httpx (openai 1 and 2), told
    by the base class of its `DefaultHttpxClient`; None if it is neither."""
    base = module.DefaultHttpxClient
    for name in ("httpx2", "httpx"):  # httpx2 first: `httpx2.alias_httpx()` may make both names one module
        library = sys.modules.get(name)
        client = getattr(library, "Client", None)
        if isinstance(client, type) and isinstance(base, type) and issubclass(base, client):
            return library
    return None


def _timeout(library: Any, value: Any) -> Any:
    """`value` as a Timeout of `library` when it is a Timeout of the other one; anything else as it is."""
    parts = ("connect", "read", "write", "pool")
    if library is None or isinstance(value, library.Timeout) or not all(hasattr(value, part) for part in parts):
        return value
    return library.Timeout(connect=value.connect, read=value.read, write=value.write, pool=value.pool)


def _own_http_client(module: Any, options: ClientOptions, timeout: Any, *, asynchronous: bool) -> Any:
    """openai's default HTTP client with our TLS, environment and timeout; closed when garbage-collected,
    as the one openai builds for itself is."""
    library = _http_library(module)
    if library is None:
        raise H2OGPTEError(
            f"openai {getattr(module, '__version__', '?')}: its DefaultHttpxClient ({module.DefaultHttpxClient!r}) "
            "is neither an httpx nor an httpx2 client; pass your own http_client= to client.openai()"
        )
    verify = tls_verify(options.verify)
    if verify is True and not options.trust_env:
        verify = _store_without_environment(library)
    settings = {"timeout": timeout, "verify": verify, "trust_env": options.trust_env}
    if options.auth is not None:
        settings["auth"] = _door_auth_class(library.Auth)(options.auth, raises=False, read_body=True)
    owned: Any = _owned_classes(module.DefaultHttpxClient, module.DefaultAsyncHttpxClient)[asynchronous]
    return owned(**settings)


@functools.cache
def _door_auth_class(base: type) -> type:
    """Our `RefreshingAuth` (one 401 answered with a new token) as an Auth of the library openai uses (httpx's
    or httpx2's), whose clients take no other: both flows, from our sync and async clients' own classes."""
    from h2ogpte_ext._async._transport import AsyncRefreshingAuth
    from h2ogpte_ext._sync._transport import RefreshingAuth

    methods = {
        "__init__": RefreshingAuth.__init__,
        "__repr__": RefreshingAuth.__repr__,
        "sync_auth_flow": RefreshingAuth.sync_auth_flow,
        "async_auth_flow": AsyncRefreshingAuth.async_auth_flow,
    }
    return type("RefreshingAuth", (base,), methods)


def _store_without_environment(library: Any) -> ssl.SSLContext:
    """The library's own trust store, read without SSL_CERT_FILE / SSL_CERT_DIR: httpx's is certifi's bundle,
    httpx2's the operating system's. With `trust_env=False` this is built here, because OpenSSL itself reads
    those variables whenever a context loads the default paths (as httpx2 2.14, the last release for Python
    3.10, does), whatever `trust_env` says."""
    if library.__name__ == "httpx":
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    paths = ssl.get_default_verify_paths()  # the compiled-in paths, not the environment's
    cafile = paths.openssl_cafile if Path(paths.openssl_cafile).is_file() else None
    capath = paths.openssl_capath if Path(paths.openssl_capath).is_dir() else None
    return ssl.create_default_context(cafile=cafile, capath=capath)


@functools.cache
def _owned_classes(sync_base: type, async_base: type) -> tuple[type, type]:
    def close_sync(self: Any) -> None:
        with contextlib.suppress(Exception):  # at interpreter exit, or half-built: nothing left to close
            if not self.is_closed:
                self.close()

    def close_async(self: Any) -> None:
        import asyncio  # here: a sync program's `import h2ogpte_ext` does not pay for asyncio

        with contextlib.suppress(Exception):  # no running loop: the connections go with the client
            if not self.is_closed:
                asyncio.get_running_loop().create_task(self.aclose())

    sync_owned = type("OwnedHttpxClient", (sync_base,), {"__del__": close_sync})
    async_owned = type("OwnedAsyncHttpxClient", (async_base,), {"__del__": close_async})
    return sync_owned, async_owned


def _settings(options: ClientOptions, overrides: dict[str, Any], library: Any) -> dict[str, Any]:
    settings = {
        "base_url": options.address + OPENAI_PATH,
        # With auth=, the door's HTTP client sets Authorization at every request: openai's is replaced.
        "api_key": options.api_key if options.api_key is not None else AUTH_PLACEHOLDER,
        "timeout": options.timeout,
        "max_retries": options.max_retries,
        **overrides,
    }
    if options.default_headers:
        settings["default_headers"] = {**options.default_headers, **(overrides.get("default_headers") or {})}
    settings["timeout"] = _timeout(library, settings["timeout"])
    return settings


def _once(options: Any) -> Any:
    """The request options with a retry budget of 0 if the request is not idempotent and has no budget of its
    own; idempotent ones as they are."""
    method, budget = getattr(options, "method", None), getattr(options, "max_retries", None)
    if not isinstance(method, str) or budget is None:
        raise H2OGPTEError(
            f"this release of openai sends requests without the options (method, max_retries) that "
            f"client.openai() relies on to send a POST only once ({type(options).__name__}); use "
            "client.with_options(retry_post=True).openai() for openai's own retries"
        )
    if DEFAULT_RETRY.resends(method.upper()) or isinstance(budget, int):
        return options
    copied = options.model_copy() if hasattr(options, "model_copy") else options.copy()  # pydantic 2 or 1
    copied.max_retries = 0
    return copied


def _once_in(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    if "options" in kwargs:
        return args, {**kwargs, "options": _once(kwargs["options"])}
    if len(args) >= 2:
        return (args[0], _once(args[1]), *args[2:]), kwargs
    return args, kwargs  # not a call openai makes: openai itself reports what is missing


def _check_hook(cls: Any) -> None:
    names = list(inspect.signature(cls.request).parameters)
    if names[1:3] != ["cast_to", "options"]:
        raise H2OGPTEError(
            f"this release of openai changed {cls.__name__}.request{tuple(names[1:])}, the method client.openai() "
            "relies on to send a POST only once; use client.with_options(retry_post=True).openai() for "
            "openai's own retries"
        )


@functools.cache
def _post_once_classes() -> tuple[type[openai.OpenAI], type[openai.AsyncOpenAI]]:
    """Subclasses of `OpenAI` / `AsyncOpenAI` that send a request that is not idempotent only once."""
    _openai()
    import openai

    _check_hook(openai.OpenAI)
    _check_hook(openai.AsyncOpenAI)

    class OpenAIPostOnce(openai.OpenAI):
        """openai's `OpenAI`; a POST is sent once (h2ogpte_ext retries a POST only with `retry_post=True`)."""

        def request(self, *args: Any, **kwargs: Any) -> Any:
            args, kwargs = _once_in(args, kwargs)
            return super().request(*args, **kwargs)

    class AsyncOpenAIPostOnce(openai.AsyncOpenAI):
        """openai's `AsyncOpenAI`; a POST is sent once (h2ogpte_ext retries a POST only with `retry_post=True`)."""

        async def request(self, *args: Any, **kwargs: Any) -> Any:
            args, kwargs = _once_in(args, kwargs)
            return await super().request(*args, **kwargs)

    return OpenAIPostOnce, AsyncOpenAIPostOnce


@overload
def openai_client(
    options: ClientOptions, overrides: dict[str, Any], *, asynchronous: Literal[False]
) -> openai.OpenAI: ...


@overload
def openai_client(
    options: ClientOptions, overrides: dict[str, Any], *, asynchronous: Literal[True]
) -> openai.AsyncOpenAI: ...


def openai_client(
    options: ClientOptions, overrides: dict[str, Any], *, asynchronous: bool
) -> openai.OpenAI | openai.AsyncOpenAI:
    """openai's `OpenAI` (or `AsyncOpenAI`) for this client's settings, `overrides` applied."""
    module = _openai()
    settings = _settings(options, overrides, _http_library(module))
    if "http_client" not in overrides:
        settings["http_client"] = _own_http_client(module, options, settings["timeout"], asynchronous=asynchronous)
    elif options.auth is not None and "api_key" not in overrides and overrides["http_client"].auth is None:
        raise H2OGPTEError(
            "this client authenticates with auth=, which a caller's http_client= cannot carry for it: give that "
            "client auth= itself, pass api_key= too, or leave http_client= out"
        )
    plain = module.AsyncOpenAI if asynchronous else module.OpenAI
    cls = plain if options.retry_post else _post_once_classes()[int(asynchronous)]
    client: openai.OpenAI | openai.AsyncOpenAI = cls(**settings)
    return client
