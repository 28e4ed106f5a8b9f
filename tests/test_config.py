"""The client's settings beyond the basics: `default_headers=`, a caller's own http_client's headers and query
parameters (sent, under ours), and `with_options()` taking every setting the constructor takes."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, H2OGPTEError, RetryPolicy
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either
from tests.tokens import Tokens


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


def test_a_callers_http_client_headers_and_params_are_sent_under_ours(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    seen = Seen()
    kind = make().kind
    own = _own_client(
        kind,
        seen,
        headers={"X-Tenant": "north", "Authorization": "Bearer theirs", "Accept-Encoding": "identity"},
        params={"tenant": "north"},
    )
    c = make(http_client=own)
    assert c.run(c.client.collections.list_collections()) == []
    (headers,) = seen.headers
    assert headers["x-tenant"] == "north" and headers["accept-encoding"] == "identity"
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
