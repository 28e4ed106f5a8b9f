"""What each helper and command needs of the server's spec, declared once, and checked against the spec the
generated package was built from (its `openapi.json`) before anything is sent; and the helpers' keyword
options, typed.

A helper whose needs this spec does not meet raises `NotInSpecError` (naming the helper, what is missing,
and the spec's title and version) at its first line, instead of an ImportError, a NameError or an
AttributeError halfway through. Options (keyword arguments that become request fields or parameters) that
this spec's model lacks are refused the same way, by name, when given. `report()` states, for a whole spec,
which helpers work, which work with fewer options (degraded) and which cannot (unavailable): that is
`h2ogpte-ext spec check`. `tests/test_needs.py` checks these declarations against the helpers' code.

Operations are named as the client calls them, `<tag>.<method>` (`chat.create_chat_session`); fields as
`<Schema>.<property>`; options by their source: a schema (`ChatCompletionRequest`) or an operation's query
parameters (`document_ingestion.create_ingest_upload_job`).

The options: each TypedDict (`CompletionOptions`, `IngestOptions`, ...) mirrors the generated request model or
operation the helper passes its options to (tests/test_options.py checks that, field by field, against the
generated package: a spec change that adds or retypes a field fails there), and the same declaration refuses,
before anything is sent, an option the helper does not take or a value not of its type. Nested request models
(`llm_args`, `credentials`, `schema`, ...) may be given as mappings; `UNSET` is the same as leaving an option
out. The models named here are in `h2ogpte_api.models`.
"""

from __future__ import annotations

import functools
import json
import re
import reprlib
import sys
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Union

from attrs import define, field
from h2ogpte_api.types import UnknownEnumValue, Unset

from h2ogpte_ext._errors import H2OGPTEError, NotInSpecError

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


def _names(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


@define(frozen=True)
class Needs:
    """What one helper calls (`operations`), reads or sends itself (`fields`), and where its options go."""

    operations: frozenset[str] = field(converter=_names, factory=frozenset)
    fields: frozenset[str] = field(converter=_names, factory=frozenset)
    # Where the options go: schemas (request bodies) and operations (their query parameters).
    options: tuple[str, ...] = ()
    # Enum values it acts on, as `<Schema>.<property>=<value>` (a field that lists no values accepts any).
    values: frozenset[str] = field(converter=_names, factory=frozenset)
    # The request fields and query parameters it fills in itself; a spec's other names on its `options`
    # sources are options, and a field another spec requires beyond these must come from the caller.
    sends: frozenset[str] = field(converter=_names, factory=frozenset)
    # Operations it calls only where the spec has them (`offers`): without one, what it would fetch is left
    # out, and the helper is degraded, not unavailable.
    optional: frozenset[str] = field(converter=_names, factory=frozenset)


_CHAT = {"chat.create_chat_session", "chat.delete_chat_session", "chat.get_completion"}
_JOB = {"jobs.get_job", "jobs.cancel_job"}
_JOB_FIELDS = {"JobDetails.id", "JobDetails.overall_status", "JobDetails.kind", "JobDetails.errors"}
_JOB_VALUES = {f"JobDetails.overall_status={status}" for status in ("completed", "failed", "canceled")}
_LISTED = {"collections.list_documents_for_collection"}

NEEDS: dict[str, Needs] = {
    # client helpers
    "upload_and_ingest": Needs(
        {"collections.get_collection", "document_ingestion.upload_file", "document_ingestion.create_ingest_upload_job"}
        | _JOB
        | _LISTED,
        _JOB_FIELDS | {"IngestUploadBody.metadata"},
        ("document_ingestion.create_ingest_upload_job",),
        values=_JOB_VALUES,
        sends={"collection_id", "upload_ids", "file", "metadata"},
    ),
    "ingest_website": Needs(
        {"document_ingestion.create_ingest_from_website_job"} | _JOB | _LISTED,
        _JOB_FIELDS,
        ("document_ingestion.create_ingest_from_website_job",),
        values=_JOB_VALUES,
        sends={"collection_id", "url"},
    ),
    "ingest_text": Needs(
        {"document_ingestion.create_ingest_from_plain_text_job"} | _JOB | _LISTED,
        _JOB_FIELDS,
        ("document_ingestion.create_ingest_from_plain_text_job",),
        values=_JOB_VALUES,
        sends={"collection_id", "file_name", "body"},
    ),
    "ingest_from_s3": Needs(
        {"document_ingestion.create_ingest_from_s3_job"} | _JOB | _LISTED,
        _JOB_FIELDS,
        ("IngestFromS3Body", "document_ingestion.create_ingest_from_s3_job"),
        values=_JOB_VALUES,
        sends={"collection_id", "urls"},
    ),
    "ingest_from_gcs": Needs(
        {"document_ingestion.create_ingest_from_gcs_job"} | _JOB | _LISTED,
        _JOB_FIELDS,
        ("IngestFromGcsBody", "document_ingestion.create_ingest_from_gcs_job"),
        values=_JOB_VALUES,
        sends={"collection_id", "urls"},
    ),
    "ingest_from_azure_blob": Needs(
        {"document_ingestion.create_ingest_from_azure_blob_storage_job"} | _JOB | _LISTED,
        _JOB_FIELDS,
        ("IngestFromAzureBlobStorageBody", "document_ingestion.create_ingest_from_azure_blob_storage_job"),
        values=_JOB_VALUES,
        sends={"collection_id", "container", "paths", "account_name"},
    ),
    # A streamed answer whose final line lacks a message id takes the session's newest reply's.
    "ask": Needs(
        _CHAT | {"chat.get_chat_session_messages"},
        {"ChatCompletion.body", "ChatCompletion.message_id"},
        ("ChatCompletionRequest",),
        sends={"message", "collection_id", "stream"},
    ),
    "chat_session": Needs(
        {"chat.create_chat_session", "chat.delete_chat_session"}, sends={"collection_id"}
    ),  # its asks are `ask`
    "Conversation.delete": Needs({"chat.delete_chat_session"}),
    "stream_completion": Needs({"chat.get_completion"}, (), ("ChatCompletionRequest",), sends={"message", "stream"}),
    "Answer.references": Needs({"chat.get_message_references"}),
    "Answer.usage": Needs({"chat.get_message_meta"}),
    "CompletionStream.pause": Needs({"chat.pause_chat_message", "chat.get_chat_session_messages"}),
    "CompletionStream.resume": Needs({"chat.resume_chat_message", "chat.get_chat_session_messages"}),
    "CompletionStream.stop": Needs({"chat.stop_chat_message", "chat.get_chat_session_messages"}),
    "CompletionStream.finish": Needs({"chat.finish_chat_message", "chat.get_chat_session_messages"}),
    "AgentRun.trace": Needs({"chat.get_message_meta"}),
    "AgentRun.references": Needs({"chat.get_message_references"}),
    "run_agent": Needs(
        _CHAT | {"chat.get_message_meta", "chat.get_chat_session_messages"},
        {"ChatCompletion.body", "ChatCompletion.message_id"},
        sends={"message", "collection_id"},
    ),
    "stream_agent": Needs(_CHAT, sends={"message", "collection_id"}),
    "AgentStream.result": Needs({"chat.get_message_meta", "chat.get_chat_session_messages"}),
    "download_agent_files": Needs({"chat.get_message_meta"}),
    "download_file": Needs(),  # GET /file, outside the spec
    "download_document": Needs({"documents.get_document"}),
    "get_document_content": Needs({"documents.get_document"}),
    "answer_question": Needs(
        {"models.answer_question"},
        {"ModelAnswer.content"},
        ("QuestionRequest",),
        sends={"llm", "question", "text_context_list"},
    ),
    "summarize_content": Needs(
        {"models.summarize_content"}, {"ModelAnswer.content"}, ("SummarizeRequest",), sends={"llm", "text_context_list"}
    ),
    "extract_data": Needs(
        {"models.extract_data"},
        {"ModelExtractionAnswer.content"},
        ("ExtractionRequest",),
        sends={"llm", "text_context_list"},
    ),
    "process_document": Needs(
        {"documents.create_process_document_job", "documents.get_document_summary"} | _JOB,
        _JOB_FIELDS,
        ("ProcessDocumentJobRequest",),
        values=_JOB_VALUES,
        sends={"document_id", "summary_id"},
    ),
    "delete_collections": Needs(
        {"collections.create_delete_collection_job"} | _JOB, _JOB_FIELDS, values=_JOB_VALUES, sends={"collection_ids"}
    ),
    "delete_documents": Needs(
        {"documents.create_delete_document_job"} | _JOB, _JOB_FIELDS, values=_JOB_VALUES, sends={"document_ids"}
    ),
    "delete_chat_sessions": Needs(
        {"chat.create_delete_chat_session_job"} | _JOB, _JOB_FIELDS, values=_JOB_VALUES, sends={"session_ids"}
    ),
    "wait_for_job": Needs(_JOB, _JOB_FIELDS, values=_JOB_VALUES),
    # Any job-creating operation (the caller's), then what the job made, where the API links it to the job:
    # the documents it added (a listing before and after), a summary, an extractor's results for the job.
    "run_job": Needs(
        _JOB | _LISTED | {"documents.get_document_summary"},
        _JOB_FIELDS,
        values=_JOB_VALUES,
        optional={"extractors.list_extractor_results"},
    ),
    # Its keyword arguments beyond name and description are fields of the new collection.
    "temporary_collection": Needs(
        {"collections.create_collection", "collections.delete_collection"},
        options=("collections.create_collection",),
        sends={"name", "description"},
    ),
    "temporary_session": Needs({"chat.create_chat_session", "chat.delete_chat_session"}, sends={"collection_id"}),
    "health": Needs(),  # /rpc/health/*, outside the spec
    "meta": Needs(),  # /rpc/meta, outside the spec
    # commands (h2ogpte-ext ...): what they call beside the helpers named in COMMANDS
    "h2ogpte-ext collections list": Needs({"collections.list_collections"}),
    "h2ogpte-ext collections create": Needs({"collections.create_collection"}, sends={"name", "description"}),
    "h2ogpte-ext collections delete": Needs({"collections.delete_collection"}),
    "h2ogpte-ext jobs wait": Needs(_JOB, _JOB_FIELDS, values=_JOB_VALUES),
    "h2ogpte-ext agent": Needs(_CHAT | {"chat.get_chat_session_messages"}, sends={"message", "collection_id"}),
}

# The helpers each command runs (its own calls are in NEEDS under its name).
COMMANDS: dict[str, tuple[str, ...]] = {
    "h2ogpte-ext health": ("health",),
    "h2ogpte-ext whoami": ("meta",),
    "h2ogpte-ext ingest": ("upload_and_ingest", "ingest_website"),
    "h2ogpte-ext ask": ("ask", "Answer.references"),
    "h2ogpte-ext jobs wait": ("wait_for_job",),
    "h2ogpte-ext collections list": (),
    "h2ogpte-ext collections create": (),
    "h2ogpte-ext collections delete": (),
    "h2ogpte-ext agent": ("run_agent", "stream_agent", "AgentStream.result", "download_agent_files"),
    "h2ogpte-ext download": ("download_agent_files",),
}


# The options TypedDict (below) each helper takes, for the report of options gone.
OPTION_TYPES: dict[str, str] = {
    "upload_and_ingest": "IngestOptions",
    "ingest_website": "WebsiteIngestOptions",
    "ingest_text": "TextIngestOptions",
    "ingest_from_s3": "S3IngestOptions",
    "ingest_from_gcs": "GCSIngestOptions",
    "ingest_from_azure_blob": "AzureBlobIngestOptions",
    "ask": "CompletionOptions",
    "stream_completion": "CompletionOptions",
    "answer_question": "AnswerQuestionOptions",
    "summarize_content": "SummarizeOptions",
    "extract_data": "ExtractOptions",
    "process_document": "ProcessDocumentOptions",
}


@functools.cache
def declared_options() -> dict[str, frozenset[str]]:
    """The options each helper declares (its TypedDict's keys)."""
    return {helper: globals()[name].__optional_keys__ for helper, name in OPTION_TYPES.items()}


def _snake(name: str) -> str:
    """The generator's method name for an operationId (`getThing` -> `get_thing`)."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name))
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


@define(frozen=True)
class SpecFacts:
    """What a spec offers, as the needs name it."""

    name: str  # "h2oGPTe REST API v1.0.0 (api-spec.yaml)"
    operations: frozenset[str]  # tag.method
    fields: frozenset[str]  # Schema.property
    parameters: Mapping[str, frozenset[str]]  # tag.method: its query parameters and body fields
    values: Mapping[str, frozenset[str]] = field(factory=dict)  # Schema.property: its enum values, if it lists any
    required: Mapping[str, frozenset[str]] = field(factory=dict)  # tag.method: the ones of its parameters required
    bodies: Mapping[str, str] = field(factory=dict)  # tag.method: the schema of its request body, when named

    @classmethod
    def of(cls, document: Mapping[str, Any], source: str) -> SpecFacts:
        info = document.get("info") or {}
        name = f"{info.get('title', 'an untitled spec')} {info.get('version', '')}".strip() + f" ({source})"
        operations: set[str] = set()
        parameters: dict[str, frozenset[str]] = {}
        required: dict[str, frozenset[str]] = {}
        bodies: dict[str, str] = {}
        schemas = (document.get("components") or {}).get("schemas") or {}
        for item in (document.get("paths") or {}).values():
            shared = [p for p in item.get("parameters") or [] if isinstance(p, dict)]
            for method, operation in item.items():
                if method == "parameters" or not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                tag = _snake((operation.get("tags") or ["default"])[0])
                key = f"{tag}.{_snake(operation['operationId'])}"
                operations.add(key)
                params = shared + [p for p in operation.get("parameters") or [] if isinstance(p, dict)]
                query = [p for p in params if p.get("in") == "query"]
                names = {_snake(str(p.get("name"))) for p in query}
                needed = {_snake(str(p.get("name"))) for p in query if p.get("required")}
                body = _body_schema(operation)
                if body is not None:
                    ref = str(body.get("$ref", "")).rsplit("/", 1)[-1]
                    if ref:
                        bodies[key] = ref
                        body = schemas.get(ref)
                    names |= {prop for prop, _ in _properties(body, document)}
                    needed |= set(body.get("required") or []) if isinstance(body, dict) else set()
                parameters[key], required[key] = frozenset(names), frozenset(needed)
        properties = {
            f"{schema}.{prop}": value for schema, body in schemas.items() for prop, value in _properties(body, document)
        }
        values = {name: enum for name, prop in properties.items() if (enum := _enum(prop, schemas))}
        return cls(name, frozenset(operations), frozenset(properties), parameters, values, required, bodies)

    def option_names(self, sources: tuple[str, ...]) -> frozenset[str]:
        """The options its sources offer in this spec: schemas' properties and operations' query parameters."""
        found: set[str] = set()
        for source in sources:
            found |= self.parameters.get(source, frozenset())
            found |= {f.split(".", 1)[1] for f in self.fields if f.split(".", 1)[0] == source}
        return frozenset(found)

    def unsent(self, needs: Needs) -> tuple[list[str], list[str]]:
        """The fields this spec requires of the operations `needs` calls that the helper does not fill in:
        those it takes as options (the caller must give them), and those it has no way to send."""
        given: list[str] = []
        cannot: list[str] = []
        for op in sorted(needs.operations & self.operations):
            extra = sorted(self.required.get(op, frozenset()) - needs.sends)
            if op in needs.options or self.bodies.get(op) in needs.options:
                given += [name for name in extra if name not in given]
            else:
                cannot += [f"client.{op} requiring {name}" for name in extra]
        return given, cannot

    def missing(self, needs: Needs) -> list[str]:
        """What `needs` asks and this spec lacks, as `client.<tag>.<method>` and `<Schema>.<property>`."""
        gone = [f"client.{op}" for op in sorted(needs.operations - self.operations)]
        gone += sorted(needs.fields - self.fields)
        gone += [source for source in needs.options if "." not in source and not self.option_names((source,))]
        for value in sorted(needs.values):
            name, _, wanted = value.partition("=")
            listed = self.values.get(name)
            if name not in self.fields or (listed is not None and wanted not in listed):
                gone.append(f"{name} value {wanted!r}")
        return gone + self.unsent(needs)[1]


def _body_schema(operation: Mapping[str, Any]) -> dict[str, Any] | None:
    """The schema of an operation's request body (JSON first, else its first media type's)."""
    content = (operation.get("requestBody") or {}).get("content") or {}
    if not isinstance(content, dict) or not content:
        return None
    media = content.get("application/json") or next(iter(content.values()))
    schema = media.get("schema") if isinstance(media, dict) else None
    return schema if isinstance(schema, dict) else None


def _properties(schema: Any, document: Mapping[str, Any], depth: int = 0) -> list[tuple[str, Any]]:
    """A schema's properties (name, schema), its `allOf` parts' included."""
    if not isinstance(schema, dict) or depth > 10:
        return []
    found = list((schema.get("properties") or {}).items())
    for part in schema.get("allOf") or []:
        if isinstance(part, dict) and "$ref" in part:
            name = str(part["$ref"]).rsplit("/", 1)[-1]
            part = ((document.get("components") or {}).get("schemas") or {}).get(name)
        found += _properties(part, document, depth + 1)
    return found


def _enum(prop: Any, schemas: Mapping[str, Any], depth: int = 0) -> frozenset[str]:
    """The values a property lists (inline, through a `$ref`, or in its `allOf`/`anyOf`/`oneOf` parts)."""
    if not isinstance(prop, dict) or depth > 10:
        return frozenset()
    if "$ref" in prop:
        return _enum(schemas.get(str(prop["$ref"]).rsplit("/", 1)[-1]), schemas, depth + 1)
    found = frozenset(str(v) for v in prop.get("enum") or [] if v is not None)
    for key in ("allOf", "anyOf", "oneOf"):
        for part in prop.get(key) or []:
            found |= _enum(part, schemas, depth + 1)
    return found


@functools.cache
def current() -> SpecFacts:
    """The facts of the spec the generated package was built from (read once, when a helper first runs)."""
    import h2ogpte_api

    path = Path(h2ogpte_api.__file__).parent / "openapi.json"
    return SpecFacts.of(json.loads(path.read_text(encoding="utf-8")), "the spec h2ogpte_api was generated from")


def absent_model(name: str) -> type:
    """A stand-in for the generated model `name`, which the spec the package was built from lacks: no value is
    ever an instance of it, and making one (or parsing one with `from_dict`) raises `NotInSpecError`."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise NotInSpecError(name, [f"model {name}"], current().name)

    namespace = {
        "__doc__": f"Not in the spec h2ogpte_api was generated from: {name} (a stand-in that cannot be made).",
        "__module__": "h2ogpte_api.models",
        "__new__": refuse,
        "from_dict": classmethod(refuse),
    }
    return type(name, (), namespace)


def offers(operation: str) -> bool:
    """Whether the spec the generated package was built from has the operation (`<tag>.<method>`)."""
    return operation in current().operations


@functools.cache
def _missing(helper: str) -> tuple[str, ...]:
    return tuple(current().missing(NEEDS[helper]))


@functools.cache
def spec_options(helper: str) -> frozenset[str]:
    """The options `helper` takes with this spec: the names its sources have here, less those it fills in
    itself. A newer spec's field is one without a release of ours (typed as the generated model types it)."""
    needs = NEEDS[helper]
    return current().option_names(needs.options) - needs.sends if needs.options else frozenset()


def require(helper: str, options: Iterable[str] = ()) -> None:
    """Raise `NotInSpecError` if this spec lacks what `helper` needs, an option given (`options`) that its
    source lacks in this spec, or a field it requires that is not given; nothing is sent before."""
    gone = list(_missing(helper))
    given = set(options)
    if NEEDS[helper].options:
        # Only options the helper declares: a name it does not know is the options check's error.
        known = given & declared_options().get(helper, frozenset())
        gone += [f"option {name}" for name in sorted(known - spec_options(helper))]
        gone += [f"required option {name}" for name in current().unsent(NEEDS[helper])[0] if name not in given]
    if gone:
        raise NotInSpecError(helper, gone, current().name)


@define(frozen=True)
class Verdict:
    """How one helper or command fares with a spec: "works", "degraded" (options gone) or "unavailable"."""

    name: str
    status: str
    missing: tuple[str, ...] = ()


def report(facts: SpecFacts, options_of: Mapping[str, Iterable[str]]) -> list[Verdict]:
    """Each helper and command with this spec; `options_of` names the options each helper declares (its
    TypedDict's keys), to tell which are gone."""
    verdicts: list[Verdict] = []
    for name, needs in NEEDS.items():
        gone = facts.missing(needs)
        for helper in COMMANDS.get(name, ()):
            gone += [g for g in facts.missing(NEEDS[helper]) if g not in gone]
        if gone:
            verdicts.append(Verdict(name, "unavailable", tuple(gone)))
            continue
        lost = [f"without client.{op}" for op in sorted(needs.optional - facts.operations)]
        if needs.options:
            offered = facts.option_names(needs.options)
            lost += [f"option {o}" for o in sorted(set(options_of.get(name, ())) - offered)]
            lost += [f"required option {o}" for o in facts.unsent(needs)[0]]
        verdicts.append(Verdict(name, "degraded" if lost else "works", tuple(lost)))
    for name, helpers in COMMANDS.items():
        if name in NEEDS:
            continue
        gone = [g for helper in helpers for g in facts.missing(NEEDS[helper])]
        verdicts.append(Verdict(name, "unavailable" if gone else "works", tuple(dict.fromkeys(gone))))
    return verdicts


def summary(facts: SpecFacts, verdicts: list[Verdict], *, all_lines: bool = True) -> list[str]:
    """The report as lines: a count per status, then one line per helper or command (only those that do not
    simply work, when not `all_lines`)."""
    counts = {status: sum(v.status == status for v in verdicts) for status in ("works", "degraded", "unavailable")}
    lines = [
        f"{facts.name}: {counts['works']} work, {counts['degraded']} degraded, {counts['unavailable']} unavailable"
    ]
    for verdict in verdicts:
        if all_lines or verdict.status != "works":
            detail = f": {', '.join(verdict.missing)}" if verdict.missing else ""
            lines.append(f"  {verdict.status:<11} {verdict.name}{detail}")
    return lines


# --- the helpers' keyword options, typed ------------------------------------------------------------------


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
