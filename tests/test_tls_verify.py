"""`verify=` given as a CA bundle path: made an `ssl.SSLContext` here (httpx 0.28 deprecates the path), with
the same meaning (a folder: capath, a file: cafile), and a path that is not there refused by name."""

from __future__ import annotations

import asyncio
import ssl
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import certifi
import pytest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, H2OGPTEError
from h2ogpte_ext._config import tls_verify

ADDRESS = "https://h2ogpte.invalid"


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def contexts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    """The arguments of every `ssl.create_default_context` call (the contexts are made as before)."""
    made: list[dict[str, Any]] = []
    create = ssl.create_default_context

    def noted(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        made.append(kwargs)
        return create(*args, **kwargs)

    monkeypatch.setattr(ssl, "create_default_context", noted)
    yield made


def _ssl_context(client: H2OGPTE | AsyncH2OGPTE) -> ssl.SSLContext:
    """The context of the connection pool the client sends to the server's address through: httpx's, or
    aiohttp's (httpx-aiohttp's transport keeps the context it makes its connector with)."""
    pool = client._connections.default.pool  # the AsyncPool's (or Pool's) transport
    context: ssl.SSLContext = pool.ssl_context if hasattr(pool, "ssl_context") else pool._pool._ssl_context
    return context


def _made(cls: type[H2OGPTE] | type[AsyncH2OGPTE], **settings: Any) -> ssl.SSLContext:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # httpx's DeprecationWarning for verify="path" would raise here
        client = cls(address=ADDRESS, api_key="sk-x", **settings)
    try:
        return _ssl_context(client)
    finally:
        if isinstance(client, AsyncH2OGPTE):
            asyncio.run(client.close())
        else:
            client.close()


@pytest.mark.parametrize("cls", [H2OGPTE, AsyncH2OGPTE])
def test_a_ca_bundle_file_is_trusted_without_a_deprecation_warning(
    cls: type[H2OGPTE] | type[AsyncH2OGPTE], contexts: list[dict[str, Any]]
) -> None:
    context = _made(cls, verify=certifi.where())
    assert {"cafile": certifi.where()} in contexts
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 0


@pytest.mark.parametrize("cls", [H2OGPTE, AsyncH2OGPTE])
def test_a_ca_folder_is_a_capath(
    cls: type[H2OGPTE] | type[AsyncH2OGPTE], contexts: list[dict[str, Any]], tmp_path: Path
) -> None:
    context = _made(cls, verify=str(tmp_path))
    assert {"capath": str(tmp_path)} in contexts
    assert context.verify_mode == ssl.CERT_REQUIRED


@pytest.mark.parametrize("cls", [H2OGPTE, AsyncH2OGPTE])
def test_a_ca_path_that_is_not_there_is_named(cls: type[H2OGPTE] | type[AsyncH2OGPTE], tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-bundle.pem")
    with pytest.raises(H2OGPTEError, match="cannot load the TLS certificates") as raised:
        cls(address=ADDRESS, api_key="sk-x", verify=missing)
    assert repr(missing) in str(raised.value)


def test_a_file_that_is_no_ca_bundle_is_our_error(tmp_path: Path) -> None:
    bundle = tmp_path / "not-a-bundle.pem"
    bundle.write_text("not a certificate\n")
    with pytest.raises(H2OGPTEError, match="cannot load the TLS certificates") as raised:
        tls_verify(str(bundle))
    assert repr(str(bundle)) in str(raised.value)


def test_a_ca_path_is_used_whatever_ssl_cert_file_says(
    monkeypatch: pytest.MonkeyPatch, contexts: list[dict[str, Any]], tmp_path: Path
) -> None:
    """As before: the environment's bundle (SSL_CERT_FILE, SSL_CERT_DIR) stands in for verify=True only."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "missing"))
    _made(H2OGPTE, verify=certifi.where())
    assert contexts == [{"cafile": certifi.where()}]
    with pytest.raises(H2OGPTEError, match="cannot load the TLS certificates"):
        H2OGPTE(address=ADDRESS, api_key="sk-x")  # verify=True: SSL_CERT_FILE, which is not there
    _made(H2OGPTE, verify=True, trust_env=False)


@pytest.mark.parametrize("verify", [True, False])
def test_true_and_false_and_a_context_are_passed_as_they_are(verify: bool) -> None:
    assert tls_verify(verify) is verify
    context = ssl.create_default_context()
    assert tls_verify(context) is context
