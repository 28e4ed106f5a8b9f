"""Tag "Models": the models (the list, and which of them see images or reason), embedding models, scripted LLM
answers (answer_question, summarize_content, extract_data: structured where asked, `_structured`), and the usage
and performance statistics, added up from every answer the fake gave (chats included)."""

from __future__ import annotations

import time
from typing import Any

from attrs import frozen
from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._state import USER_ID, USERNAME, Call, FakeError, State, operation
from h2ogpte_ext.testing._structured import Unsatisfiable, guided


@frozen
class Model:
    name: str
    vision: bool = False
    reasoning: bool = False
    usd_per_million_tokens: float = 0.1


# Every model name any answer gives (an answer's `llm`, usage by model, the vision and reasoning lists) is one of
# these; `auto`, or a name not listed, is routed to the first.
MODELS = (
    Model("h2oai/h2o-danube3-4b-chat", usd_per_million_tokens=0.05),
    Model("meta-llama/Llama-3.3-70B-Instruct", usd_per_million_tokens=0.6),
    Model("Qwen/Qwen2.5-VL-72B-Instruct", vision=True, usd_per_million_tokens=0.8),
    Model("deepseek-ai/DeepSeek-R1", reasoning=True, usd_per_million_tokens=2.0),
)
BY_NAME = {m.name: m for m in MODELS}
# The embedding models; a collection made without one gets the first.
EMBEDDING_MODELS = (
    ("BAAI/bge-large-en-v1.5", "English, 1024 dimensions", ["en"]),
    ("BAAI/bge-m3", "Multilingual, 1024 dimensions", ["en", "de", "fr", "es", "zh", "ja"]),
)
DEFAULT_EMBEDDING_MODEL = EMBEDDING_MODELS[0][0]
# What an interval of usage may cost, in `cost_unit`.
MAX_COST_24H = 100.0


def routed(llm: Any) -> Model:
    """The model that answers a request naming `llm` (automatic routing for `auto` or an unknown name)."""
    return BY_NAME.get(llm, MODELS[0]) if isinstance(llm, str) else MODELS[0]


def used(state: State, llm: str, input_tokens: int, output_tokens: int, seconds: float = 0.01) -> dict[str, Any]:
    """Count one LLM call in the usage statistics; its usage stats (as a chat reply's `usage_stats` holds)."""
    model = routed(llm)
    cost = round((input_tokens + output_tokens) * model.usd_per_million_tokens / 1e6, 9)
    entry = {
        "llm": model.name,
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "cost": cost,
        "response_time": seconds,
        "at": time.time(),
    }
    state.usage.append(entry)
    return {k: v for k, v in entry.items() if k != "at"}


def llm_args(body: dict[str, Any]) -> dict[str, Any]:
    """The request's LLM arguments: its `llm_args`, and guided-output keys given beside them (the vendor's client
    sends its keyword arguments there)."""
    given = body.get("llm_args")
    args: dict[str, Any] = given if isinstance(given, dict) else {}
    beside = {k: v for k, v in body.items() if k.startswith("guided_") or k == "response_format"}
    return {**beside, **args}


def structured(state: State, args: dict[str, Any], text: str, salt: str) -> str | None:
    """The guided answer the arguments ask for (None when they ask for none); a 400 when no value can satisfy
    the schema."""
    try:
        return guided(args, text, state.variety.seed, salt)
    except Unsatisfiable as exc:
        raise FakeError(400, f"llm_args: {exc}") from None


@operation("list_models")
async def list_models(call: Call) -> Response:
    # The display name is the name: the vendor's client offers display names as the names to ask for.
    return JSONResponse([{"id": m.name, "display_name": m.name} for m in MODELS])


@operation("get_vision_capable_model_names")
async def get_vision_capable_model_names(call: Call) -> Response:
    return JSONResponse([m.name for m in MODELS if m.vision])


@operation("get_reasoning_capable_model_names")
async def get_reasoning_capable_model_names(call: Call) -> Response:
    return JSONResponse([m.name for m in MODELS if m.reasoning])


def _mapping(capable: list[str]) -> dict[str, str]:
    """Each model to the model that takes over where it lacks a capability: itself where it has it."""
    return {m.name: m.name if m.name in capable else capable[0] for m in MODELS}


@operation("get_model_to_vision_model_mapping")
async def get_model_to_vision_model_mapping(call: Call) -> Response:
    return JSONResponse(_mapping([m.name for m in MODELS if m.vision]))


@operation("get_model_to_reasoning_model_mapping")
async def get_model_to_reasoning_model_mapping(call: Call) -> Response:
    return JSONResponse(_mapping([m.name for m in MODELS if m.reasoning]))


def _embedding(name: str, description: str, languages: list[str]) -> dict[str, Any]:
    return {"id": name, "display_name": name.split("/")[-1], "description": description, "languages": languages}


@operation("list_embedding_models")
async def list_embedding_models(call: Call) -> Response:
    return JSONResponse([_embedding(*m) for m in EMBEDDING_MODELS])


@operation("get_default_embedding_model")
async def get_default_embedding_model(call: Call) -> Response:
    return JSONResponse(_embedding(*EMBEDDING_MODELS[0]))


# --- scripted answers ---------------------------------------------------------------------------------------


def _context(body: dict[str, Any]) -> list[str]:
    return [str(t) for t in body.get("text_context_list") or []]


def _answer(call: Call, content: str | list[str], body: dict[str, Any]) -> Response:
    words = sum(len(t.split()) for t in _context(body))
    text = content if isinstance(content, str) else " ".join(content)
    input_tokens = words + len(str(body.get("question", "")).split())
    usage = used(call.state, call.path("model_name"), input_tokens, len(text.split()))
    return JSONResponse(
        {
            "content": content,
            "error": "",
            "llm": usage["llm"],
            "input_tokens": usage["input_tokens"],
            "output_tokens": usage["output_tokens"],
        }
    )


@operation("answer_question")
async def answer_question(call: Call) -> Response:
    body = call.json() or {}
    context = _context(body)
    question = str(body.get("question", ""))
    answer = structured(call.state, llm_args(body), " ".join([question, *context]), f"answer:{question}:{context}")
    if answer is None:
        source = f" Based on {len(context)} context passage(s)." if context else ""
        answer = f"Scripted answer to: {question}.{source}"
    return _answer(call, answer, body)


@operation("summarize_content")
async def summarize_content(call: Call) -> Response:
    body = call.json() or {}
    text = " ".join(_context(body))
    summary = structured(call.state, llm_args(body), text, f"summary:{text}")
    if summary is None:
        words = text.split()
        summary = "Summary: " + (
            " ".join(words[:12]) + (" ..." if len(words) > 12 else "") if words else "(no content)"
        )
    return _answer(call, summary, body)


@operation("extract_data")
async def extract_data(call: Call) -> Response:
    """One extraction per passage: structured where asked (each valid on its own), else a line quoting it."""
    body = call.json() or {}
    args = llm_args(body)
    extracted = []
    for i, passage in enumerate(_context(body) or ([""] if args else [])):
        found = structured(call.state, args, passage, f"extract:{i}:{passage}")
        extracted.append(found if found is not None else f"Extracted from passage {i + 1}: {passage[:60]}")
    return _answer(call, extracted, body)


# --- usage and performance ----------------------------------------------------------------------------------


def _by_model(state: State) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for entry in state.usage:
        grouped.setdefault(entry["llm"], []).append(entry)
    return grouped


def _per_model(name: str, entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "llm_name": name,
        "llm_cost": round(sum(e["cost"] for e in entries), 9),
        "call_count": len(entries),
        "input_tokens": sum(e["input_tokens"] for e in entries),
        "output_tokens": sum(e["output_tokens"] for e in entries),
    }


@operation("get_usage_stats")
async def get_usage_stats(call: Call) -> Response:
    current = round(sum(e["cost"] for e in call.state.usage), 9)
    interval = call.query("interval") or "24 hours"
    return JSONResponse({"current": current, "max_allowed_24h": MAX_COST_24H, "cost_unit": "USD", "interval": interval})


@operation("get_usage_stats_by_model")
async def get_usage_stats_by_model(call: Call) -> Response:
    return JSONResponse([_per_model(n, e) for n, e in _by_model(call.state).items()])


def _user() -> dict[str, str]:
    return {"user_id": USER_ID, "username": USERNAME, "email": f"{USERNAME}@example.com"}


@operation("get_usage_stats_by_user")
async def get_usage_stats_by_user(call: Call) -> Response:
    usage = [_per_model(n, e) for n, e in _by_model(call.state).items()]
    return JSONResponse([{**_user(), "llm_usage": usage}] if usage else [])


@operation("get_usage_stats_by_model_and_user")
async def get_usage_stats_by_model_and_user(call: Call) -> Response:
    found = []
    for name, entries in _by_model(call.state).items():
        totals = _per_model(name, entries)
        mine = {k: totals[k] for k in ("llm_cost", "call_count", "input_tokens", "output_tokens")}
        found.append(
            {
                "llm_name": name,
                "total_cost": totals["llm_cost"],
                "total_calls": totals["call_count"],
                "total_input_tokens": totals["input_tokens"],
                "total_output_tokens": totals["output_tokens"],
                "user_usage": [{**_user(), **mine}],
            }
        )
    return JSONResponse(found)


@operation("get_performance_stats_by_model")
async def get_performance_stats_by_model(call: Call) -> Response:
    found = []
    for name, entries in _by_model(call.state).items():
        totals = _per_model(name, entries)
        seconds = sum(e["response_time"] for e in entries) or 1.0
        found.append(
            {
                "llm_name": name,
                "call_count": totals["call_count"],
                "input_tokens": totals["input_tokens"],
                "output_tokens": totals["output_tokens"],
                "tokens_per_second": round(totals["output_tokens"] / seconds, 3),
                "time_to_first_token": round(min(e["response_time"] for e in entries), 3),
            }
        )
    return JSONResponse(found)
