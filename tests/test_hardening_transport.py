"""Hardening of the transport layer on the wire: raw loopback servers that misbehave at the socket level (close
after reading the request, redirect elsewhere, answer garbage), through the real client stack, with httpx's own
transport and with httpx-aiohttp's."""

from __future__ import annotations

import asyncio
import socket

from h2ogpte_ext import AsyncH2OGPTE
from h2ogpte_ext._health import Health
from tests.raw import answer, raw_server


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
