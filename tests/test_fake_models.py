"""Tag "Models" (`handlers/models.py`): the model list and the scripted LLM answers."""

from __future__ import annotations

import httpx

from tests.raw import ok


def test_scripted_llm_answers(api: httpx.Client) -> None:
    context = {"text_context_list": ["Revenue grew 12 percent in the third quarter of the year."]}
    answer = ok(api.post("/models/auto/answer_question", json={"question": "How did revenue do?", **context}))
    listed = [m["id"] for m in ok(api.get("/models"))]
    assert "How did revenue do?" in answer["content"] and answer["llm"] == listed[0]  # `auto` is routed
    summary = ok(api.post("/models/auto/summarize_content", json=context))
    assert summary["content"].startswith("Summary: Revenue grew")
    extracted = ok(api.post("/models/auto/extract_data", json=context))
    assert extracted["content"] == ["Extracted from passage 1: " + context["text_context_list"][0]]
