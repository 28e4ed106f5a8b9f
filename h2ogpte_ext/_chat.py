"""Completion requests from keyword options, checked before anything is sent."""

from __future__ import annotations

import functools
import json
import re
import reprlib
import types
import typing
from collections.abc import Mapping
from typing import Any, Literal, Union

import attrs
from attrs import define, field
from h2ogpte_api.models import ChatCompletionRequest, ChatMessageReference
from h2ogpte_api.types import Unset

from h2ogpte_ext._errors import H2OGPTEError

# The fields of the spec's ChatCompletionRequest besides the message itself.
COMPLETION_OPTIONS = frozenset(a.name for a in attrs.fields(ChatCompletionRequest) if a.init) - {"message"}

_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60


@functools.cache
def completion_option_types() -> dict[str, Any]:
    """The type of each completion option, as the generated ChatCompletionRequest declares it."""
    hints = typing.get_type_hints(ChatCompletionRequest)
    return {name: hints[name] for name in COMPLETION_OPTIONS}


def fits(value: Any, hint: Any) -> bool:
    """Whether `value` is of the type `hint` as a request model takes it: a nested model may be given as a
    mapping, a float as an int, and `bool` is not an int."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return True
    if origin is Union or origin is types.UnionType:
        return any(fits(value, arm) for arm in typing.get_args(hint))
    if origin is Literal:
        return any(type(value) is type(choice) and value == choice for choice in typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return isinstance(value, list) and all(fits(v, item) for v in value)
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        return isinstance(value, Mapping)
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is type(None):
        return value is None
    if isinstance(hint, type):
        return isinstance(value, hint) or (hasattr(hint, "from_dict") and isinstance(value, Mapping))
    return True


def described(hint: Any) -> str:
    """A type as a message names it: `str`, `list[str]`, `one of 'auto', 'true'`, `a mapping`."""
    origin = typing.get_origin(hint)
    if origin is Union or origin is types.UnionType:
        return " or ".join(described(arm) for arm in typing.get_args(hint) if arm is not Unset)
    if origin is Literal:
        return "one of " + ", ".join(repr(choice) for choice in typing.get_args(hint))
    if origin is list:
        return f"a list of {described(typing.get_args(hint)[0])}" if typing.get_args(hint) else "a list"
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        return "a mapping"
    if hint is type(None):
        return "None"
    if isinstance(hint, type) and hasattr(hint, "from_dict"):
        return f"a mapping (or {hint.__name__})"
    return getattr(hint, "__name__", str(hint))


def check_option_types(options: Mapping[str, Any], hints: Mapping[str, Any], kind: str) -> None:
    """Refuse an option whose value is not of its declared type, naming the option and the type expected."""
    for name, value in options.items():
        hint = hints.get(name, Any)
        if not fits(value, hint):
            shown = "None" if value is None else f"{type(value).__name__} {_short.repr(value)}"
            raise H2OGPTEError(f"{kind} option {name} must be {described(hint)}, not {shown}")


def completion_body(message: str, options: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body of a completion request; an unknown option or a value outside the spec is an error
    naming it (nothing is sent)."""
    unknown = sorted(set(options) - COMPLETION_OPTIONS)
    if unknown:
        raise H2OGPTEError(
            f"unknown completion option(s) {', '.join(unknown)}; known: {', '.join(sorted(COMPLETION_OPTIONS))}"
        )
    check_option_types(options, completion_option_types(), "completion")
    # Each option alone, so that a value the model refuses (an unknown rag_type, ...) is named.
    for name, value in options.items():
        try:
            ChatCompletionRequest.from_dict({"message": message, name: value})
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            reason = str(error) or type(error).__name__
            raise H2OGPTEError(f"invalid completion option {name}={_short.repr(value)}: {reason}") from None
    return {"message": message, **options}


_PAGE_LIST = re.compile(r"\s*\d+(\s*,\s*\d+)*\s*")


def parse_pages(pages: str) -> list[int] | str:
    """The server's `pages` text ("[1, 2]", "3" or "1, 2") as a list of page numbers; any other text as is."""
    text = pages.strip()
    if text.startswith("["):
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            return pages
        if isinstance(value, list) and all(isinstance(n, int) and not isinstance(n, bool) for n in value):
            return value
        return pages
    if _PAGE_LIST.fullmatch(text):
        return [int(n) for n in text.split(",")]
    return pages


def _optional(value: str | Unset) -> str | None:
    return None if isinstance(value, Unset) else value


@define(frozen=True)
class Reference:
    """A passage an answer cites: the document (`document_name`, `document_id`), the `pages` it is on (a list of
    page numbers, or the server's text when that is not a list of numbers), its retrieval `score` and its `text`.

    `content` is `text` under the server's name; `raw` is the server's `ChatMessageReference` as it came.
    """

    document_id: str
    document_name: str
    pages: list[int] | str
    score: float
    text: str
    chunk_id: int
    collection_id: str | None = None
    uri: str | None = None
    were_references_deleted: bool = False
    raw: ChatMessageReference | None = field(default=None, repr=False, eq=False)

    @property
    def content(self) -> str:
        """The cited passage (the same as `text`)."""
        return self.text

    @classmethod
    def from_model(cls, reference: ChatMessageReference) -> Reference:
        return cls(
            document_id=reference.document_id,
            document_name=reference.document_name,
            pages=parse_pages(reference.pages),
            score=reference.score,
            text=_optional(reference.content) or "",
            chunk_id=reference.chunk_id,
            collection_id=_optional(reference.collection_id),
            uri=_optional(reference.uri),
            were_references_deleted=reference.were_references_deleted,
            raw=reference,
        )
