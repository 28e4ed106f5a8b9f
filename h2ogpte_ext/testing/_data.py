"""Values the spec allows: plausible JSON for any schema, tidy by default or varied for a seed.

Tidy: every property present with an ordinary value. Varied (`Variety(seed)`): each optional property is
absent, null where nullable, an edge value (empty, zero, negative, non-ASCII) or ordinary, and enums take
every value over time; the same seed gives the same sequence.
"""

from __future__ import annotations

import functools
import random
from datetime import datetime, timezone
from typing import Any

from h2ogpte_ext.testing._spec import component, ref_name

# Properties the spec calls optional that the server always sends: the vendor's client builds its models from
# them with no default (`h2ogpte.types`: `PromptTemplate.is_system_default`, `QuestionReplyData.llm`, ...), so
# a record or answer of these schemas always has them, tidy or varied, and never null unless the spec allows.
ALWAYS_SENT: dict[str, tuple[str, ...]] = {
    "AddBuiltinSkill201Response": ("id",),
    "AgentSkill": ("id", "skill_name"),
    "ChatMessageReference": ("collection_id", "content"),
    "CreateLibrarySkill201ResponseInner": ("id", "skill_id"),
    "GetCollectionGraphStatus200Response": ("status",),
    "ListBuiltinSkills200ResponseInner": ("id", "skill_name"),
    "PromptTemplate": ("is_system_default", "name"),
    "QAFeedback": ("llm",),
    "StarLibraryItem200Response": ("is_starred_by_me", "item_id", "item_kind", "star_count"),
}

EDGE_STRINGS = ("", "ünïcödé ✓ 名前", "x" * 300, "line\nbreak")
STAMP = "2024-05-06T07:08:09+00:00"
# Every way RFC 3339 lets a server write a time: offsets, `Z`, fractions of a second.
STAMPS = (STAMP, "1970-01-01T00:00:00Z", "2099-12-31T23:59:59.999999+00:00", "2024-05-06T09:08:09.5+02:00")


class Variety:
    """Which shape each optional value takes; None seed (or no Variety) is tidy."""

    def __init__(self, seed: int | None = None) -> None:
        self.seed = seed
        self._random = random.Random(seed) if seed is not None else None  # noqa: S311 - test data, not secrets
        self._enum_turns: dict[tuple[Any, ...], int] = {}

    def reset(self) -> None:
        if self.seed is not None:
            self._random = random.Random(self.seed)  # noqa: S311 - test data, not secrets
        self._enum_turns.clear()

    @property
    def on(self) -> bool:
        return self._random is not None

    def roll(self) -> float:
        return self._random.random() if self._random is not None else 1.0

    def enum(self, values: list[Any]) -> Any:
        """The next value of an enum in turn (so every value shows up), the first when tidy."""
        if self._random is None:
            return values[0]
        key = tuple(values)
        turn = self._enum_turns.get(key, self._random.randrange(len(values)))
        self._enum_turns[key] = turn + 1
        return values[turn % len(values)]

    def pick(self, options: tuple[Any, ...] | list[Any]) -> Any:
        return options[0] if self._random is None else self._random.choice(options)


TIDY = Variety()


def now() -> str:
    return datetime.now(timezone.utc).isoformat()


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema a `$ref` names (through chains), with the properties the server always sends required."""
    name = None
    while "$ref" in schema:
        name = ref_name(schema)
        schema = component(name)
    return _always_sent(name) if name in ALWAYS_SENT else schema


@functools.cache
def _always_sent(name: str) -> dict[str, Any]:
    schema = component(name)
    return {**schema, "required": [*schema.get("required", []), *ALWAYS_SENT[name]]}


def record(schema: dict[str, Any], variety: Variety = TIDY, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A JSON object for a record the fake keeps: required properties, and when varied the optional ones
    too (never those in `skip`, whose presence means something to a client)."""
    schema = resolve(schema)
    if not variety.on:
        schema = {
            **schema,
            "properties": {k: v for k, v in schema.get("properties", {}).items() if k in schema.get("required", [])},
        }
    elif skip:
        schema = {**schema, "properties": {k: v for k, v in schema.get("properties", {}).items() if k not in skip}}
    value = instance(schema, variety)
    return value if isinstance(value, dict) else {}


def instance(schema: dict[str, Any], variety: Variety = TIDY, name: str = "value", depth: int = 0) -> Any:
    """A JSON value valid for `schema` (named `name`, which shapes plausible strings)."""
    schema = resolve(schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = instance(part, variety, name, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return instance(variety.pick(schema[key]), variety, name, depth)
    if "enum" in schema:
        return variety.enum(schema["enum"])
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object":
        return _object(schema, variety, depth)
    if kind == "array":
        count = 0 if depth > 3 else 1 if not variety.on else variety.pick((0, 1, 2))
        if "minItems" in schema:
            count = max(count, int(schema["minItems"]))
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        return [instance(schema.get("items", {}), variety, name, depth + 1) for _ in range(count)]
    if kind == "string":
        return _string(schema, variety, name)
    if kind == "integer":
        return int(schema.get("minimum", 0)) + (int(variety.pick((0, 1, 7, 2**31))) if variety.on else 3)
    if kind == "number":
        low = schema.get("minimum", 0)
        # A whole number is a JSON number too (`7`, not `7.0`), as servers often send it.
        return low + variety.pick((0, 0.5, 7, 1e9)) if variety.on else float(low) + 0.5
    if kind == "boolean":
        return bool(variety.pick((False, True))) if variety.on else False
    return None


def _object(schema: dict[str, Any], variety: Variety, depth: int) -> dict[str, Any]:
    required = set(schema.get("required", []))
    result: dict[str, Any] = {}
    for prop, sub in schema.get("properties", {}).items():
        if prop not in required and variety.on:
            roll = variety.roll()
            if roll < 0.25:
                continue
            if roll < 0.5 and _nullable(sub):
                result[prop] = None
                continue
        elif prop not in required and depth > 3:
            continue
        result[prop] = instance(sub, variety, prop, depth + 1)
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict) and not schema.get("properties") and (not variety.on or variety.roll() < 0.7):
        result["key"] = instance(extra, variety, "key", depth + 1)
    return result


def _nullable(schema: dict[str, Any]) -> bool:
    # OpenAPI 3.0.3: `nullable` adds null only to a `type` in the same schema (not to an allOf of a $ref),
    # and that is how the response validator reads it.
    return bool(schema.get("nullable")) and "type" in schema


def _string(schema: dict[str, Any], variety: Variety, name: str) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return str(variety.pick(STAMPS))
    if fmt == "date":
        return str(variety.pick(("2024-05-06", "1970-01-01")))
    if fmt in ("binary", "byte"):
        return "Ynl0ZXM="
    if variety.on and variety.roll() < 0.3:
        return str(variety.pick(EDGE_STRINGS))
    return f"{name}-1"
