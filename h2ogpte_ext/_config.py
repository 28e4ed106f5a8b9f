"""Client settings: where the server is, the credentials (an API key or `auth=`), headers, timeouts and retries,
from arguments or the environment.

Authentication beyond an API key: `auth=` is an `httpx.Auth` (its flow runs for every request), or a callable
that returns a current token (a `TokenCommand` is one): `BearerToken` asks it before the first request, keeps
the token, and asks again once the server refuses the token kept. The transports
(`h2ogpte_ext._async._transport.AsyncRefreshingAuth`) decide when: on a 401, once per request, and only for a
request whose body can be sent again. A token is never shown: not in a repr, an error or a log line.
"""

from __future__ import annotations

import inspect
import ipaddress
import logging
import math
import os
import re
import shlex
import ssl
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx
from attrs import define, evolve, field

from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._retry import DEFAULT_RETRY, RetryPolicy, check_max_retries
from h2ogpte_ext._transport import named, shown_url

if TYPE_CHECKING:
    import asyncio


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
    """Resolved, validated settings of one client object (the API key, `auth` and the headers' values never show
    in repr). Exactly one of `api_key` and `auth` is set."""

    address: str  # the server's origin, e.g. "https://h2ogpte.example.com"
    api_key: str | None = field(default=None, repr=False)
    # `auth=` as the client sends with it: the caller's httpx.Auth, or a BearerToken around their provider.
    auth: httpx.Auth | None = field(default=None, repr=False)
    # `default_headers=`: sent with every request, over those of a caller's own http_client.
    default_headers: Mapping[str, str] = field(factory=dict, repr=False)
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
    try:
        url.host  # noqa: B018 (decoding it is the check: an xn-- label that is no IDNA)
        url.raw_host.decode("ascii").encode("idna")  # as the socket layer encodes it for DNS
    except (UnicodeError, ValueError) as exc:
        raise H2OGPTEError(f"address has a host name that cannot be looked up ({exc}): {shown_url(text)!r}") from None
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
    if isinstance(api_key, str) and not api_key:
        raise H2OGPTEError(f"no API key: pass api_key=... or set {API_KEY_ENV}")
    return check_credential(api_key, "the API key")


# A header name: an RFC 9110 token.
_HEADER_NAME = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")


def check_headers(headers: object) -> dict[str, str]:
    """`default_headers=`: names and values that can be sent (printable ASCII; a value may hold spaces and tabs,
    no line breaks). A value is never shown in an error (it may be a secret): its header and position are.
    Authorization is refused: the API key or `auth=` sets it."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise H2OGPTEError(f"default_headers must be a mapping of header names to values, not {type(headers).__name__}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise H2OGPTEError(f"default_headers: {name!r} is not a header name (letters, digits and !#$%&'*+-.^_`|~)")
        if name.lower() == "authorization":
            raise H2OGPTEError("default_headers must not set Authorization: pass api_key= or auth=")
        if not isinstance(value, str):
            raise H2OGPTEError(f"default_headers: the value of {name} must be a string, not {type(value).__name__}")
        bad = next((i for i, ch in enumerate(value) if not (" " <= ch < "\x7f" or ch == "\t")), None)
        if bad is not None:
            char = value[bad]
            what = (
                "a line break"
                if char in "\r\n"
                else "a non-ASCII character"
                if char > "\x7f"
                else "a control character"
            )
            raise H2OGPTEError(
                f"default_headers: the value of {name} holds {what} at position {bad} (of {len(value)} characters): "
                "a header value is printable ASCII"
            )
        if any(name.lower() == other.lower() for other in checked):
            raise H2OGPTEError(f"default_headers names {name} twice (header names are case-insensitive)")
        checked[name] = value
    return checked


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


def credentials(api_key: str | None, auth: object, *, asynchronous: bool) -> tuple[str | None, httpx.Auth | None]:
    """The API key or the `auth` to send: `api_key=` or `auth=` (not both), else H2OGPTE_API_KEY or
    H2OGPTE_TOKEN_COMMAND from the environment (not both)."""
    if api_key is not None and auth is not None:
        raise H2OGPTEError("pass api_key= or auth=, not both")
    if auth is not None:
        return None, check_auth(auth, asynchronous=asynchronous)
    if api_key is not None:
        return check_api_key(api_key), None
    key, command = os.environ.get(API_KEY_ENV), os.environ.get(TOKEN_COMMAND_ENV, "").strip()
    if key and command:
        raise H2OGPTEError(f"both {API_KEY_ENV} and {TOKEN_COMMAND_ENV} are set: unset one, or pass api_key= or auth=")
    if command:
        return None, BearerToken(TokenCommand(command))
    if not key:
        raise H2OGPTEError(f"no API key: pass api_key=... or auth=..., or set {API_KEY_ENV} (or {TOKEN_COMMAND_ENV})")
    return check_api_key(key), None


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
    auth: object = None,
    default_headers: object = None,
    asynchronous: bool = False,
) -> ClientOptions:
    address = address if address is not None else os.environ.get(ADDRESS_ENV)
    if not address:
        raise H2OGPTEError(f"no server address: pass address=... or set {ADDRESS_ENV}")
    key, flow = credentials(api_key, auth, asynchronous=asynchronous)
    options = ClientOptions(
        address=normalise_address(address),
        api_key=key,
        auth=flow,
        default_headers=check_headers(default_headers),
        timeout=to_timeout(timeout),
        retry=retry_policy(retry, max_retries, retry_post),
        verify=verify,
        trust_env=trust_env,
    )
    url = httpx.URL(options.address)
    if url.scheme == "http" and not _is_loopback(url.host) and options.address not in _warned_plain_http:
        _warned_plain_http.add(options.address)
        what = "the API key travels" if key is not None else "the token travels"
        log.warning("%s is plain http: %s unencrypted; use https", options.address, what)
    return options


# --- auth=: token providers and the bearer token kept --------------------------------------------------------

TOKEN_COMMAND_ENV = "H2OGPTE_TOKEN_COMMAND"  # noqa: S105 - the name of a variable, not a secret

# A token provider of either client (`TokenProvider` and `AsyncTokenProvider`, in `_sync._io` and `_async._io`).
Provider: TypeAlias = Callable[[], "str | Awaitable[str]"]


def _what(char: str) -> str:
    if char in "\r\n":
        return "a line break"
    if char > "\x7f":
        return "a non-ASCII character"
    return "a space" if char == " " else "a control character"


def check_credential(value: object, what: str = "the API key") -> str:
    """`value` if it can travel in an HTTP header as `Bearer <value>`: printable ASCII without spaces. The error
    names the position of what is wrong, never the value (`what`: "the API key", "the token")."""
    if not isinstance(value, str):
        raise H2OGPTEError(f"{what} must be a string, not {type(value).__name__}")
    if not value:
        raise H2OGPTEError(f"{what} is empty")
    bad = next((i for i, ch in enumerate(value) if not " " < ch < "\x7f"), None)
    if bad is not None:
        raise H2OGPTEError(
            f"{what} holds {_what(value[bad])} at position {bad} (of {len(value)} characters): it must be printable "
            "ASCII without spaces; check how it was copied or set"
        )
    return value


def _name(provider: object) -> str:
    """How a provider is named in messages: its qualified name or its class, never its arguments."""
    if isinstance(provider, TokenCommand):
        return repr(provider)
    name = getattr(provider, "__qualname__", None) or type(provider).__qualname__
    return str(name)


def _is_async(provider: object) -> bool:
    call = type(provider).__call__ if not inspect.isroutine(provider) else None
    return inspect.iscoroutinefunction(provider) or inspect.iscoroutinefunction(call)


class BearerToken(httpx.Auth):
    """`Authorization: Bearer <token>` with the token a provider returns: asked for before the first request,
    kept, and asked for again after the server refused the token kept (`stale`). The provider's failures are
    `H2OGPTEError`s naming the provider; what it returns is checked as an API key is, and never shown."""

    def __init__(self, provider: Provider) -> None:
        self.provider: Provider = provider
        self._token: str | None = None
        self._lock = threading.Lock()  # threads needing a token at once (uploads) ask the provider once
        self._asking: asyncio.Future[str] | None = None  # so do tasks: they await the one call in flight

    def __repr__(self) -> str:
        return f"BearerToken({_name(self.provider)})"

    def _failed(self, exc: Exception) -> H2OGPTEError:
        return H2OGPTEError(f"the token provider {_name(self.provider)} failed: {type(exc).__name__}: {exc}")

    def _call(self) -> str | Awaitable[str]:
        try:
            return self.provider()
        except H2OGPTEError:
            raise
        except Exception as exc:
            raise self._failed(exc) from exc

    def _kept(self, token: object) -> str:
        self._token = check_credential(token, f"the token from {_name(self.provider)}")
        return self._token

    def token(self) -> str:
        """The token to send: the one kept, or a new one from the provider (which must not be async)."""
        if (kept := self._token) is not None:
            return kept
        with self._lock:
            if (kept := self._token) is not None:  # another thread asked meanwhile
                return kept
            token = self._call()
            if inspect.isawaitable(token):
                if inspect.iscoroutine(token):
                    token.close()  # never awaited: no "coroutine was never awaited" warning
                raise H2OGPTEError(
                    f"the token provider {_name(self.provider)} returned an awaitable: H2OGPTE needs one that "
                    "returns the token (AsyncH2OGPTE takes either)"
                )
            return self._kept(token)

    async def _ask(self) -> str:
        if _is_async(self.provider):
            token = self._call()
        else:  # a sync provider (a TokenCommand runs a program) would stop the event loop: a thread calls it
            import asyncio  # here: the sync client never imports asyncio

            token = await asyncio.to_thread(self._call)
        if inspect.isawaitable(token):
            try:
                token = await token
            except H2OGPTEError:
                raise
            except Exception as exc:
                raise self._failed(exc) from exc
        return self._kept(token)

    async def atoken(self) -> str:
        """The token to send: the one kept, or a new one from the provider (awaited if it is async); tasks of
        one event loop needing one at once share one call."""
        if (kept := self._token) is not None:
            return kept
        import asyncio  # here: the sync client never imports asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # another async library (trio): no task to share
            return await self._ask()
        asking = self._asking
        if asking is None or asking.done() or asking.get_loop() is not loop:
            asking = self._asking = loop.create_task(self._ask())
        return await asyncio.shield(asking)

    def stale(self, request: httpx.Request) -> None:
        """The server refused the token `request` carried: the next request asks the provider again (unless
        another request has already done so since)."""
        if self._token is not None and request.headers.get("Authorization") == f"Bearer {self._token}":
            self._token = None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Bearer {await self.atoken()}"
        yield request


class TokenCommand:
    """A token provider that runs a command and returns what it prints (surrounding whitespace removed), for
    identity tools that print an access token:

        token = TokenCommand("az account get-access-token --resource api://h2ogpte --query accessToken -o tsv")
        client = H2OGPTE(auth=token)

    `command` is a string (split as a shell would split it, but run without a shell) or a list of arguments.
    It runs before the first request and again after a 401, within `timeout` seconds; its standard input is
    empty. A failure (not found, a non-zero exit, nothing printed, past the timeout) is an `H2OGPTEError`
    naming the program and, for an exit code, the last line the command wrote to stderr; its arguments (they
    may hold a secret) and its output are never shown. `H2OGPTE_TOKEN_COMMAND` in the environment makes a
    client without `api_key=` or `auth=` use one (so does the command line's `--token-command`).
    """

    def __init__(self, command: str | Sequence[str], *, timeout: float = 60.0) -> None:
        args = shlex.split(command, posix=os.name != "nt") if isinstance(command, str) else list(command)
        if not args or not args[0] or not all(isinstance(arg, str) for arg in args):
            raise H2OGPTEError("TokenCommand needs a command: a string, or a list of strings")
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or not 0 < timeout < float("inf"):
            raise H2OGPTEError(f"TokenCommand's timeout must be a finite, positive number of seconds, not {timeout!r}")
        self.args: tuple[str, ...] = tuple(args)
        self.timeout: float = float(timeout)

    @property
    def program(self) -> str:
        """The program the command runs (its first word)."""
        return self.args[0]

    def __repr__(self) -> str:
        return f"TokenCommand({self.program!r}{', ...' if len(self.args) > 1 else ''})"

    def __call__(self) -> str:
        import subprocess  # here: most programs never run a token command, and need not import it

        program = self.program
        try:
            done = subprocess.run(  # the caller's own command, without a shell
                self.args,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=self.timeout,
                check=False,
            )
        except FileNotFoundError:
            raise H2OGPTEError(f"the token command {program!r} was not found") from None
        except subprocess.TimeoutExpired:
            raise H2OGPTEError(f"the token command {program!r} did not finish within {self.timeout:g} s") from None
        except OSError as exc:
            raise H2OGPTEError(f"the token command {program!r} could not run: {exc.strerror or exc}") from None
        if done.returncode != 0:
            lines = [line.strip() for line in done.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
            said = f": {lines[-1][:300]}" if lines else ""
            raise H2OGPTEError(f"the token command {program!r} failed (exit code {done.returncode}){said}")
        token = done.stdout.decode("utf-8", "replace").strip()
        if not token:
            raise H2OGPTEError(f"the token command {program!r} printed nothing")
        return check_credential(token, f"what the token command {program!r} printed")


def check_auth(auth: object, *, asynchronous: bool) -> httpx.Auth:
    """`auth=` as the client uses it: an `httpx.Auth` as it is, a callable as a `BearerToken`; anything else,
    and an async callable given to the sync client, is refused."""
    if isinstance(auth, httpx.Auth):
        return auth
    if isinstance(auth, (str, bytes)):
        raise H2OGPTEError(
            "auth= takes an httpx.Auth or a callable that returns a token, not a fixed token: pass that as api_key="
        )
    if not callable(auth):
        raise H2OGPTEError(f"auth= takes an httpx.Auth or a callable that returns a token, not {named(type(auth))}")
    if not asynchronous and _is_async(auth):
        raise H2OGPTEError(
            f"auth={_name(auth)} is async, but H2OGPTE is sync: pass a callable that returns the token, or use "
            "AsyncH2OGPTE"
        )
    return BearerToken(auth)
