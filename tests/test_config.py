"""Client settings (`h2ogpte_ext._config`): from arguments or the environment; the address, the API key (never
shown) and timeouts (finite, at most a week), refused with a clear error when they cannot be used."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from h2ogpte_api.api.collections import get_collection
from h2ogpte_api.api.models import list_models

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, H2OGPTEError
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either

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
