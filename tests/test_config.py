"""Client settings (`h2ogpte_ext._config`): from arguments or the environment; the address, the API key (never
shown) and timeouts (finite, at most a week), refused with a clear error when they cannot be used;
`default_headers=`, a caller's own http_client's headers and query parameters (sent, under ours), and
`with_options()` taking every setting the constructor takes."""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from h2ogpte_api.api.collections import get_collection
from h2ogpte_api.api.models import list_models

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, H2OGPTEError, RetryPolicy
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either
from tests.tokens import Tokens

pytestmark = pytest.mark.e2e

# --- settings from arguments or the environment -------------------------------------------------------------


@pytest.mark.e2e
def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, fake_h2ogpte: FakeH2OGPTE) -> None:
    monkeypatch.setenv("H2OGPTE_ADDRESS", fake_h2ogpte.url + "/api/v1/")
    monkeypatch.setenv("H2OGPTE_API_KEY", fake_h2ogpte.api_key)
    with H2OGPTE() as client:
        assert client.address == fake_h2ogpte.url
        assert list(client.collections.iter_collections()) == []


@pytest.mark.e2e
@pytest.mark.parametrize("missing", ["H2OGPTE_ADDRESS", "H2OGPTE_API_KEY"])
def test_a_missing_setting_names_its_variable(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setenv("H2OGPTE_ADDRESS", "https://h2ogpte.invalid")
    monkeypatch.setenv("H2OGPTE_API_KEY", "sk-x")
    monkeypatch.delenv(missing)
    for cls in (H2OGPTE, AsyncH2OGPTE):
        with pytest.raises(H2OGPTEError, match=missing):
            cls()


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        ({"address": "ftp://h2ogpte.invalid"}, "address"),
        ({"timeout": None}, "timeout"),
        ({"timeout": httpx.Timeout(None)}, "finite"),
        ({"max_retries": -1}, "max_retries"),
    ],
)
def test_bad_settings_are_refused_with_a_clear_error(settings: dict[str, Any], problem: str) -> None:
    with pytest.raises(H2OGPTEError, match=problem):
        H2OGPTE(**{"address": "https://h2ogpte.invalid", "api_key": "sk-x", **settings})


@pytest.mark.e2e
def test_plain_http_to_a_remote_host_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
        for _ in range(2):
            H2OGPTE(address="http://h2ogpte-plain.invalid", api_key="sk-x").close()
        H2OGPTE(address="http://127.0.0.1:9", api_key="sk-x").close()
    assert [r.getMessage() for r in caplog.records].count(
        "http://h2ogpte-plain.invalid is plain http: the API key travels unencrypted; use https"
    ) == 1
    assert len(caplog.records) == 1


# --- the address --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("https://h2ogpte.example.com/?tab=chats", "a query string"),
        ("https://h2ogpte.example.com/api/v1?x=1", "a query string"),
        ("https://h2ogpte.example.com/#/chats?token=abc", "a fragment"),
        ("https://h2ogpte.example.com?", "a query string"),
    ],
)
def test_an_address_with_a_query_or_fragment_is_refused(address: str, problem: str) -> None:
    with pytest.raises(H2OGPTEError, match=f"address must not hold {problem}") as caught:
        AsyncH2OGPTE(address=address, api_key="sk-x")
    assert "token" not in str(caught.value) and "x=1" not in str(caught.value)


@pytest.mark.e2e
@pytest.mark.parametrize("address", ["https://a..b", "https://xn--a", "http://" + "a" * 64 + ".example"])
@pytest.mark.parametrize("cls", [H2OGPTE, AsyncH2OGPTE])
def test_an_address_whose_host_name_dns_cannot_be_asked_for_is_refused(
    cls: type[H2OGPTE] | type[AsyncH2OGPTE], address: str
) -> None:
    """An empty label, `xn--` that is no IDNA, a label over 63 characters: refused when the client is made,
    not as a library's UnicodeError at the first call."""
    if address == "https://xn--a" and httpx.__name__ == "httpx2":
        pytest.skip("httpx2's URLs take an xn-- label as it is: the first call's lookup fails instead, as our error")
    with pytest.raises(H2OGPTEError, match="address has a host name that cannot be looked up"):
        cls(address=address, api_key="sk-x")


@pytest.mark.parametrize(
    ("address", "origin"),
    [
        ("https://h2ogpte.example.com/api/v1/", "https://h2ogpte.example.com"),
        ("https://example.com/h2ogpte/", "https://example.com/h2ogpte"),  # a prefix path is kept, as before
    ],
)
def test_an_address_path_is_kept_as_before(address: str, origin: str) -> None:
    assert AsyncH2OGPTE(address=address, api_key="sk-x").address == origin


@pytest.mark.e2e
def test_a_password_in_the_address_is_refused_and_never_shown(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for address in ("https://user:hunter2@h2ogpte.invalid", "ftp://user:hunter2@h2ogpte.invalid"):
        with caplog.at_level(logging.DEBUG), pytest.raises(H2OGPTEError) as caught:
            H2OGPTE(address=address, api_key="sk-x")
        assert "hunter2" not in str(caught.value) and "user:" not in str(caught.value)
    assert "hunter2" not in caplog.text
    monkeypatch.setenv("H2OGPTE_ADDRESS", "http://user:hunter2@example.invalid")
    with pytest.raises(H2OGPTEError, match="must not hold a user name or password") as caught:
        AsyncH2OGPTE(api_key="sk-x")
    assert "hunter2" not in str(caught.value)


# --- the API key --------------------------------------------------------------------------------------------


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ("sk-secret\nX-Injected: 1", "a line break"),
        ("sk-secret\r", "a line break"),
        ("sk-secret\x00", "a control character"),
        ("sk-sécret", "a non-ASCII character"),
        ("sk-secret key", "a space"),
    ],
)
def test_an_api_key_that_cannot_be_a_header_is_refused_without_echoing_it(key: str, problem: str) -> None:
    for cls in (H2OGPTE, AsyncH2OGPTE):
        with pytest.raises(H2OGPTEError, match=problem) as caught:
            cls(address="https://h2ogpte.invalid", api_key=key)
        assert "secret" not in str(caught.value) and "cret" not in repr(caught.value)


@pytest.mark.e2e
def test_the_key_never_shows_in_repr_errors_or_debug_logs(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    key = fake_h2ogpte.api_key
    with caplog.at_level(logging.DEBUG):
        c = make()
        fake_h2ogpte.faults.add(path="/api/v1/collections", status=503)
        c.collect(c.client.collections.iter_collections())
        errors: list[BaseException] = []
        for client in (c, make(api_key=key + "x")):
            with pytest.raises(H2OGPTEError) as caught:
                client.call(get_collection, "nope")
            errors.append(caught.value)
    assert key not in repr(c.client) and key not in repr(c.client.api) and key not in repr(c.client._options)
    assert all(key not in str(e) and key not in repr(e) for e in errors)
    assert caplog.records and key not in caplog.text


# --- timeouts -----------------------------------------------------------------------------------------------


@pytest.mark.e2e
@pytest.mark.parametrize(
    "timeout",
    [math.inf, float("nan"), -1.0, 0, httpx.Timeout(5.0, read=math.inf), httpx.Timeout(5.0, pool=float("nan"))],
)
def test_an_unbounded_timeout_is_refused(timeout: Any) -> None:
    for cls in (H2OGPTE, AsyncH2OGPTE):
        with pytest.raises(H2OGPTEError, match="finite"):
            cls(address="https://h2ogpte.invalid", api_key="sk-x", timeout=timeout)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "timeout", [1e10, 1e308, 7 * 24 * 3600 + 1, httpx.Timeout(5.0, read=1e10), httpx.Timeout(5.0, pool=1e12)]
)
def test_a_timeout_longer_than_a_week_is_refused(timeout: Any) -> None:
    for cls in (H2OGPTE, AsyncH2OGPTE):
        with pytest.raises(H2OGPTEError, match=r"a timeout may be at most 604800 seconds \(a week\)"):
            cls(address="https://h2ogpte.invalid", api_key="sk-x", timeout=timeout)


@pytest.mark.e2e
def test_a_week_long_timeout_works_and_longer_ones_are_refused_at_every_door(make: Callable[..., Either]) -> None:
    week = 7 * 24 * 3600.0
    c = make(timeout=week)  # the longest timeout the OS is asked to arm: a sync socket accepts it
    assert c.call(list_models) is not None
    assert c.run(c.client.models.list_models(request_timeout=week)) is not None
    with pytest.raises(H2OGPTEError, match="at most 604800 seconds"):
        c.with_options(timeout=1e10)
    with pytest.raises(H2OGPTEError, match="at most 604800 seconds"):
        c.run(c.client.models.list_models(request_timeout=1e10))
    with pytest.raises(H2OGPTEError, match="at most 604800 seconds"):
        c.run(c.client.health(timeout=1e10))


# --- headers, a caller's own client, with_options ------------------------------------------------------


class Seen:
    """What a caller's own httpx client was asked to send: each request's headers and query parameters."""

    def __init__(self) -> None:
        self.headers: list[httpx.Headers] = []
        self.params: list[httpx.QueryParams] = []

    def __call__(self, request: httpx.Request) -> None:
        self.headers.append(request.headers)
        self.params.append(request.url.params)

    async def asynchronously(self, request: httpx.Request) -> None:
        self(request)


def _close(c: Either, own: httpx.Client | httpx.AsyncClient) -> None:
    if isinstance(own, httpx.AsyncClient):
        c.run(own.aclose())
    else:
        own.close()


def _own_client(kind: str, seen: Seen, **settings: Any) -> httpx.Client | httpx.AsyncClient:
    if kind == "sync":
        return httpx.Client(event_hooks={"request": [seen]}, **settings)
    return httpx.AsyncClient(event_hooks={"request": [seen.asynchronously]}, **settings)


def test_default_headers_go_with_every_request(make: Callable[..., Either]) -> None:
    seen = Seen()
    own = _own_client(make().kind, seen)
    c = make(http_client=own, default_headers={"X-Tenant": "north", "User-Agent": "reports/1.0"})
    assert c.client.default_headers == {"X-Tenant": "north", "User-Agent": "reports/1.0"}
    c.run(c.client.models.list_models())
    assert c.run(c.client.health()).ok
    assert len(seen.headers) == 3
    assert all(h["x-tenant"] == "north" and h["user-agent"] == "reports/1.0" for h in seen.headers)
    # A copy adds to them (a header of the same name, in any case, replaced).
    copy = c.with_options(default_headers={"x-tenant": "south", "X-Trace": "on"})
    assert copy.client.default_headers == {"User-Agent": "reports/1.0", "x-tenant": "south", "X-Trace": "on"}
    copy.run(copy.client.models.list_models())
    assert seen.headers[-1]["x-tenant"] == "south" and seen.headers[-1]["x-trace"] == "on"
    _close(c, own)


def test_a_callers_http_client_headers_params_and_cookies_are_sent_under_ours(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    seen = Seen()
    kind = make().kind
    own = _own_client(
        kind,
        seen,
        headers={"X-Tenant": "north", "Authorization": "Bearer theirs", "Accept-Encoding": "identity"},
        params={"tenant": "north"},
        cookies={"route": "north"},
    )
    c = make(http_client=own)
    assert c.run(c.client.collections.list_collections()) == []
    (headers,) = seen.headers
    assert headers["x-tenant"] == "north" and headers["accept-encoding"] == "identity"
    assert headers["cookie"] == "route=north"  # a load balancer's sticky session, say
    assert headers["authorization"] == f"Bearer {fake_h2ogpte.api_key}"  # ours win for Authorization
    assert headers["user-agent"].startswith("h2ogpte-ext/")  # ours win where both set one
    assert seen.params[0]["tenant"] == "north"
    assert fake_h2ogpte.state.requests[-1].query == "tenant=north"
    # A query of the call's own goes with theirs.
    c.collect(c.client.collections.iter_collections(), most=1)
    assert seen.params[-1]["tenant"] == "north" and "limit" in seen.params[-1]
    # default_headers win over the caller's client's; with auth=, its Authorization is never sent either.
    tokens = Tokens(fake_h2ogpte)
    copy = c.with_options(default_headers={"X-Tenant": "south"}, auth=tokens)
    copy.run(copy.client.models.list_models())
    assert seen.headers[-1]["x-tenant"] == "south"
    assert seen.headers[-1]["authorization"] == f"Bearer {tokens.given[0]}"
    _close(c, own)


def test_a_callers_http_client_with_auth_of_its_own_is_refused() -> None:
    with (
        httpx.Client(auth=("user", "pass")) as own,
        pytest.raises(H2OGPTEError, match=r"http_client has an auth= of its own.*H2OGPTE\(auth=\.\.\.\)"),
    ):
        H2OGPTE(address="https://h2ogpte.invalid", api_key="sk-x", http_client=own)


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({"Authorization": "Bearer x"}, "must not set Authorization: pass api_key= or auth="),
        ({"X-Secret": "hunter\r\n2"}, "the value of X-Secret holds a line break at position 6"),
        ({"X-Secret": "hunter\u00e9"}, "holds a non-ASCII character at position 6"),
        ({"X Bad": "v"}, "'X Bad' is not a header name"),
        ({"X-N": 1}, "the value of X-N must be a string, not int"),
        ({"x-a": "1", "X-A": "2"}, "names X-A twice"),
        ([("X-A", "1")], "must be a mapping"),
    ],
)
def test_bad_default_headers_are_refused_without_their_values(headers: Any, problem: str) -> None:
    for cls in (H2OGPTE, AsyncH2OGPTE):
        with pytest.raises(H2OGPTEError, match=problem) as caught:
            cls(address="https://h2ogpte.invalid", api_key="sk-x", default_headers=headers)
        assert "hunter" not in str(caught.value)


# --- with_options ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [H2OGPTE, AsyncH2OGPTE])
def test_with_options_takes_every_setting_of_the_constructor(cls: type[Any]) -> None:
    made = [name for name in inspect.signature(cls.__init__).parameters if name != "self"]
    copied = [name for name in inspect.signature(cls.with_options).parameters if name != "self"]
    assert copied == made


def test_with_options_copies_each_setting(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    policy = RetryPolicy(max_retries=5)
    copy = c.with_options(timeout=9, retry=policy, retry_post=True, verify=False, trust_env=False)
    assert copy.client.timeout.read == 9 and copy.client.retry.max_retries == 5 and copy.client.retry.resends("POST")
    assert (copy.client._options.verify, copy.client._options.trust_env) == (False, False)
    assert copy.client._connections is not c.client._connections  # TLS settings of its own: pools of its own
    assert copy.run(copy.client.models.list_models())
    copy.run(copy.client.close())  # closes its own pools, not the original's
    assert c.run(c.client.models.list_models())
    assert c.with_options(max_retries=0).client._connections is c.client._connections  # shared
    with FakeH2OGPTE(api_key="sk-other") as other:
        moved = c.with_options(address=other.url, api_key="sk-other")
        assert moved.client.address == other.url and moved.run(moved.client.models.list_models())
        assert len(other.state.requests) == 1
    with pytest.raises(H2OGPTEError, match="pass api_key= or auth=, not both"):
        c.with_options(api_key="sk-x", auth=lambda: "t")
    with pytest.raises(H2OGPTEError, match="timeout"):
        c.with_options(timeout=-1)


def test_with_options_takes_a_transport_or_an_http_client(fake_h2ogpte: FakeH2OGPTE) -> None:
    answered: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        answered.append(request.url.path)
        return httpx.Response(200, json=[])

    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        mocked = client.with_options(transport=httpx.MockTransport(answer))
        assert mocked.collections.list_collections() == [] and answered == ["/api/v1/collections"]
        mocked.close()
        seen = Seen()
        with httpx.Client(event_hooks={"request": [seen]}) as own:
            through_own = client.with_options(http_client=own)
            assert through_own.collections.list_collections() == [] and len(seen.headers) == 1
            through_own.close()
            assert not own.is_closed  # the caller's client is the caller's to close
        with pytest.raises(H2OGPTEError, match="not both"):
            client.with_options(transport=httpx.MockTransport(answer), http_client=httpx.Client())
        assert client.collections.list_collections() == []  # the original is untouched

    async def run() -> None:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            mocked = client.with_options(transport=httpx.MockTransport(answer))
            assert await mocked.collections.list_collections() == []
            await mocked.close()
            with pytest.raises(H2OGPTEError, match="sync, but AsyncH2OGPTE is async"):
                client.with_options(transport=httpx.HTTPTransport())  # type: ignore[arg-type]

    asyncio.run(run())
    assert answered == ["/api/v1/collections"] * 2
