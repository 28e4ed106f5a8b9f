"""Authentication beyond an API key: what `auth=` takes, and the bearer token kept from a provider.

`auth=` is an `httpx.Auth` (its flow runs for every request), or a callable that returns a current token (a
`TokenCommand` is one): `BearerToken` asks it before the first request, keeps the token, and asks again once
the server refuses the token kept. The transports (`h2ogpte_ext._async._transport.AsyncRefreshingAuth`) decide
when: on a 401, once per request, and only for a request whose body can be sent again. A token is never shown:
not in a repr, an error or a log line.
"""

from __future__ import annotations

import inspect
import os
import shlex
import subprocess
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Sequence
from typing import TYPE_CHECKING, TypeAlias

import httpx

from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._transport import named

if TYPE_CHECKING:
    import asyncio

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
        token = self._call()
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
