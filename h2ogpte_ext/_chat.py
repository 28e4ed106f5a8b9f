"""Completion requests from keyword options, checked before anything is sent."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from attrs import define, field
from h2ogpte_api.models import ChatCompletionRequest, ChatMessageReference
from h2ogpte_api.types import Unset

from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._needs import spec_options
from h2ogpte_ext._options import CompletionOptions, check_options


def completion_request(body: Mapping[str, Any], *, stream: bool) -> ChatCompletionRequest:
    """The one way a completion request is built (questions, streams and agent runs): a ChatCompletionRequest
    from its JSON fields, asking for the streamed (JSONL) answer or not. A value the model refuses is an
    error naming it (nothing is sent)."""
    try:
        request = ChatCompletionRequest.from_dict(dict(body))
    except (TypeError, ValueError, KeyError, AttributeError) as error:  # deeper than check_options looks
        raise H2OGPTEError(f"invalid completion options: {error or type(error).__name__}") from None
    # `stream` is not in the spec's ChatCompletionRequest: it travels as an additional property.
    request["stream"] = stream
    return request


def question_request(message: str, options: Mapping[str, Any], *, stream: bool) -> ChatCompletionRequest:
    """The completion request for `message` with keyword `options` (`CompletionOptions`); an unknown option or
    a value not of its type is an error naming it (nothing is sent)."""
    check_options(options, CompletionOptions, what="completion", also=spec_options("ask"))
    return completion_request({"message": message, **options}, stream=stream)


def parse_usage(text: str) -> dict[str, Any]:
    """A message's `usage_stats` metadata (JSON) as a dict, a value that is not an object under "usage";
    ValueError if it is not JSON."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    return value if isinstance(value, dict) else {"usage": value}


_PAGE_LIST = re.compile(r"\s*\d+(\s*,\s*\d+)*\s*")


def parse_pages(pages: object) -> list[int] | str:
    """The server's `pages` text ("[1, 2]", "3" or "1, 2") as a list of page numbers; any other text as is (a
    value that is not text, against the spec, is read as its text: null as "")."""
    if not isinstance(pages, str):
        pages = "" if pages is None else str(pages)
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
