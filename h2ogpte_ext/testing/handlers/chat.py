"""Tag "Chat": chat sessions, completions (JSON and JSONL), generation control, message metadata, agent
files and directories, and a deterministic scripted agent that writes the files a prompt names."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import time
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from attrs import define
from starlette.responses import JSONResponse, Response, StreamingResponse

from h2ogpte_ext.testing import _jobs
from h2ogpte_ext.testing._relations import chunks_of, documents_of, ranked, recount, text_of
from h2ogpte_ext.testing._state import (
    USERNAME,
    AgentFile,
    Blob,
    Call,
    Conversation,
    FakeError,
    Generation,
    Records,
    State,
    json_response,
    new_id,
    now,
    operation,
    page,
)
from h2ogpte_ext.testing.handlers.models import structured, used
from h2ogpte_ext.testing.handlers.prompt_templates import existing

# A file name in quotes, with an extension: 'sales_summary.csv' or "report.md".
QUOTED_FILE = re.compile(r"""['"]([\w\- .]{1,100}\.[A-Za-z0-9]{1,8})['"]""")


@define
class Session:
    """A chat session: its ChatSession record and what it holds."""

    record: Any
    conversation: Conversation

    @property
    def id(self) -> str:
        return str(self.record.id)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.conversation.messages

    @property
    def agent_files(self) -> dict[str, AgentFile]:
        return self.conversation.agent_files


def session_of(call: Call) -> Session:
    record = call.record("/chats", "session_id", "chat session")
    return Session(record, call.state.conversation(record.id))


def by_id(state: State, session_id: str) -> Session:
    return Session(state.sessions[session_id], state.conversation(session_id))


def _message(
    state: State, content: str, reply_to: str | None = None, references: int = 0, message_id: str | None = None
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": message_id or new_id(),
        "content": content,
        "votes": 0,
        "created_at": now(),
        "has_references": references > 0,
        "total_references": references,
        "username": USERNAME,
    }
    if reply_to is not None:
        fields["reply_to"] = reply_to
    return state.records.data("ChatMessage", MESSAGE_SKIP, **fields)


# Properties a client reads meaning into: present only when the fake sets them.
SESSION_SKIP = ("collection_id", "collection_name", "archived_at", "expiry_date", "prompt_template_id", "name")
MESSAGE_SKIP = ("error", "reply_to", "type_list", "llm_args")


def _new_session(state: State, collection_id: str | None, **fields: Any) -> Any:
    if collection_id is not None:
        collection = state.collections.get(collection_id)
        if collection is None:
            raise FakeError(404, f"collection {collection_id!r} not found")
        fields.update(collection_id=collection_id, collection_name=collection.name)
    record = state.records.build(
        "ChatSession", SESSION_SKIP, id=new_id(), updated_at=now(), status="active", username=USERNAME, **fields
    )
    state.sessions[record.id] = record
    state.conversation(record.id)
    if collection_id is not None:
        recount(state, collection_id)
    return record


@operation("create_chat_session")
async def create_chat_session(call: Call) -> Response:
    return json_response(_new_session(call.state, call.query("collection_id")), 201)


@operation("fork_chat_session")
async def fork_chat_session(call: Call) -> Response:
    session = session_of(call)
    collection_id = getattr(session.record, "collection_id", None)
    fork = _new_session(call.state, collection_id if isinstance(collection_id, str) else None)
    upto = str((call.json() or {}).get("message_id") or "")
    for message in session.messages:
        call.state.conversation(fork.id).messages.append({**message})
        if message["id"] == upto:
            break
    return json_response(fork, 201)


@operation("list_chat_sessions")
async def list_chat_sessions(call: Call) -> Response:
    sessions = sorted(call.state.sessions.values(), key=lambda s: s.updated_at, reverse=True)
    return JSONResponse(Records.json(page(sessions, call)))


def remove_session(state: State, session_id: str) -> None:
    """Delete a chat session and what it holds: its messages (their metadata, references and feedback go; a
    message id of it is then not found) and its agent's files."""
    record = state.sessions.pop(session_id, None)
    conversation = state.conversations.pop(session_id, None)
    if conversation is not None:
        for message in conversation.messages:
            for held in (state.message_session, state.meta, state.references, state.feedbacks):
                held.pop(message["id"], None)
    if conversation is not None and record is not None:
        _delete_agent_files(state, Session(record, conversation))
    if record is not None and isinstance(record.collection_id, str):
        recount(state, record.collection_id)


def _changed_session(call: Call, **changes: Any) -> Response:
    """The chat session the path names, with some properties set (None clears one), stored and answered."""
    old = session_of(call).record
    clear = [k for k, v in changes.items() if v is None]
    new = Records.replace(old, **{k: v for k, v in changes.items() if v is not None}, updated_at=now())
    for name in clear:
        new = Records.without(new, name)
    call.state.sessions[old.id] = new
    for collection_id in {old.collection_id, new.collection_id}:
        if isinstance(collection_id, str):
            recount(call.state, collection_id)
    return json_response(new)


@operation("update_chat_session_collection")
async def update_chat_session_collection(call: Call) -> Response:
    collection_id = str((call.json() or {}).get("collection_id", ""))
    collection = call.state.collections.get(collection_id)
    if collection is None:
        raise FakeError(404, f"collection {collection_id!r} not found")
    return _changed_session(call, collection_id=collection_id, collection_name=collection.name)


@operation("delete_chat_session_collection")
async def delete_chat_session_collection(call: Call) -> Response:
    return _changed_session(call, collection_id=None, collection_name=None)


@operation("update_chat_session_prompt_template")
async def update_chat_session_prompt_template(call: Call) -> Response:
    template_id = existing(call, (call.json() or {}).get("prompt_template_id"))
    return _changed_session(call, prompt_template_id=template_id)


@operation("delete_chat_session_prompt_template")
async def delete_chat_session_prompt_template(call: Call) -> Response:
    return _changed_session(call, prompt_template_id=None)


@operation("delete_chat_session")
async def delete_chat_session(call: Call) -> Response:
    remove_session(call.state, session_of(call).id)
    return Response(status_code=204)


@operation("create_delete_chat_session_job")
async def create_delete_chat_session_job(call: Call) -> Response:
    state = call.state
    return _jobs.deleting(
        call,
        "session_ids",
        lambda n: f"Deleting {n} chat(s)",
        missing=lambda i: i not in state.sessions,
        remove=lambda i: remove_session(state, i),
        not_found="chat session not found",
    )


@operation("get_chat_session_messages")
async def get_chat_session_messages(call: Call) -> Response:
    return JSONResponse(page(session_of(call).messages, call))


@operation("delete_messages")
async def delete_messages(call: Call) -> Response:
    ids = list(dict.fromkeys(call.path("message_ids").split(",")))  # one named twice is deleted once
    missing = [i for i in ids if i not in call.state.message_session]
    if missing:
        raise FakeError(404, f"message not found: {', '.join(missing)}")
    for message_id in ids:
        session_id = call.state.message_session.pop(message_id)
        messages = call.state.conversation(session_id).messages
        messages[:] = [m for m in messages if m["id"] != message_id]
    return Response(status_code=204)


@operation("set_message_votes")
async def set_message_votes(call: Call) -> Response:
    message_id = call.path("message_id")
    if message_id not in call.state.message_session:
        raise FakeError(404, f"message {message_id!r} not found")
    for message in call.state.conversation(call.state.message_session[message_id]).messages:
        if message["id"] == message_id:
            message["votes"] = int((call.json() or {}).get("votes", 0))
    return Response(status_code=204)


@operation("list_questions_for_chat_session")
async def list_questions_for_chat_session(call: Call) -> Response:
    session = session_of(call)
    topic = next((m["content"] for m in reversed(session.messages) if "reply_to" not in m), "this topic")
    topic = " ".join(topic.split()[:8])
    questions = [
        f"Can you explain more about {topic}?",
        "What are the key numbers?",
        "What should I do next?",
    ]
    limit = int(call.query("limit") or len(questions))
    return JSONResponse([{"question": q} for q in questions[:limit]])


# --- question-answer feedback ----------------------------------------------------------------------

FEEDBACK_SKIP = ("collection_id", "collection_name", "chat_session_id", "expected_answer", "user_comment")


def _feedbacks(call: Call) -> list[dict[str, Any]]:
    """QAFeedback for every reply that was voted on or given feedback, filtered as the query asks."""
    state, wanted = call.state, call.query("collection_id")
    no_collection = call.query("no_collection") == "true"
    found = []
    for session_id, record in state.sessions.items():
        collection_id = record.collection_id if isinstance(record.collection_id, str) else None
        if (wanted is not None and collection_id != wanted) or (no_collection and collection_id is not None):
            continue
        messages = state.conversation(session_id).messages
        questions = {m["id"]: m for m in messages if "reply_to" not in m}
        for reply in messages:
            if "reply_to" not in reply or not (reply["votes"] or reply["id"] in state.feedbacks):
                continue
            fields: dict[str, Any] = {
                "question_content": questions.get(reply["reply_to"], {}).get("content", ""),
                "reply_content": reply["content"],
                "question_id": reply["reply_to"],
                "reply_id": reply["id"],
                "votes": reply["votes"],
                "response_created_at_time": reply["created_at"],
                "chat_session_id": session_id,
                **state.feedbacks.get(reply["id"], {}),
            }
            if collection_id is not None:
                fields["collection_id"] = collection_id
            if isinstance(record.collection_name, str):
                fields["collection_name"] = record.collection_name
            found.append(state.records.data("QAFeedback", FEEDBACK_SKIP, **fields))
    return found


@operation("list_question_answer_feedbacks")
async def list_question_answer_feedbacks(call: Call) -> Response:
    return JSONResponse(page(_feedbacks(call), call))


@operation("get_question_answer_feedback_count")
async def get_question_answer_feedback_count(call: Call) -> Response:
    return JSONResponse({"count": len(_feedbacks(call))})


@operation("update_question_answer_feedback")
async def update_question_answer_feedback(call: Call) -> Response:
    answer_id = call.path("answer_id")
    session_id = call.state.message_session.get(answer_id)
    messages = call.state.conversation(session_id).messages if session_id is not None else []
    if not any(m["id"] == answer_id and "reply_to" in m for m in messages):
        raise FakeError(404, f"answer {answer_id!r} not found")
    body = call.json() or {}
    call.state.feedbacks[answer_id] = {k: str(body[k]) for k in ("expected_answer", "user_comment") if k in body}
    return Response(status_code=204)


# --- completions --------------------------------------------------------------------------------------


def _content(name: str) -> bytes:
    """Plausible, deterministic content for an agent file, by extension."""
    seed = hashlib.sha256(name.encode()).digest()
    values = [100 + b for b in seed[:5]]
    suffix = Path(name).suffix.lower()
    if suffix == ".csv":
        rows = "".join(f"item_{i + 1},{v}\n" for i, v in enumerate(values))
        return f"item,value\n{rows}total,{sum(values)}\n".encode()
    if suffix == ".json":
        return json.dumps({"file": name, "values": values, "total": sum(values)}, indent=2).encode()
    if suffix == ".py":
        doc = f'"""Written by the scripted agent for {name}."""'
        return f"{doc}\n\nVALUES = {values}\nprint(sum(VALUES))\n".encode()
    return f"# {name}\n\nWritten by the scripted agent.\nValues: {values}; total {sum(values)}.\n".encode()


def _write_agent_files(state: State, session: Session, prompt: str) -> list[AgentFile]:
    folder = state.workdir / "agent" / session.id
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in dict.fromkeys(QUOTED_FILE.findall(prompt)):
        safe = Path(name).name
        agent_file = AgentFile(new_id(), safe, folder / safe, time.time())
        content = _content(safe)
        agent_file.path.write_bytes(content)
        session.agent_files[agent_file.doc_id] = agent_file
        state.document_files[agent_file.doc_id] = Blob(agent_file.path, len(content))
        written.append(agent_file)
    return written


def _delete_agent_files(state: State, session: Session) -> None:
    for agent_file in session.agent_files.values():
        state.document_files.pop(agent_file.doc_id, None)
        agent_file.path.unlink(missing_ok=True)
    session.agent_files.clear()


def _rag_documents(state: State, session: Session, rag_type: str) -> list[Any]:
    collection_id = getattr(session.record, "collection_id", None)
    if not isinstance(collection_id, str) or rag_type == "llm_only":
        return []
    return documents_of(state, collection_id)


def _answer(state: State, session: Session, request: dict[str, Any]) -> tuple[str, list[AgentFile], list[Any]]:
    prompt: str = request["message"]
    llm_args = request.get("llm_args") or {}
    rag_type = str((request.get("rag_config") or {}).get("rag_type", "auto"))
    if llm_args.get("use_agent"):
        files = _write_agent_files(state, session, prompt)
        names = ", ".join(f.name for f in files) or "no files"
        text = (
            f"I worked through the task in {max(1, len(files))} step(s) and saved {len(files)} file(s): "
            f"{names}. The summary: every requested output was produced deterministically."
        )
        return text, files, []
    documents = _rag_documents(state, session, rag_type)
    context = " ".join([prompt, *(text_of(state, d.id)[:4000] for d in documents)])
    answer = structured(state, llm_args if isinstance(llm_args, dict) else {}, context, f"chat:{prompt}")
    if answer is not None:
        return answer, [], documents
    if documents:
        names = ", ".join(d.name for d in documents)
        text = f"According to {names}: the documents answer '{prompt[:80]}' directly."
        return text, [], documents
    return f"You asked: {prompt[:200]} Here is a scripted answer from the fake h2oGPTe.", [], []


def record(
    state: State,
    session: Session,
    question: dict[str, Any],
    request: dict[str, Any],
    text: str,
    files: list[AgentFile],
    documents: list[Any],
    reply_id: str | None = None,
) -> dict[str, Any]:
    """Store the reply (under `reply_id` when the id was announced while streaming) and its metadata; return the
    reply message."""
    reply = _message(state, text, reply_to=question["id"], references=len(documents), message_id=reply_id)
    session.messages.append(reply)
    state.message_session[reply["id"]] = session.id
    if session.id in state.sessions:
        state.sessions[session.id] = Records.replace(
            session.record, latest_message_content=text, updated_at=reply["created_at"]
        )
    usage = used(state, request.get("llm") or "auto", len(request["message"].split()), len(text.split()))
    meta = {"usage_stats": json.dumps(usage), "prompt_raw": request["message"]}
    if (request.get("llm_args") or {}).get("use_agent"):
        trace = [
            {"role": "user", "content": request["message"]},
            *({"role": "tool", "content": f"wrote {f.name} ({f.path.stat().st_size} bytes)"} for f in files),
            {"role": "assistant", "content": text},
        ]
        meta["agent_files"] = json.dumps([{f.doc_id: f.name} for f in files])
        meta["agent_chat_history"] = json.dumps(trace)
        meta["agent_chat_history_md"] = "\n\n".join(f"**{t['role']}**: {t['content']}" for t in trace)
    state.meta[reply["id"]] = meta
    references = []
    for document in documents:  # each document's best chunk for the question, as chunk search finds it
        best = ranked(chunks_of(state, document), request["message"])[0]
        references.append(
            {
                "collection_id": session.record.collection_id,
                "document_id": document.id,
                "document_name": document.name,
                "chunk_id": best["id"],
                "score": best["score"],
                "pages": best["pages"],
                "content": best["text"],
                "were_references_deleted": False,
            }
        )
    state.references[reply["id"]] = sorted(references, key=lambda r: -r["score"])
    return reply


def _tokens(text: str) -> list[str]:
    return re.findall(r"\S+\s*", text)


def ask(
    state: State, session: Session, request: dict[str, Any]
) -> tuple[dict[str, Any], str, list[AgentFile], list[Any]]:
    """Store the question a completion request (a ChatCompletionRequest's JSON) asks, and work out the answer:
    the question message, the answer's text, the files an agent wrote and the documents it cites."""
    text, files, documents = _answer(state, session, request)  # first: a request it refuses leaves no question
    question = _message(state, request["message"])
    session.messages.append(question)
    state.message_session[question["id"]] = session.id
    return question, text, files, documents


class GenerationFailed(Exception):
    """A streamed answer broke off (`State.completion_failures`)."""


async def pieces(state: State, text: str, generation: Generation, failure: str | None) -> AsyncIterator[str]:
    """The answer's text as a model streams it, token by token, every `token_delay` seconds: held while paused,
    cut short when stopped, one concluding sentence when asked to finish; `failure` breaks it after two tokens."""
    for i, token in enumerate(_tokens(text)):
        while generation.paused and not generation.stopped:
            await asyncio.sleep(state.token_delay)
        if generation.stopped:
            return
        if generation.finishing:
            yield "In short: done."  # finishing "naturally": one sentence instead of the rest of the answer
            return
        if failure is not None and i == 2:
            raise GenerationFailed(failure)
        yield token
        await asyncio.sleep(state.token_delay)


@operation("get_completion")
async def get_completion(call: Call) -> Response:
    session = session_of(call)
    state, request = call.state, call.json()
    question, text, files, documents = ask(state, session, request)
    if not request.get("stream"):
        reply = record(state, session, question, request, text, files, documents)
        return JSONResponse({"message_id": reply["id"], "body": text})
    generation = state.generations[question["id"]] = Generation()
    failure = state.completion_failures.pop(0) if state.completion_failures else None
    return StreamingResponse(
        _stream(state, session, question, request, text, files, documents, generation, failure),
        media_type="application/jsonl",
    )


async def _stream(
    state: State,
    session: Session,
    question: dict[str, Any],
    request: dict[str, Any],
    text: str,
    files: list[AgentFile],
    documents: list[Any],
    generation: Generation,
    failure: str | None,
) -> AsyncIterator[bytes]:
    def line(**fields: Any) -> bytes:
        return (json.dumps(fields) + "\n").encode()

    sent: list[str] = []
    try:
        try:
            async for piece in pieces(state, text, generation, failure):
                sent.append(piece)
                yield line(body=piece, finished=False)
        except GenerationFailed as exc:
            yield line(error=str(exc))
            return
        reply = record(state, session, question, request, "".join(sent), files, documents)
        yield line(body="", finished=True, message_id=reply["id"])
    finally:
        state.generations.pop(question["id"], None)


def _control(field: str, value: bool) -> Any:
    async def handler(call: Call) -> Response:
        question_id = call.path("question_id")
        if question_id not in call.state.message_session:
            raise FakeError(404, f"message {question_id!r} not found")
        generation = call.state.generations.get(question_id)
        if generation is not None:  # a finished generation ignores control, as the server does
            setattr(generation, field, value)
        return Response(status_code=204)

    return handler


operation("pause_chat_message")(_control("paused", True))
operation("resume_chat_message")(_control("paused", False))
operation("stop_chat_message")(_control("stopped", True))
operation("finish_chat_message")(_control("finishing", True))


# --- message metadata -----------------------------------------------------------------------------------


@operation("get_message_meta")
async def get_message_meta(call: Call) -> Response:
    message_id = call.path("message_id")
    if message_id not in call.state.message_session:
        raise FakeError(404, f"message {message_id!r} not found")
    meta = call.state.meta.get(message_id, {})
    info_type = call.query("info_type")
    items = [(info_type, meta[info_type])] if info_type in meta else [] if info_type else list(meta.items())
    return JSONResponse([{"message_type": kind, "content": content} for kind, content in items])


def _current(state: State, reference: dict[str, Any]) -> dict[str, Any]:
    """A reference as it reads now: the document's present name, or marked deleted once the document is gone."""
    document = state.documents.get(reference["document_id"])
    if document is None:
        return {**reference, "were_references_deleted": True}
    return {**reference, "document_name": document.name}


@operation("get_message_references")
async def get_message_references(call: Call) -> Response:
    message_id = call.path("message_id")
    if message_id not in call.state.message_session:
        raise FakeError(404, f"message {message_id!r} not found")
    references = [_current(call.state, r) for r in call.state.references.get(message_id, [])]
    limit = call.query("limit")
    return JSONResponse(references[: int(limit)] if limit else references)


# --- agent files, directories and tools -------------------------------------------------------------------


def _stamp(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _human(size: int) -> str:
    return f"{size} B" if size < 1024 else f"{size / 1024:.1f} KB"


def directory(session: Session, detail_level: int) -> dict[str, Any]:
    files = list(session.agent_files.values())
    sizes = [f.path.stat().st_size for f in files]
    created = min((f.created for f in files), default=time.time())
    modified = max((f.created for f in files), default=created)
    stats: dict[str, Any] = {
        "id": "agent_files",
        "object": "agent_directory",
        "size_bytes": sum(sizes),
        "size_human_readable": _human(sum(sizes)),
        "file_count": len(files),
        "directory_count": 0,
        "created_timestamp": created,
        "modified_timestamp": modified,
        "created_date": _stamp(created),
        "modified_date": _stamp(modified),
        "is_empty": not files,
        "top_level_contents": [f.name for f in files],
        "owner": USERNAME,
        "permissions": "drwxr-xr-x",
    }
    if detail_level > 0:
        stats["files"] = [
            {
                "name": f.name,
                "path": f"agent_files/{f.name}",
                "size_bytes": size,
                "size_human_readable": _human(size),
                "created_timestamp": f.created,
                "modified_timestamp": f.created,
                "created_date": _stamp(f.created),
                "modified_date": _stamp(f.created),
                "is_directory": False,
                "owner": USERNAME,
                "permissions": "-rw-r--r--",
                "sha256": hashlib.sha256(f.path.read_bytes()).hexdigest(),
            }
            for f, size in zip(files, sizes, strict=True)
        ]
    return stats


@operation("list_agent_server_files")
async def list_agent_server_files(call: Call) -> Response:
    session = session_of(call)
    return JSONResponse(
        [
            {
                "id": f.doc_id,
                "object": "file",
                "bytes": f.path.stat().st_size,
                "created_at": int(f.created),
                "filename": f.name,
                "purpose": "assistants_output",
            }
            for f in session.agent_files.values()
        ]
    )


@operation("delete_agent_server_files")
async def delete_agent_server_files(call: Call) -> Response:
    session = session_of(call)
    _delete_agent_files(call.state, session)
    return Response(status_code=204)


@operation("list_all_agent_server_directories_stats")
async def list_all_agent_server_directories_stats(call: Call) -> Response:
    session = session_of(call)
    detail = int(call.query("detail_level") or 0)
    return JSONResponse([directory(session, detail)] if session.agent_files else [])


@operation("get_agent_server_directory_stats")
async def get_agent_server_directory_stats(call: Call) -> Response:
    session = session_of(call)
    if call.path("directory_name") != "agent_files" or not session.agent_files:
        raise FakeError(404, "directory not found")
    return JSONResponse(directory(session, int(call.query("detail_level") or 0)))
