"""What both clients share: their settings (validated, copied by `with_options`), the generated low-level
client, and the OpenAI-compatible clients. How each sends is in `h2ogpte_ext._async._transport` (and its
sync twin)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if sys.version_info >= (3, 11):
    from typing import Self
else:
    from typing_extensions import Self

import httpx
from h2ogpte_api import AuthenticatedClient

from h2ogpte_ext._config import ClientOptions, TimeoutLike, resolve
from h2ogpte_ext._openai import openai_client
from h2ogpte_ext._requester import validation_error
from h2ogpte_ext._retry import RetryPolicy

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI

_UNCHANGED: Any = object()


def generated_client(options: ClientOptions) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=options.api_url,
        token=options.api_key,
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
    _owner: bool  # whether closing this client closes the connections: the copies share, never close them
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

    def _evolved(self, timeout: Any, max_retries: Any, retry_post: Any, retry: Any) -> ClientOptions:
        current = self._options
        # Validated exactly as the constructor does.
        return resolve(
            address=current.address,
            api_key=current.api_key,
            timeout=current.timeout if timeout is _UNCHANGED else timeout,
            verify=current.verify,
            retry=current.retry if retry is _UNCHANGED else retry,
            max_retries=None if max_retries is _UNCHANGED else max_retries,
            retry_post=None if retry_post is _UNCHANGED else retry_post,
            trust_env=current.trust_env,
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

    def with_options(
        self,
        *,
        timeout: TimeoutLike = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        retry_post: bool = _UNCHANGED,
        retry: RetryPolicy = _UNCHANGED,
    ) -> Self:
        """A copy with other settings, sharing this client's connection pools (close the original only).

        patient = client.with_options(timeout=900, retry=RetryPolicy(max_retries=5))
        """
        copy = object.__new__(type(self))
        copy._setup(self._evolved(timeout, max_retries, retry_post, retry), self._connections, owner=False)
        return copy
