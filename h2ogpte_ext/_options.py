"""The keyword options of the helpers, typed: each TypedDict mirrors the generated request model or operation
the helper passes its options to (tests/test_options.py checks that, field by field, against the generated
package: a spec change that adds or retypes a field fails there), and the same declaration refuses, before
anything is sent, an option the helper does not take or a value not of its type.

Nested request models (`llm_args`, `credentials`, `schema`, ...) may be given as mappings; `UNSET` is the same
as leaving an option out. The models named here are in `h2ogpte_api.models`.
"""

from __future__ import annotations

import functools
import reprlib
import sys
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Union

from h2ogpte_api.types import UnknownEnumValue, Unset

from h2ogpte_ext._errors import H2OGPTEError

if TYPE_CHECKING:
    from h2ogpte_api.models import (
        AzureCredentials,
        ChatCompletionRequestIncludeChatHistory,
        ChatCompletionRequestLlmArgs,
        ChatCompletionRequestRagConfig,
        ChatCompletionRequestSelfReflectionConfig,
        ExtractionRequestLlmArgs,
        GCSCredentials,
        GuardrailsSettings,
        IngestFromAzureBlobStorageBodyMetadata,
        IngestFromGcsBodyMetadata,
        IngestFromS3BodyMetadata,
        ProcessDocumentJobRequestLlmArgs,
        ProcessDocumentJobRequestMetaDataToInclude,
        ProcessDocumentJobRequestSamplingStrategy,
        ProcessDocumentJobRequestSchema,
        QuestionRequestLlmArgs,
        S3Credentials,
        SummarizeRequestLlmArgs,
        TagFilter,
    )


class CompletionOptions(TypedDict, total=False):
    """The options of `ask`, `Conversation.ask` and `stream_completion`: the fields of the completion request
    (`ChatCompletionRequest`) besides the message."""

    system_prompt: str | Unset
    pre_prompt_query: str | Unset
    prompt_query: str | Unset
    image_batch_final_prompt: str | Unset
    image_batch_image_prompt: str | Unset
    llm: str | Unset
    llm_args: ChatCompletionRequestLlmArgs | Mapping[str, Any] | Unset
    self_reflection_config: ChatCompletionRequestSelfReflectionConfig | Mapping[str, Any] | Unset
    rag_config: ChatCompletionRequestRagConfig | Mapping[str, Any] | Unset
    include_chat_history: ChatCompletionRequestIncludeChatHistory | UnknownEnumValue | Unset
    tags: list[str] | TagFilter | Mapping[str, Any] | Unset


class _IngestSettings(TypedDict, total=False):
    gen_doc_summaries: bool | Unset
    gen_doc_questions: bool | Unset
    audio_input_language: str | Unset
    ocr_model: str | Unset
    tesseract_lang: str | Unset
    keep_tables_as_one_chunk: bool | Unset
    chunk_by_page: bool | Unset
    handwriting_check: bool | Unset
    ingest_mode: str | Unset
    # The server's own time limit for the job, in seconds.
    timeout: float | Unset


class IngestOptions(_IngestSettings, total=False):
    """The options of `upload_and_ingest`: the query parameters of the ingest-upload job."""

    restricted: bool | Unset
    permissions: list[str] | Unset
    encrypt_document: bool | Unset


class WebsiteIngestOptions(_IngestSettings, total=False):
    """The options of `ingest_website` besides `follow_links`, `max_depth` and `max_documents`."""


class TextIngestOptions(TypedDict, total=False):
    """The options of `ingest_text`."""

    gen_doc_summaries: bool | Unset
    gen_doc_questions: bool | Unset
    metadata: str | Unset
    timeout: float | Unset


class S3IngestOptions(_IngestSettings, total=False):
    """The options of `ingest_from_s3`."""

    region: str | Unset
    credentials: S3Credentials | Mapping[str, Any] | Unset
    metadata: IngestFromS3BodyMetadata | Mapping[str, Any] | Unset


class GCSIngestOptions(_IngestSettings, total=False):
    """The options of `ingest_from_gcs`."""

    credentials: GCSCredentials | Mapping[str, Any] | Unset
    metadata: IngestFromGcsBodyMetadata | Mapping[str, Any] | Unset


class AzureBlobIngestOptions(_IngestSettings, total=False):
    """The options of `ingest_from_azure_blob`."""

    credentials: AzureCredentials | Mapping[str, Any] | Unset
    metadata: IngestFromAzureBlobStorageBodyMetadata | Mapping[str, Any] | Unset


class _LLMSettings(TypedDict, total=False):
    system_prompt: str | Unset
    guardrails_settings: GuardrailsSettings | Mapping[str, Any] | Unset
    # The server's own time limit, in seconds.
    timeout: int | Unset


class AnswerQuestionOptions(_LLMSettings, total=False):
    """The options of `answer_question` (the `QuestionRequest` fields it does not set itself)."""

    llm_args: QuestionRequestLlmArgs | Mapping[str, Any] | Unset
    pre_prompt_query: str | Unset
    prompt_query: str | Unset
    chat_conversation: list[list[str]] | Unset


class SummarizeOptions(_LLMSettings, total=False):
    """The options of `summarize_content` (the `SummarizeRequest` fields it does not set itself)."""

    llm_args: SummarizeRequestLlmArgs | Mapping[str, Any] | Unset
    pre_prompt_summary: str | Unset
    prompt_summary: str | Unset


class ExtractOptions(_LLMSettings, total=False):
    """The options of `extract_data` (the `ExtractionRequest` fields it does not set itself)."""

    llm_args: ExtractionRequestLlmArgs | Mapping[str, Any] | Unset
    pre_prompt_extract: str | Unset
    prompt_extract: str | Unset


class ProcessDocumentOptions(_LLMSettings, total=False):
    """The options of `process_document` (the `ProcessDocumentJobRequest` fields it does not set itself)."""

    pre_prompt_summary: str | Unset
    prompt_summary: str | Unset
    image_batch_image_prompt: str | Unset
    image_batch_final_prompt: str | Unset
    llm: str | Unset
    llm_args: ProcessDocumentJobRequestLlmArgs | Mapping[str, Any] | Unset
    max_num_chunks: int | Unset
    sampling_strategy: ProcessDocumentJobRequestSamplingStrategy | UnknownEnumValue | Unset
    pages: list[int] | Unset
    schema: ProcessDocumentJobRequestSchema | Mapping[str, Any] | Unset
    keep_intermediate_results: bool | Unset
    meta_data_to_include: ProcessDocumentJobRequestMetaDataToInclude | Mapping[str, Any] | Unset


class GeneratedNames(Mapping[str, Any]):
    """The generated package's models and types by name, each loaded when first looked up: the namespace in
    which annotations that name them only for type checkers are resolved. The names of `own` (the annotated
    module's) come first: `_agents.AgentType` is not the generated model of that name."""

    def __init__(self, own: Mapping[str, Any] | None = None) -> None:
        self._own = own or {}

    def __getitem__(self, name: str) -> Any:
        import h2ogpte_api.models
        import h2ogpte_api.types

        if name in self._own:
            return self._own[name]
        for module in (h2ogpte_api.models, h2ogpte_api.types):
            try:
                return getattr(module, name)
            except AttributeError:
                continue
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


@functools.cache
def option_types(declared: Any) -> dict[str, Any]:
    """The type of each option an options TypedDict declares. An annotation naming a model the spec at hand
    lacks (an older server's: no `TagFilter`) is `Any` here: whether the option exists at all is the spec's
    to say (`h2ogpte_ext._needs.require`), and the request model checks the value."""
    module = vars(sys.modules[declared.__module__])
    names = GeneratedNames(module)
    hints: dict[str, Any] = {}
    for name, annotation in declared.__annotations__.items():  # a TypedDict's own and its bases' keys
        text = annotation.__forward_arg__ if isinstance(annotation, typing.ForwardRef) else annotation
        try:
            hints[name] = eval(text, dict(module), names) if isinstance(text, str) else text  # noqa: S307 - ours
        except (NameError, AttributeError):
            hints[name] = Any
    return hints


def check_options(
    options: Mapping[str, Any],
    declared: Any,
    *,
    what: str,
    named: Iterable[str] = (),
    elsewhere: str = "",
    also: frozenset[str] = frozenset(),
) -> None:
    """Refuse, before anything is sent, an option that `declared` (an options TypedDict) does not name, naming
    the ones it does (and the helper's own `named` keywords, and `elsewhere`: where other options go), or a
    value not of the option's type (`check_option_types`, below). The names in `also` are taken too: the
    options the helper's sources have in the spec this client was generated from (`_needs.spec_options`), a
    newer spec's field among them, which the request model checks."""
    known: frozenset[str] = declared.__optional_keys__ | also
    unknown = sorted(set(options) - known)
    if unknown:
        listed = ", ".join(sorted(known | set(named)))
        raise H2OGPTEError(f"unknown {what} option(s) {', '.join(unknown)}; known: {listed}{elsewhere}")
    check_option_types(options, option_types(declared), what)


_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60


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
        # A model and the mapping that may stand for it read "a mapping (or Model)" once, not twice.
        arms = [described(arm) for arm in typing.get_args(hint) if arm is not Unset]
        shown = [arm for arm in arms if not any(arm != other and other.startswith(arm) for other in arms)]
        return " or ".join(dict.fromkeys(shown))
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
            raise H2OGPTEError(f"{kind} option {name} must be {described(hint)}, not {shown(name, value)}")


# Words of an option's name that say its value may be a secret (`credentials`, `api_key`, `secret_token`).
_SECRET_WORDS = frozenset({"credential", "credentials", "key", "password", "secret", "token"})


def shown(name: str, value: Any) -> str:
    """A wrong value as a message shows it: its type and a short repr, or only its type when the option's
    name says it may be a secret (messages end up in logs)."""
    if value is None:
        return "None"
    if _SECRET_WORDS.intersection(name.lower().split("_")):
        return f"a {type(value).__name__} (not shown)"
    return f"{type(value).__name__} {_short.repr(value)}"
