"""The OpenAI-compatible API the server offers beside its own (`/openai_api/v1`): the model list and chat
completions, as JSON or as server-sent events (`stream: true`), in OpenAI's shapes and error format."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from h2ogpte_ext.testing._state import State
from h2ogpte_ext.testing._validation import MAX_JSON_DEPTH, json_depth, lone_surrogate
from h2ogpte_ext.testing.handlers.models import MODELS

OPENAI_PREFIX = "/openai_api/v1"


def _error(status: int, message: str, kind: str = "invalid_request_error") -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind, "param": None, "code": None}}, status_code=status)


def _denied(request: Request) -> Response | None:
    state: State = request.app.state.fake
    if state.authorizes(request.headers.get("authorization")):
        return None
    return _error(401, "Incorrect API key provided.", "authentication_error")


async def models(request: Request) -> Response:
    if (denied := _denied(request)) is not None:
        return denied
    created = int(time.time())
    data = [
        {"id": name, "object": "model", "created": created, "owned_by": "h2oai"}
        for name in ("auto", *(m.name for m in MODELS))
    ]
    return JSONResponse({"object": "list", "data": data})


def _question(body: Any) -> str | Response:
    if not isinstance(body, dict) or not isinstance(body.get("model"), str):
        return _error(400, "'model' is a required property")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not all(isinstance(m, dict) for m in messages):
        return _error(400, "'messages' must be a non-empty list of messages")
    users = [m.get("content") for m in messages if m.get("role") == "user"]
    last = users[-1] if users else ""
    return last if isinstance(last, str) else json.dumps(last)


async def chat_completions(request: Request) -> Response:
    if (denied := _denied(request)) is not None:
        return denied
    data = await request.body()
    if json_depth(data) > MAX_JSON_DEPTH:  # refused before the parser recurses into it, as /api/v1 does
        return _error(400, f"the body nests JSON deeper than {MAX_JSON_DEPTH} levels")
    if (surrogate := lone_surrogate(data)) is not None:  # no answer could carry it back
        return _error(400, surrogate)
    try:
        body = json.loads(data)
    except ValueError:
        return _error(400, "the body is not JSON")
    question = _question(body)
    if isinstance(question, Response):
        return question
    text = f"You asked: {question[:200]} Here is a scripted answer from the fake h2oGPTe."
    ident, created, model = f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), body["model"]
    usage = {"prompt_tokens": len(question.split()), "completion_tokens": len(text.split())}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    if not body.get("stream"):
        return JSONResponse(
            {
                "id": ident,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                "usage": usage,
            }
        )
    state: State = request.app.state.fake

    async def events() -> AsyncIterator[bytes]:
        def chunk(delta: dict[str, Any], finish: str | None) -> bytes:
            choice = {"index": 0, "delta": delta, "finish_reason": finish}
            event = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model}
            return f"data: {json.dumps({**event, 'choices': [choice]})}\n\n".encode()

        yield chunk({"role": "assistant", "content": ""}, None)
        for word in text.split(" "):
            yield chunk({"content": word + " "}, None)
            await asyncio.sleep(state.token_delay)
        yield chunk({}, "stop")
        yield b"data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


def _guarded(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """A handler whose failure is a bug in the fake: recorded as a violation (the fixture then fails) and
    answered 500 in OpenAI's error format, as the /api/v1 routes do."""

    async def guarded(request: Request) -> Response:
        try:
            return await handler(request)
        except ClientDisconnect:
            return Response(status_code=499)
        except Exception as exc:
            state: State = request.app.state.fake
            state.violations.append(f"{request.method} {request.url.path}: the fake raised {exc!r}")
            return _error(500, f"the fake h2oGPTe failed: {type(exc).__name__}", "server_error")

    return guarded


def routes() -> list[Route]:
    return [
        Route(f"{OPENAI_PREFIX}/models", _guarded(models), methods=["GET"]),
        Route(f"{OPENAI_PREFIX}/chat/completions", _guarded(chat_completions), methods=["POST"]),
    ]
