"""Tag "Models" (`handlers/models.py`): the model list and the scripted LLM answers."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import jsonschema
import pytest

from h2ogpte_ext.testing import FakeH2OGPTE
from h2ogpte_ext.testing._structured import conforming
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


# --- structured answers (`_structured`): JSON valid against the schema asked for, the same for a seed ---------

SCHEMAS: dict[str, dict[str, Any]] = {
    "object": {
        "type": "object",
        "properties": {"name": {"type": "string", "minLength": 3}, "note": {"type": "string"}},
        "required": ["name"],
        "additionalProperties": False,
    },
    "arrays": {
        "type": "object",
        "properties": {
            "tags": {"type": "array", "items": {"enum": ["a", "b", "c", "d"]}, "minItems": 2, "uniqueItems": True},
            "pair": {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "boolean"}], "items": False},
            "some": {"type": "array", "contains": {"const": 7}, "maxItems": 2},
        },
        "required": ["tags", "pair", "some"],
    },
    "numbers": {
        "type": "object",
        "properties": {
            "price": {"type": "number", "exclusiveMinimum": 0, "maximum": 10, "multipleOf": 0.25},
            "count": {"type": "integer", "minimum": -5, "maximum": -1},
        },
        "required": ["price", "count"],
    },
    "draft-4": {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "type": "object",
        "properties": {
            "above_one": {"type": "number", "minimum": 1, "exclusiveMinimum": True, "maximum": 2},
            "tuple": {"type": "array", "items": [{"type": "string"}, {"type": "null"}], "additionalItems": False},
        },
        "required": ["above_one", "tuple"],
    },
    "strings": {
        "type": "object",
        "properties": {
            "sku": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}$"},
            "when": {"type": "string", "format": "date-time"},
            "mail": {"type": "string", "format": "email"},
            "id": {"type": "string", "format": "uuid"},
            "short": {"type": "string", "maxLength": 2},
        },
        "required": ["sku", "when", "mail", "id", "short"],
    },
    "references_and_choices": {
        "$defs": {
            "line": {"type": "object", "properties": {"qty": {"type": "integer", "minimum": 1}}, "required": ["qty"]}
        },
        "type": "object",
        "properties": {
            "lines": {"type": "array", "items": {"$ref": "#/$defs/line"}, "minItems": 1},
            "either": {"oneOf": [{"type": "string", "maxLength": 0}, {"type": "integer", "minimum": 100}]},
            "any": {"anyOf": [{"type": "null"}, {"type": "boolean"}]},
            "both": {"allOf": [{"type": "integer", "minimum": 3}, {"maximum": 4}]},
            "maybe": {"type": ["string", "null"]},
        },
        "required": ["lines", "either", "any", "both", "maybe"],
        "minProperties": 5,
        "dependentRequired": {"lines": ["extra"]},
    },
}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_guided_json_answers_are_valid_and_the_same_for_a_seed(name: str) -> None:
    schema = SCHEMAS[name]
    for seed in range(20):
        value = conforming(schema, "An invoice from ACME for widgets.", seed, "salt")
        jsonschema.validate(value, schema)
        assert value == conforming(schema, "An invoice from ACME for widgets.", seed, "salt")


def test_every_llm_answer_follows_the_schema_asked_for(api: httpx.Client, fake_h2ogpte: FakeH2OGPTE) -> None:
    """extract_data (one value per passage), answer_question, summarize_content, a chat answer (JSON and streamed),
    process_document's `schema`: each JSON valid against it, the same when asked again, also after a reset."""
    schema = SCHEMAS["references_and_choices"]
    context = {"text_context_list": ["ACME invoice: 3 x ABC-1234", "Globex invoice: 1 x XYZ-0001"]}
    guided = {"llm_args": {"guided_json": schema}}
    extracted = ok(api.post("/models/auto/extract_data", json={**context, **guided}))["content"]
    assert len(extracted) == 2 and extracted[0] != extracted[1]  # each passage its own
    answers = [
        *extracted,
        ok(api.post("/models/auto/answer_question", json={"question": "Lines?", **context, **guided}))["content"],
        ok(api.post("/models/auto/summarize_content", json={**context, **guided}))["content"],
    ]
    session = ok(api.post("/chats"), 201)["id"]
    answers.append(ok(api.post(f"/chats/{session}/completions", json={"message": "Lines?", **guided}))["body"])
    streamed = api.post(f"/chats/{session}/completions", json={"message": "Lines?", "stream": True, **guided})
    answers.append("".join(json.loads(line).get("body", "") for line in streamed.text.splitlines()))
    upload = ok(api.put("/uploads", files={"file": ("invoice.txt", b"ACME invoice: 3 x ABC-1234")}))["id"]
    collection = ok(api.post("/collections", json={"name": "c", "description": "d"}), 201)["id"]
    ok(api.post(f"/uploads/{upload}/ingest", params={"collection_id": collection}), 204)
    (document,) = ok(api.get(f"/collections/{collection}/documents"))
    job = ok(
        api.post("/documents/process_job", json={"document_id": document["id"], "summary_id": "s1", "schema": schema}),
        201,
    )
    while ok(api.get(f"/jobs/{job['id']}"))["overall_status"] == "in progress":
        pass
    answers.append(ok(api.get("/document_summaries/s1"))["content"])
    for answer in answers:
        jsonschema.validate(json.loads(answer), schema)
    fake_h2ogpte.reset()
    again = ok(api.post("/models/auto/extract_data", json={**context, **guided}))["content"]
    assert again == extracted


def test_choices_patterns_and_json_objects(api: httpx.Client) -> None:
    def answer(**llm_args: Any) -> str:
        body = {"question": "Which currency?", "llm_args": llm_args}
        return str(ok(api.post("/models/auto/answer_question", json=body))["content"])

    assert answer(guided_choice=["EUR", "USD"]) in ("EUR", "USD")
    assert re.fullmatch(r"[A-Z]{2}\d{3}(-[a-z]+)?", answer(guided_regex=r"[A-Z]{2}\d{3}(-[a-z]+)?"))
    assert json.loads(answer(response_format="json_object")) == {"answer": "Which currency?"}
    # guided keys beside llm_args (as the vendor's client sends its keyword arguments) count the same
    body = {"question": "Which currency?", "guided_choice": ["GBP"]}
    assert ok(api.post("/models/auto/answer_question", json=body))["content"] == "GBP"


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "integer", "minimum": 5, "maximum": 1},
        {"not": {}},
        {"type": "object", "$ref": "#/$defs/missing"},
        {"type": "no-such-type"},
    ],
    ids=["empty-range", "nothing", "dangling-ref", "invalid"],
)
def test_a_schema_no_value_satisfies_is_a_400(api: httpx.Client, schema: dict[str, Any]) -> None:
    response = api.post("/models/auto/answer_question", json={"question": "q", "llm_args": {"guided_json": schema}})
    assert response.status_code == 400
    assert "satisfies" in response.json()["message"]
