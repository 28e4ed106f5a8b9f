"""What both clients share: their settings (validated, copied by `with_options`), the generated low-level
client, and the OpenAI-compatible clients."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if sys.version_info >= (3, 11):
    from typing import Self
else:
    from typing_extensions import Self

import httpx
from attrs import evolve
from h2ogpte_api import AuthenticatedClient

from h2ogpte_ext._config import ClientOptions, TimeoutLike, resolve
from h2ogpte_ext._openai import async_client as _async_openai
from h2ogpte_ext._openai import sync_client as _sync_openai
from h2ogpte_ext._requester import validation_error
from h2ogpte_ext._version import __version__

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI

_UNCHANGED: Any = object()


def http_settings(options: ClientOptions) -> dict[str, Any]:
    return {
        "base_url": options.api_url,
        "headers": {"Authorization": f"Bearer {options.api_key}", "User-Agent": f"h2ogpte-ext/{__version__}"},
        "timeout": options.timeout,
        # httpx drops Authorization when a redirect leaves the origin.
        "follow_redirects": True,
    }


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


class Common:
    _options: ClientOptions
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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(address={self._options.address!r}, max_retries={self._options.max_retries})"

    def _evolved(self, timeout: Any, max_retries: Any, retry_post: Any) -> ClientOptions:
        changes: dict[str, Any] = {}
        if timeout is not _UNCHANGED:
            changes["timeout"] = timeout
        if max_retries is not _UNCHANGED:
            changes["max_retries"] = max_retries
        if retry_post is not _UNCHANGED:
            changes["retry_post"] = retry_post
        current = self._options
        merged = evolve(current, **changes)
        # Validate the changed values exactly as the constructor does.
        return resolve(
            address=merged.address,
            api_key=merged.api_key,
            timeout=merged.timeout,
            max_retries=merged.max_retries,
            verify=merged.verify,
            retry_post=merged.retry_post,
            trust_env=merged.trust_env,
        )

    # The transport-specific part: the sync and async clients each wire httpx their own way.
    def _connect(self, options: ClientOptions, inner: Any, *, owns_inner: bool) -> None:
        raise NotImplementedError

    def _setup(self, options: ClientOptions, inner: Any, *, owns_inner: bool) -> None:
        self._options, self._inner = options, inner
        self.api = generated_client(options)
        self._connect(options, inner, owns_inner=owns_inner)

    def openai(self, **settings: Any) -> OpenAI:
        """An `openai.OpenAI` client for h2oGPTe's OpenAI-compatible API (`/openai_api/v1`), with this client's
        address, key, timeout and retries; keyword `settings` override them (needs the `openai` extra).

            completion = client.openai().chat.completions.create(model="auto", messages=[...])
        """
        return _sync_openai(self._options, settings)

    def async_openai(self, **settings: Any) -> AsyncOpenAI:
        """Like `openai()`, an `openai.AsyncOpenAI` client."""
        return _async_openai(self._options, settings)

    def with_options(
        self,
        *,
        timeout: TimeoutLike = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        retry_post: bool = _UNCHANGED,
    ) -> Self:
        """A copy with other settings, sharing this client's connection pool (close the original only)."""
        copy = object.__new__(type(self))
        copy._setup(self._evolved(timeout, max_retries, retry_post), self._inner, owns_inner=False)
        return copy
