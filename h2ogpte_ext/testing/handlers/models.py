"""Tag "Models": the model list, and scripted LLM answers (answer_question, summarize_content, extract_data)."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._state import Call, operation

MODELS = ("h2oai/h2o-danube3-4b-chat", "meta-llama/Llama-3.3-70B-Instruct")


@operation("list_models")
async def list_models(call: Call) -> Response:
    return JSONResponse([{"id": name, "display_name": name.split("/")[-1]} for name in MODELS])


def _context(body: dict[str, Any]) -> list[str]:
    return [str(t) for t in body.get("text_context_list") or []]


def _answer(call: Call, content: str | list[str], body: dict[str, Any]) -> Response:
    words = sum(len(t.split()) for t in _context(body))
    text = content if isinstance(content, str) else " ".join(content)
    return JSONResponse(
        {
            "content": content,
            "error": "",
            "llm": call.path("model_name"),
            "input_tokens": words + len(str(body.get("question", "")).split()),
            "output_tokens": len(text.split()),
        }
    )


@operation("answer_question")
async def answer_question(call: Call) -> Response:
    body = call.json() or {}
    context = _context(body)
    source = f" Based on {len(context)} context passage(s)." if context else ""
    return _answer(call, f"Scripted answer to: {body.get('question', '')}.{source}", body)


@operation("summarize_content")
async def summarize_content(call: Call) -> Response:
    body = call.json() or {}
    text = " ".join(_context(body))
    words = text.split()
    summary = " ".join(words[:12]) + (" ..." if len(words) > 12 else "")
    return _answer(call, f"Summary: {summary}" if words else "Summary: (no content)", body)


@operation("extract_data")
async def extract_data(call: Call) -> Response:
    body = call.json() or {}
    return _answer(call, [f"Extracted from passage {i + 1}: {t[:60]}" for i, t in enumerate(_context(body))], body)
