"""What both clients share: their settings (validated, and evolved for `with_options`), the generated
low-level client, and the OpenAI-compatible clients. How each sends is in `h2ogpte_ext._async._transport` (and
its sync twin)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx
from h2ogpte_api import AuthenticatedClient

from h2ogpte_ext._config import ClientOptions, resolve
from h2ogpte_ext._openai import openai_client
from h2ogpte_ext._requester import validation_error
from h2ogpte_ext._retry import RetryPolicy

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI


class _Unchanged:
    def __repr__(self) -> str:
        return "<unchanged>"


# The default of every `with_options` argument: the setting stays as it is.
UNCHANGED: Any = _Unchanged()


def generated_client(options: ClientOptions) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=options.api_url,
        # Never sent from here: the client's httpx client (set by `_connect`) carries the credentials.
        token=options.api_key or "",
        timeout=options.timeout,
        verify_ssl=options.verify,
        # A success answer that does not parse, or an undocumented status, raises APIResponseValidationError.
        raise_on_unexpected_status=True,
        response_error=validation_error,
    )


class BaseClient:
    """The settings, the copies (`with_options`) and the OpenAI door of `H2OGPTE` and `AsyncH2OGPTE`."""

    _options: ClientOptions
    _connections: Any  # where requests go (`Connections` / `AsyncConnections`), shared by the copies
    _owner: bool  # whether closing this client closes the connections: a copy on its original's never does
    api: AuthenticatedClient

    @property
    def address(self) -> str:
        return self._options.address

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy (`RetryPolicy`): what is sent again, how often, after how long."""
        return self._options.retry

    def __repr__(self) -> str:
        return f"{type(self).__name__}(address={self._options.address!r}, max_retries={self._options.max_retries})"

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers sent with every request beyond the client's own (`default_headers=`)."""
        return dict(self._options.default_headers)

    def _evolved(self, *, asynchronous: bool, **changes: Any) -> ClientOptions:
        """This client's settings with `changes` (those not UNCHANGED), validated exactly as the constructor
        validates them. `api_key` replaces `auth` and `auth` replaces `api_key`; `default_headers` are added to
        the current ones."""
        current = self._options
        given = {name: value for name, value in changes.items() if value is not UNCHANGED}
        credentials = ("api_key", "auth")
        if any(name in given for name in credentials):
            api_key, auth = given.get("api_key"), given.get("auth")
        else:
            api_key, auth = current.api_key, current.auth
        headers = given.get("default_headers")
        return resolve(
            address=given.get("address", current.address),
            api_key=api_key,
            auth=auth,
            timeout=given.get("timeout", current.timeout),
            verify=given.get("verify", current.verify),
            retry=given.get("retry", current.retry),
            max_retries=given.get("max_retries"),  # None: the policy's, already applied
            retry_post=given.get("retry_post"),
            trust_env=given.get("trust_env", current.trust_env),
            default_headers=current.default_headers if headers is None else _added(current.default_headers, headers),
            asynchronous=asynchronous,
        )

    # The transport-specific part: the sync and async clients each wire httpx their own way.
    def _connect(self, options: ClientOptions, connections: Any) -> None:
        raise NotImplementedError

    def _setup(self, options: ClientOptions, connections: Any, *, owner: bool) -> None:
        self._options, self._connections, self._owner = options, connections, owner
        self.api = generated_client(options)
        self._connect(options, connections)

    def openai(self, **settings: Any) -> OpenAI:
        """An `openai.OpenAI` client for h2oGPTe's OpenAI-compatible API (`/openai_api/v1`), with this client's
        address, key, timeout and retries; keyword `settings` override them (needs the `openai` extra).

            completion = client.openai().chat.completions.create(model="auto", messages=[...])
        """
        return openai_client(self._options, settings, asynchronous=False)

    def async_openai(self, **settings: Any) -> AsyncOpenAI:
        """Like `openai()`, an `openai.AsyncOpenAI` client.

        completion = await client.async_openai().chat.completions.create(model="auto", messages=[...])
        """
        return openai_client(self._options, settings, asynchronous=True)


def _added(current: Any, headers: Any) -> Any:
    """`headers` added to `current` (a header of the same name, in any case, replaced); anything but a mapping
    goes on as it is, for `check_headers` to refuse."""
    if not isinstance(headers, Mapping):
        return headers
    names = {str(name).lower() for name in headers}
    return {**{k: v for k, v in current.items() if k.lower() not in names}, **headers}
