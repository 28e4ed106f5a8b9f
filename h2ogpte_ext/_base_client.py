"""What both clients share, without I/O: their settings (validated, and evolved for `with_options`), the
generated low-level client, the OpenAI-compatible clients, and what the generated resource layer
(`client.<tag>.<operation>()`) needs decided: per-call options, typed parse errors and offset/limit
pagination. How each client sends is in `h2ogpte_ext._async._transport` (its `AsyncRequester` does the I/O of
the resource layer) and its sync twin."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx
from h2ogpte_api import AuthenticatedClient

from h2ogpte_ext._config import ClientOptions, resolve
from h2ogpte_ext._openai import openai_client
from h2ogpte_ext._retry import RetryPolicy

if TYPE_CHECKING:
    from openai import AsyncOpenAI, OpenAI
from collections.abc import Callable
from http import HTTPStatus
from typing import TypeVar

from h2ogpte_api import errors
from h2ogpte_api.types import Response, Unset

from h2ogpte_ext._config import to_timeout
from h2ogpte_ext._errors import APIResponseValidationError, H2OGPTEError
from h2ogpte_ext._retry import check_max_retries
from h2ogpte_ext._transport import ERROR_BODY_LIMIT, with_send_options


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


# --- the generated resource layer's calls: options, parsing, pagination ------------------------------------

T = TypeVar("T")


def call_options(
    request: dict[str, Any], timeout: float | httpx.Timeout | Unset, max_retries: int | Unset
) -> dict[str, Any]:
    """The httpx arguments of one call: the operation's request plus this call's timeout and retry budget."""
    if not isinstance(timeout, Unset):
        request["timeout"] = to_timeout(timeout)
    if not isinstance(max_retries, Unset):
        request["extensions"] = with_send_options(max_retries=check_max_retries(max_retries))
    return request


def validation_error(response: httpx.Response, error: Exception) -> APIResponseValidationError:
    """Our error for a success response that does not parse as its operation documents."""
    text = response.content[:ERROR_BODY_LIMIT].decode("utf-8", errors="replace")
    request = response.request
    if isinstance(error, errors.UnexpectedStatus):
        problem = f"HTTP {response.status_code} is not a status this operation documents"
    else:
        kind = response.headers.get("content-type", "no content type")
        problem = f"the {kind} body does not parse as documented: {type(error).__name__}: {error}"
    message = f"{problem} ({request.method} {request.url.copy_with(query=None)})"
    return APIResponseValidationError(message, response=response, body=text)


def parsed(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    try:
        return parse(response)
    except errors.PARSE_ERRORS as error:
        raise validation_error(response, error) from error


def http_status(code: int) -> HTTPStatus:
    """`HTTPStatus(code)`, or the bare number for a status Python does not name (299, 460): still an int."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code  # type: ignore[return-value]  # HTTPStatus is an IntEnum; the number compares the same


def raw(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> Response[T]:
    # Parsed first: a status the operation does not document is APIResponseValidationError.
    body = parsed(response, parse)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=body,
    )


def identity(item: Any) -> Any:
    """What makes a listed item the same item: its id where it has one (its other fields, such as
    `updated_at`, may change between two requests), else the whole item."""
    ident = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    if isinstance(ident, (str, int)) and not isinstance(ident, bool):
        return ("id", ident)
    return ("item", item)


class PageCursor:
    """Where the next page of an offset/limit listing starts, and when the listing is over.

    It ends at an empty page, not at a short one (a server may cap its pages below the size asked for);
    a server that ignores `offset` (the same items again, by id, even with fields that changed) is an error,
    not an endless loop.
    """

    def __init__(self, page_size: int) -> None:
        if not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1:
            raise H2OGPTEError(f"page_size must be a whole number >= 1, not {page_size!r}")
        self.page_size = page_size
        self.offset = 0
        self._previous: list[Any] | None = None

    def more(self, page: list[Any]) -> bool:
        """Take one page; True while another may follow."""
        if not page:
            return False
        identities = [identity(item) for item in page]
        if identities == self._previous:
            raise H2OGPTEError(
                f"the server answered offset={self.offset} with the same {len(page)} item(s) as the page before: "
                "it ignores offset, so the listing cannot go on"
            )
        self._previous = identities
        self.offset += len(page)
        return True
