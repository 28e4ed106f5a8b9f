"""Completion requests from keyword options, checked before anything is sent."""

from __future__ import annotations

from typing import Any

import attrs
from h2ogpte_api.models import ChatCompletionRequest

from h2ogpte_ext._errors import H2OGPTEError

# The fields of the spec's ChatCompletionRequest besides the message itself.
COMPLETION_OPTIONS = frozenset(a.name for a in attrs.fields(ChatCompletionRequest) if a.init) - {"message"}


def completion_body(message: str, options: dict[str, Any]) -> dict[str, Any]:
    """The JSON body of a completion request; an unknown option or a value outside the spec is an error
    naming it (nothing is sent)."""
    unknown = sorted(set(options) - COMPLETION_OPTIONS)
    if unknown:
        raise H2OGPTEError(
            f"unknown completion option(s) {', '.join(unknown)}; known: {', '.join(sorted(COMPLETION_OPTIONS))}"
        )
    body = {"message": message, **options}
    try:
        ChatCompletionRequest.from_dict(body)
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise H2OGPTEError(f"invalid completion option: {error}") from None
    return body
