"""`client.openai()` / `client.async_openai()`: the real `openai` package, against the fake's OpenAI-compatible
API (`/openai_api/v1`), JSON and streamed (server-sent events)."""

from __future__ import annotations

import asyncio

import openai
import pytest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE
from h2ogpte_ext.testing import FakeH2OGPTE


def test_models_and_a_chat_completion(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        door = client.openai()
        assert str(door.base_url) == f"{fake_h2ogpte.url}/openai_api/v1/"
        assert "auto" in [model.id for model in door.models.list()]
        reply = door.chat.completions.create(model="auto", messages=[{"role": "user", "content": "Hello there"}])
        assert reply.choices[0].message.content is not None
        assert "Hello there" in reply.choices[0].message.content
        assert reply.usage is not None and reply.usage.completion_tokens > 0


def test_a_streamed_chat_completion(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        stream = client.openai().chat.completions.create(
            model="auto", messages=[{"role": "user", "content": "Stream it"}], stream=True
        )
        pieces = [chunk.choices[0].delta.content or "" for chunk in stream]
    assert len(pieces) > 3 and "Stream it" in "".join(pieces)


def test_the_async_door(fake_h2ogpte: FakeH2OGPTE) -> None:
    async def ask() -> str:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            door = client.async_openai()
            reply = await door.chat.completions.create(model="auto", messages=[{"role": "user", "content": "Hi"}])
            await door.close()
            return reply.choices[0].message.content or ""

    assert "Hi" in asyncio.run(ask())


def test_a_wrong_key_is_openais_authentication_error(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key="sk-wrong") as client, pytest.raises(openai.AuthenticationError):
        client.openai(max_retries=0).models.list()
