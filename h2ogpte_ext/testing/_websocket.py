"""The chat websocket, `/ws?currentSessionID=...`, on which the vendor's client chats (`H2OGPTE.connect()`,
`session.query()`; `h2ogpte/session.py` and `session_async.py`). The spec does not describe it: the protocol here
is what that code sends and reads, one JSON object per text frame.

The client sends a query, `{"t": "cq", "session_id", "correlation_id", "body", "llm", "llm_args", "rag_config",
...}` (the JSON options as JSON text). The server answers, each message naming the chat session:

- `cx`, the acknowledgement: the question's `message_id` and the query's `correlation_id`;
- `cm`, metadata of the reply as it is made (an agent's files), `meta` a list;
- `cp`, a partial reply: the next piece of its text in `body`, `reply_to_id` the question;
- `ca`, the reply: its `message_id` and its whole text in `body`;
- `ce`, an error (`error`), naming the question (`reply_to_id`), or before the acknowledgement the
  `correlation_id` only.

The answer is the REST completion's (`handlers/chat.py`): the same question and reply messages, metadata,
references, agent files, and the same generation control: `POST /messages/{question_id}/stop` (the vendor's
`stop_chat`) ends it with what was sent so far, `pause`, `resume` and `finish` as for a JSONL stream. Queries on one
socket run side by side; closing the socket abandons those still running.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.websockets import WebSocket, WebSocketDisconnect

from h2ogpte_ext.testing._state import USERNAME, FakeError, Generation, State, error, new_id
from h2ogpte_ext.testing.handlers import chat

Send = Any  # an async callable taking one message (a dict) and sending it as a text frame


async def chat_socket(websocket: WebSocket) -> None:
    state: State = websocket.app.state.fake
    if not state.authorizes(websocket.headers.get("authorization")):
        # Refused in the handshake, as an HTTP 401 the client sees (its `InvalidHandshake` carries the status).
        await websocket.send_denial_response(error(401, "a valid API key is required (Authorization: Bearer ...)"))
        return
    await websocket.accept()
    lock = asyncio.Lock()

    async def send(message: dict[str, Any]) -> None:
        async with lock:  # one frame at a time from the queries running side by side
            await websocket.send_text(json.dumps(message))

    running: set[asyncio.Task[None]] = set()
    try:
        while True:
            frame = await websocket.receive_text()
            for line in frame.splitlines():
                if line.strip():
                    task = asyncio.create_task(_answered(state, line, send))
                    running.add(task)
                    task.add_done_callback(running.discard)
    except WebSocketDisconnect:
        pass
    finally:
        for task in list(running):
            task.cancel()


def _options(value: Any, name: str) -> dict[str, Any]:
    """A JSON option of the query (`llm_args`, `rag_config`): JSON text (`"null"` for none) or an object."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise _Refused(f"{name}: not JSON") from None
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _Refused(f"{name}: a JSON object is required")
    return value


class _Refused(Exception):
    pass


def _completion(query: dict[str, Any]) -> dict[str, Any]:
    """The query as the REST API's completion request (a ChatCompletionRequest's JSON)."""
    body = query.get("body")
    if not isinstance(body, str) or not body:
        raise _Refused("body: the question is required")
    request: dict[str, Any] = {
        "message": body,
        "llm_args": _options(query.get("llm_args"), "llm_args"),
        "rag_config": _options(query.get("rag_config"), "rag_config"),
        "self_reflection_config": _options(query.get("self_reflection_config"), "self_reflection_config"),
    }
    if isinstance(query.get("llm"), str) and query["llm"]:
        request["llm"] = query["llm"]
    return request


async def _answered(state: State, line: str, send: Send) -> None:
    """Answer one query; a bug in the fake is recorded (the fixture fails on it) and answered `ce`."""
    try:
        await _query(state, line, send)
    except (asyncio.CancelledError, WebSocketDisconnect):
        raise
    except Exception as exc:
        state.violations.append(f"WEBSOCKET /ws: the fake raised {exc!r}")
        await send({"t": "ce", "session_id": "", "message_id": "", "reply_to_id": "", "body": "",
                    "error": f"the fake h2oGPTe failed: {type(exc).__name__}"})  # fmt: skip


async def _query(state: State, line: str, send: Send) -> None:
    try:
        query = json.loads(line)
    except ValueError:
        return  # not a message of the protocol: nothing to answer
    if not isinstance(query, dict) or query.get("t") != "cq":
        return  # another message type (the client skips those it does not know; so does the server)
    session_id, correlation_id = str(query.get("session_id", "")), str(query.get("correlation_id", ""))

    def response(t: str, message_id: str, reply_to_id: str, body: str = "", **more: Any) -> dict[str, Any]:
        ids = {"session_id": session_id, "message_id": message_id, "reply_to_id": reply_to_id}
        return {"t": t, **ids, "body": body, "error": "", **more}

    try:
        if session_id not in state.sessions:
            raise _Refused(f"chat session {session_id!r} not found")
        request = _completion(query)
        session = chat.by_id(state, session_id)
        question, text, files, documents = chat.ask(state, session, request)
    except (_Refused, FakeError) as exc:  # before the acknowledgement: the client matches it by correlation id
        await send(response("ce", "", "", error=str(exc), correlation_id=correlation_id))
        return
    question_id, reply_id = question["id"], new_id()
    use_agent = bool(request["llm_args"].get("use_agent"))
    await send(
        {
            "t": "cx",
            "session_id": session_id,
            "correlation_id": correlation_id,
            "message_id": question_id,
            "username": USERNAME,
            "body": request["message"],
            "use_agent": use_agent,
        }
    )
    if files:
        entries = json.dumps([{f.doc_id: f.name} for f in files])
        await send(response("cm", reply_id, question_id, meta=[{"message_type": "agent_files", "content": entries}]))
    generation = state.generations[question_id] = Generation()
    failure = state.completion_failures.pop(0) if state.completion_failures else None
    sent: list[str] = []
    try:
        async for piece in chat.pieces(state, text, generation, failure):
            sent.append(piece)
            await send(response("cp", reply_id, question_id, piece))
    except chat.GenerationFailed as exc:
        await send(response("ce", reply_id, question_id, error=str(exc)))
        return
    finally:
        state.generations.pop(question_id, None)
    reply = chat.record(state, session, question, request, "".join(sent), files, documents, reply_id=reply_id)
    await send(response("ca", reply_id, question_id, reply["content"]))
