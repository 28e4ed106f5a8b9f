"""Hardening of the transport layer on the wire: raw loopback servers that misbehave at the socket level (close
after reading the request, redirect elsewhere, answer garbage), through the real client stack, with httpx's own
transport and with httpx-aiohttp's."""

from __future__ import annotations

import asyncio
import socket

import pytest

from h2ogpte_ext import AsyncH2OGPTE, H2OGPTEError
from h2ogpte_ext._health import Health
from tests.raw import TRANSPORTS, _transport, answer, raw_server


def test_a_probe_redirected_to_a_sign_in_page_is_not_healthy() -> None:
    def sign_in(conn: socket.socket, request: bytes) -> None:
        if b"/login" in request.split(b"\r\n", 1)[0]:
            conn.sendall(answer(200, b"<html>sign in</html>"))
        else:
            conn.sendall(answer(302, b"", {"Location": "/login?next=/rpc/health&token=abc"}))

    with raw_server(sign_in) as server:

        async def check() -> Health:
            async with AsyncH2OGPTE(address=server.address, api_key="sk-x") as client:
                return await client.health()

        health = asyncio.run(check())
    assert sorted(server.paths()) == ["/rpc/health/liveness", "/rpc/health/readiness"]  # no sign-in page asked
    assert not health.ok and not health.authorized
    assert f"redirected (HTTP 302) to {server.address}/login" in str(health) and "token" not in str(health)


def _models(conn: socket.socket, request: bytes) -> None:
    conn.sendall(answer(200, b"[]"))


def test_a_client_used_in_a_second_event_loop_gets_pools_for_it() -> None:
    # httpx's transport (the default): the connection kept alive from the first loop is not reused by the next
    with raw_server(_models) as server:
        client = AsyncH2OGPTE(address=server.address, api_key="sk-x")
        for _ in range(3):
            assert asyncio.run(client.models.list_models()) == []
        asyncio.run(client.close())
    assert len(server.requests) == 3


def test_a_callers_transport_used_in_a_second_event_loop_says_so() -> None:
    # aiohttp's session belongs to the loop it was made in, and it is the caller's: not ours to rebuild
    with raw_server(_models) as server:
        client = AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=_transport("aiohttp"))  # type: ignore[arg-type]
        assert asyncio.run(client.models.list_models()) == []
        for _ in range(2):  # every later loop, not only the first
            with pytest.raises(H2OGPTEError, match="used in another event loop") as caught:
                asyncio.run(client.models.list_models())
            assert "async with" in str(caught.value)

        async def fresh() -> object:  # the advice works: a client made in the loop
            async with AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=_transport("aiohttp")) as c:  # type: ignore[arg-type]
                return await c.models.list_models()

        assert asyncio.run(fresh()) == []


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_call_on_a_closed_client_says_so(kind: str) -> None:
    with raw_server(_models) as server:

        async def after_close() -> None:
            async with AsyncH2OGPTE(address=server.address, api_key="sk-x", transport=_transport(kind)) as client:  # type: ignore[arg-type]
                await client.models.list_models()
            with pytest.raises(H2OGPTEError, match="the client is closed"):
                await client.models.list_models()
            health = await client.health()
            assert not health.ok and "the client is closed" in str(health)

        asyncio.run(after_close())
