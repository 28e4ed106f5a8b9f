"""Structured answers: what an LLM asked for guided output answers, built from what it was asked for.

`guided_json` (or a `schema`, or `response_format: "json_object"`) gets JSON valid against the JSON Schema given,
`guided_choice` one of the choices, `guided_regex` a string the regular expression matches in full. The value is
built from the request alone: the same schema, request and seed (`FakeH2OGPTE(variety=SEED)`) give the same
answer; strings take their words from the request's own text where the schema lets them.

The JSON Schema keywords of drafts 4 to 2020-12 that shape a value are followed (`type` and type lists, `enum`,
`const`, `properties`, `required`, `additionalProperties`, `items`/`prefixItems`, `minItems`/`maxItems`,
`uniqueItems`, `contains`, `minimum`/`maximum` and their exclusive forms, `multipleOf`, `minLength`/`maxLength`,
`pattern`, `format`, `allOf`/`anyOf`/`oneOf`, `$ref` into `$defs` or `definitions`, `minProperties`,
`dependentRequired`, OpenAPI's `nullable`); every answer is checked against the schema (jsonschema), and a few
other draws are tried before the fake gives up with an error naming the schema it cannot satisfy.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
import uuid
import zlib
from typing import Any

from jsonschema import validators
from jsonschema.exceptions import SchemaError

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

ATTEMPTS = 8
MAX_DEPTH = 8
WORDS = ("alpha", "delta", "report", "total", "widget", "north", "quarter", "summary")


class Unsatisfiable(Exception):
    """No value the fake can build satisfies the schema (it may allow none)."""


def guided(llm_args: Any, text: str, seed: int | None, salt: str) -> str | None:
    """The answer an LLM asked for guided output gives (`llm_args`' `guided_json`, `guided_choice`,
    `guided_regex` or `response_format`), as text; None when the request asks for none."""
    if not isinstance(llm_args, dict):
        return None
    schema = llm_args.get("guided_json")
    if isinstance(schema, str):
        try:
            schema = json.loads(schema)
        except ValueError:
            schema = None
    if isinstance(schema, (dict, bool)):
        return json.dumps(conforming(schema, text, seed, salt))
    choices = llm_args.get("guided_choice")
    if isinstance(choices, list) and choices:
        return str(_random(seed, salt).choice([str(c) for c in choices]))
    pattern = llm_args.get("guided_regex")
    if isinstance(pattern, str) and pattern:
        return matching(pattern, _random(seed, salt))
    if llm_args.get("response_format") in ("json_object", "json_code"):
        return json.dumps({"answer": text})
    return None


def conforming(schema: dict[str, Any] | bool, text: str = "", seed: int | None = None, salt: str = "") -> Any:
    """A JSON value valid against `schema`, built from it; the same for the same schema, text, seed and salt."""
    cls = validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except SchemaError as exc:
        raise Unsatisfiable(f"not a valid JSON Schema ({exc.message}), so no value satisfies it") from None
    validator = cls(schema)
    for attempt in range(ATTEMPTS):
        builder = _Builder(schema, _random(seed, f"{salt}#{attempt}"), _words(text), tidy=attempt == 0)
        try:
            value = builder.value(schema, 0)
        except Unsatisfiable:
            continue
        if validator.is_valid(value):
            return value
    raise Unsatisfiable(f"no value the fake h2oGPTe can build satisfies the schema {json.dumps(schema)[:200]}")


def _random(seed: int | None, salt: str) -> random.Random:
    return random.Random(f"{seed}|{salt}")  # noqa: S311 - test data, not secrets


def _words(text: str) -> list[str]:
    found = re.findall(r"[^\W\d_][\w-]*", text)
    return list(dict.fromkeys(found)) or list(WORDS)


class _Builder:
    def __init__(self, root: dict[str, Any] | bool, rng: random.Random, words: list[str], tidy: bool) -> None:
        self.root = root
        self.rng = rng
        self.words = words
        self.tidy = tidy  # the first draw: every optional property, the first of each choice

    def resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 32:
            target = self._pointer(schema["$ref"])
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**target, **rest} if isinstance(target, dict) and rest else target
            seen += 1
        return schema

    def _pointer(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise Unsatisfiable(f"only local references are followed, not {ref!r}")
        node: Any = self.root
        for part in ref[1:].lstrip("/").split("/") if ref != "#" else []:
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            else:
                raise Unsatisfiable(f"reference {ref!r} not found")
        return node

    def value(self, schema: Any, depth: int) -> Any:
        schema = self.resolve(schema)
        if schema is True or schema == {}:
            return self.text({}, "value")
        if schema is False:
            raise Unsatisfiable("false schema")
        if not isinstance(schema, dict):
            raise Unsatisfiable("not a schema")
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return self.choose(schema["enum"])
        if "allOf" in schema:
            return self.value(self._merged(schema), depth)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                rest = {k: v for k, v in schema.items() if k != key}
                branch = self.resolve(self.choose(schema[key]))
                return self.value({**rest, **branch} if isinstance(branch, dict) else branch, depth)
        kind = self._type(schema)
        if kind == "null":
            return None
        if kind == "boolean":
            return True if self.tidy else self.rng.random() < 0.5
        if kind == "integer":
            return self.integer(schema)
        if kind == "number":
            return self.number(schema)
        if kind == "string":
            return self.text(schema, "value")
        if kind == "array":
            return self.array(schema, depth)
        return self.object(schema, depth)

    def choose(self, options: list[Any]) -> Any:
        if not options:
            raise Unsatisfiable("nothing to choose from")
        return options[0] if self.tidy else self.rng.choice(options)

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = self.resolve(part)
            if not isinstance(part, dict):
                continue
            part = self._merged(part) if "allOf" in part else part
            for key, value in part.items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = [*merged.get("required", []), *value]
                elif key in ("minimum", "minLength", "minItems", "exclusiveMinimum", "minProperties"):
                    merged[key] = max(merged.get(key, value), value)
                elif key in ("maximum", "maxLength", "maxItems", "exclusiveMaximum", "maxProperties"):
                    merged[key] = min(merged.get(key, value), value)
                else:
                    merged.setdefault(key, value)
        return merged

    def _type(self, schema: dict[str, Any]) -> str:
        kind = schema.get("type")
        if isinstance(kind, list):
            real = [k for k in kind if k != "null"] or ["null"]
            return str(self.choose(real))
        if isinstance(kind, str):
            return kind
        if "properties" in schema or "required" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema or "prefixItems" in schema:
            return "array"
        if any(k in schema for k in ("minLength", "maxLength", "pattern", "format")):
            return "string"
        if any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
            return "number"
        return "string"

    def integer(self, schema: dict[str, Any]) -> int:
        low, high = _bounds(schema, whole=True)
        if low > high:
            raise Unsatisfiable("empty range")
        step = schema.get("multipleOf")
        pick = low + (0 if self.tidy else self.rng.randint(0, min(high - low, 100)))
        if isinstance(step, (int, float)) and step > 0:
            pick = int(-(-pick // step) * step)
            if pick > high:
                raise Unsatisfiable("no multiple in range")
        if pick > high:
            raise Unsatisfiable("empty range")
        return int(pick)

    def number(self, schema: dict[str, Any]) -> float | int:
        step = schema.get("multipleOf")
        if isinstance(step, (int, float)) and step > 0 and not isinstance(step, bool):
            low, high = _bounds(schema, whole=False)
            first = -(-low // step) * step
            count = int((high - first) // step) if high >= first else -1
            if count < 0:
                raise Unsatisfiable("no multiple in range")
            pick = first + step * (0 if self.tidy else self.rng.randint(0, min(count, 100)))
            return int(pick) if float(pick).is_integer() else pick
        low, high = _bounds(schema, whole=False)
        if low > high:
            raise Unsatisfiable("empty range")
        span = min(high - low, 1000.0)
        value = low + (span / 2 if self.tidy else self.rng.uniform(0, span))
        value = round(value, 2)
        if not low <= value <= high or value in _exclusive(schema):
            value = (low + high) / 2
        return int(value) if value.is_integer() else value

    def text(self, schema: dict[str, Any], name: str) -> str:
        fmt = schema.get("format")
        if isinstance(schema.get("pattern"), str):
            value = matching(schema["pattern"], self.rng, search=True)
        elif fmt in FORMATS:
            value = FORMATS[fmt](self.rng)
        elif self.tidy:  # a word of the request's text, the same for the same property name
            value = self.words[zlib.crc32(name.encode()) % len(self.words)]
        else:
            value = " ".join(self.rng.choice(self.words) for _ in range(self.rng.randint(1, 3)))
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        if len(value) < low:
            value = (value + " " + value * low)[:low] if value else "x" * low
        if isinstance(high, int) and len(value) > high:
            value = value[:high]
        return value

    def array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        prefix = schema.get("prefixItems")
        items = schema.get("items", {})
        if isinstance(items, list):  # draft 4 to 2019-09 tuples
            prefix, items = items, schema.get("additionalItems", {})
        low = int(schema.get("minItems", 0))
        high = schema.get("maxItems")
        wanted = max(low, 1) if self.tidy else max(low, self.rng.randint(1, 3))
        if depth >= MAX_DEPTH:
            wanted = low
        if isinstance(high, int):
            wanted = min(wanted, high)
        result: list[Any] = []
        for i in range(wanted):
            if isinstance(prefix, list) and i < len(prefix):
                item_schema = prefix[i]
            elif items is False:
                break
            else:
                item_schema = items
            result.append(
                self._unique(item_schema, result, depth)
                if schema.get("uniqueItems")
                else self.value(item_schema, depth + 1)
            )
        if "contains" in schema:  # one item from `contains` (the last, or one more): the final check judges
            found = self.value(schema["contains"], depth + 1)
            result = [*result[:-1], found] if isinstance(high, int) and len(result) >= high else [*result, found]
        return result

    def _unique(self, schema: Any, taken: list[Any], depth: int) -> Any:
        for _ in range(ATTEMPTS):
            value = self.value(schema, depth + 1)
            if value not in taken:
                return value
            self.tidy = False  # the tidy value repeats itself: draw others
        raise Unsatisfiable("not enough distinct items")

    def object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        properties: dict[str, Any] = schema.get("properties", {}) or {}
        required = list(dict.fromkeys(schema.get("required", [])))
        dependent = schema.get("dependentRequired", {})
        result: dict[str, Any] = {}
        for name, sub in properties.items():
            wanted = name in required or (depth < MAX_DEPTH and (self.tidy or self.rng.random() < 0.6))
            if wanted:
                result[name] = self._named(sub, name, depth)
        for name in required:
            if name not in result:
                result[name] = self._named(schema.get("additionalProperties", {}), name, depth)
        for name in list(result):
            for extra in dependent.get(name, []):
                if extra not in result:
                    result[extra] = self._named(properties.get(extra, {}), extra, depth)
        extra_schema = schema.get("additionalProperties", True)
        minimum = int(schema.get("minProperties", 0))
        index = 0
        while len(result) < minimum:
            if extra_schema is False:
                missing = [n for n in properties if n not in result]
                if not missing:
                    raise Unsatisfiable("too few properties allowed")
                result[missing[0]] = self._named(properties[missing[0]], missing[0], depth)
            else:
                index += 1
                result[f"{self.words[index % len(self.words)]}_{index}"] = self.value(
                    extra_schema if isinstance(extra_schema, dict) else {}, depth + 1
                )
        return result

    def _named(self, schema: Any, name: str, depth: int) -> Any:
        resolved = self.resolve(schema)
        if isinstance(resolved, dict) and self._is_plain_string(resolved):
            return self.text(resolved, name)
        return self.value(schema, depth + 1)

    @staticmethod
    def _is_plain_string(schema: dict[str, Any]) -> bool:
        choices = ("enum", "const", "allOf", "anyOf", "oneOf")
        return schema.get("type") == "string" and not any(k in schema for k in choices)


def _exclusive(schema: dict[str, Any]) -> set[float]:
    out: set[float] = set()
    for key, flag in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if schema.get(flag) is True and isinstance(schema.get(key), (int, float)):  # draft 4
            out.add(float(schema[key]))
    for key in ("exclusiveMinimum", "exclusiveMaximum"):
        value = schema.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out.add(float(value))
    return out


def _bounds(schema: dict[str, Any], whole: bool) -> tuple[Any, Any]:
    """The inclusive range of a number the schema allows (1 or 0.01 inside an exclusive bound)."""
    nudge = 1 if whole else 0.01
    low: float = -1e6
    high: float = 1e6
    if isinstance(schema.get("minimum"), (int, float)):
        low = schema["minimum"] + (nudge if schema.get("exclusiveMinimum") is True else 0)
    if isinstance(schema.get("maximum"), (int, float)):
        high = schema["maximum"] - (nudge if schema.get("exclusiveMaximum") is True else 0)
    lower, upper = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(lower, (int, float)) and not isinstance(lower, bool):
        low = max(low, lower + nudge)
    if isinstance(upper, (int, float)) and not isinstance(upper, bool):
        high = min(high, upper - nudge)
    if "minimum" not in schema and "exclusiveMinimum" not in schema:
        low = max(low, 0) if high >= 0 else low  # plausible: counts and amounts are rarely negative
    if whole:
        return int(-(-low // 1)), int(high // 1)
    return low, high


def _stamp(rng: random.Random) -> str:
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"{day}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


FORMATS = {
    "date-time": _stamp,
    "date": lambda rng: _stamp(rng)[:10],
    "time": lambda rng: _stamp(rng)[11:],
    "email": lambda rng: f"{rng.choice(WORDS)}@example.com",
    "idn-email": lambda rng: f"{rng.choice(WORDS)}@example.com",
    "uri": lambda rng: f"https://example.com/{rng.choice(WORDS)}",
    "url": lambda rng: f"https://example.com/{rng.choice(WORDS)}",
    "uri-reference": lambda rng: f"/{rng.choice(WORDS)}",
    "hostname": lambda rng: f"{rng.choice(WORDS)}.example.com",
    "ipv4": lambda rng: f"192.0.2.{rng.randint(1, 254)}",
    "ipv6": lambda rng: f"2001:db8::{rng.randint(1, 65535):x}",
    "uuid": _uuid,
}


# --- strings a regular expression matches -------------------------------------------------------------------

_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: string.digits,
    sre_constants.CATEGORY_NOT_DIGIT: string.ascii_letters,
    sre_constants.CATEGORY_SPACE: " ",
    sre_constants.CATEGORY_NOT_SPACE: string.ascii_letters + string.digits,
    sre_constants.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
    sre_constants.CATEGORY_NOT_WORD: " -.,",
}
_PRINTABLE = string.ascii_letters + string.digits + " -_.,"


def matching(pattern: str, rng: random.Random, search: bool = False) -> str:
    """A string `pattern` matches in full (or, with `search`, that it finds a match in, as JSON Schema's
    `pattern` does); checked, with a few draws before giving up."""
    compiled = re.compile(pattern)
    parsed = sre_parse.parse(pattern)
    for _ in range(ATTEMPTS):
        groups: dict[int, str] = {}
        text = _emit(parsed, rng, groups)
        if (compiled.search(text) if search else compiled.fullmatch(text)) is not None:
            return text
    raise Unsatisfiable(f"no string the fake h2oGPTe can build matches {pattern!r}")


def _emit(parsed: Any, rng: random.Random, groups: dict[int, str]) -> str:
    out = []
    for op, arg in parsed:
        out.append(_node(op, arg, rng, groups))
    return "".join(out)


def _node(op: Any, arg: Any, rng: random.Random, groups: dict[int, str]) -> str:
    c = sre_constants
    if op == c.LITERAL:
        return chr(arg)
    if op == c.NOT_LITERAL:
        return rng.choice([ch for ch in _PRINTABLE if ord(ch) != arg])
    if op == c.ANY:
        return rng.choice(string.ascii_letters)
    if op == c.IN:
        return _in(arg, rng)
    if op == c.BRANCH:
        return _emit(rng.choice(arg[1]), rng, groups)
    if op == c.SUBPATTERN:
        group, *_, sub = arg
        text = _emit(sub, rng, groups)
        if group is not None:
            groups[group] = text
        return text
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = arg
        high = low + 3 if high == c.MAXREPEAT else high
        return "".join(_emit(sub, rng, groups) for _ in range(rng.randint(low, max(low, min(high, low + 3)))))
    if op == c.GROUPREF:
        return groups.get(arg, "")
    if op == getattr(c, "ATOMIC_GROUP", None):
        return _emit(arg, rng, groups)
    if op == c.CATEGORY:
        return rng.choice(_CATEGORIES.get(arg, string.ascii_letters))
    return ""  # anchors, lookarounds: left to the final check


def _in(items: Any, rng: random.Random) -> str:
    c = sre_constants
    negate = bool(items) and items[0][0] == c.NEGATE
    allowed: list[str] = []
    for op, arg in items[1:] if negate else items:
        if op == c.LITERAL:
            allowed.append(chr(arg))
        elif op == c.RANGE:
            low, high = arg
            allowed.extend(chr(i) for i in range(low, min(high, low + 200) + 1))
        elif op == c.CATEGORY:
            allowed.extend(_CATEGORIES.get(arg, ""))
    if negate:
        pool = [ch for ch in _PRINTABLE if ch not in allowed]
        return rng.choice(pool or ["~"])
    return rng.choice(allowed or ["a"])
