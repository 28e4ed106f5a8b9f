"""The helpers' typed keyword options (`h2ogpte_ext._needs`): each TypedDict mirrors the generated request
model or operation it is passed to, and a value not of its type is refused before anything is sent."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypedDict
from urllib.parse import parse_qs

if sys.version_info >= (3, 11):
    from typing import Unpack
else:
    from typing_extensions import Unpack

import attrs
import pytest
from h2ogpte_api.models import ChatCompletionRequest
from h2ogpte_api.types import UNSET, Unset

import h2ogpte_ext
from h2ogpte_ext import H2OGPTEError, _needs
from h2ogpte_ext._chat import AgentOptions
from h2ogpte_ext._needs import GeneratedNames, shown
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _collection
from tests.either import Either
from tests.in_spec import require_the_readmes_spec
from tests.spec_tools import ROOT

pytestmark = pytest.mark.e2e


def _completion_fields() -> dict[str, Any]:
    hints = typing.get_type_hints(ChatCompletionRequest, localns=GeneratedNames())
    return {a.name: hints[a.name] for a in attrs.fields(ChatCompletionRequest) if a.init and a.name != "message"}


def _upload_job_query() -> dict[str, Any]:
    from h2ogpte_api.api.document_ingestion import create_ingest_upload_job

    hints = typing.get_type_hints(create_ingest_upload_job.sync_detailed, localns=GeneratedNames())
    return {k: v for k, v in hints.items() if k not in {"return", "client", "body", "upload_ids", "collection_id"}}


def _arms(hint: Any) -> set[Any]:
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    return set(typing.get_args(hint)) if union else {hint}


def _operation(operation: str, *fixed: str) -> Callable[[], dict[str, Any]]:
    """The parameters of a generated operation (`tag.operation_id`) and the fields of its body model, less
    those the helper sets itself: the keywords its resource method takes."""

    def parameters() -> dict[str, Any]:
        module = importlib.import_module(f"h2ogpte_api.api.{operation}")
        hints = typing.get_type_hints(module.sync_detailed, localns=GeneratedNames())
        body = hints.pop("body", None)
        body_models = [arm for arm in _arms(body) if attrs.has(arm)]
        for model in body_models:  # a JSON body: its fields are keywords of the resource method
            fields = typing.get_type_hints(model, localns=GeneratedNames())
            hints.update({a.name: fields[a.name] for a in attrs.fields(model) if a.init})
        return {k: v for k, v in hints.items() if k not in {"return", "client", *fixed}}

    return parameters


# Each options TypedDict and the generated model or operation it mirrors. The helpers that take one are not
# listed here: `_helpers_with_typed_options` finds them all.
MIRRORED: dict[Any, Callable[[], dict[str, Any]]] = {
    _needs.CompletionOptions: _completion_fields,
    _needs.IngestOptions: _upload_job_query,
    _needs.WebsiteIngestOptions: _operation(
        "document_ingestion.create_ingest_from_website_job",
        *("url", "collection_id", "follow_links", "max_depth", "max_documents"),
    ),
    _needs.TextIngestOptions: _operation(
        "document_ingestion.create_ingest_from_plain_text_job", "collection_id", "file_name"
    ),
    _needs.S3IngestOptions: _operation("document_ingestion.create_ingest_from_s3_job", "urls", "collection_id"),
    _needs.GCSIngestOptions: _operation("document_ingestion.create_ingest_from_gcs_job", "urls", "collection_id"),
    _needs.AzureBlobIngestOptions: _operation(
        "document_ingestion.create_ingest_from_azure_blob_storage_job",
        *("container", "paths", "account_name", "collection_id"),
    ),
    _needs.AnswerQuestionOptions: _operation("models.answer_question", "model_name", "question", "text_context_list"),
    _needs.SummarizeOptions: _operation("models.summarize_content", "model_name", "text_context_list"),
    _needs.ExtractOptions: _operation("models.extract_data", "model_name", "text_context_list"),
    _needs.ProcessDocumentOptions: _operation("documents.create_process_document_job", "document_id", "summary_id"),
}
# Typed options that mirror nothing generated (the agent's: defaults of its own, in one place), and the test
# module that checks them instead.
CHECKED_ELSEWHERE: dict[Any, str] = {AgentOptions: "tests/test_agents.py"}

_UNPACKED = re.compile(r"\*\*\w+\s*:\s*[\"']?(?:typing(?:_extensions)?\.)?Unpack\[")


def _options_type(function: Any) -> Any:
    """The TypedDict of `function`'s `**options: Unpack[...]`, or None when it takes no such options."""
    for parameter in inspect.signature(function).parameters.values():
        if parameter.kind is not inspect.Parameter.VAR_KEYWORD:
            continue
        annotation = parameter.annotation  # a string where the module has `from __future__ import annotations`
        text = annotation if isinstance(annotation, str) else repr(annotation)
        unpacked = re.fullmatch(r"(?:typing(?:_extensions)?\.)?Unpack\[([\w.]+)\]", text)
        if unpacked:
            return function.__globals__[unpacked.group(1).rpartition(".")[2]]
    return None


def _modules() -> list[types.ModuleType]:
    """Every module of h2ogpte_ext, the fake's included (not the `python -m` entry points, which would run)."""
    names = [info.name for info in pkgutil.walk_packages(h2ogpte_ext.__path__, "h2ogpte_ext.")]
    return [h2ogpte_ext, *(importlib.import_module(name) for name in names if not name.endswith(".__main__"))]


def _definitions_typed_with_unpack() -> dict[str, Any]:
    """`module:Qualname` -> its options TypedDict, for every function and method defined anywhere in h2ogpte_ext
    (sync and async, public or not) whose `**` parameter is typed `Unpack[...]`: found, not listed, so that a
    new helper cannot go unchecked."""
    found: dict[str, Any] = {}
    for module in _modules():
        for value in vars(module).values():
            if getattr(value, "__module__", None) != module.__name__:
                continue  # imported here, defined elsewhere: seen there
            members = vars(value).values() if isinstance(value, type) else [value]
            for member in members:
                function = member.__func__ if isinstance(member, (staticmethod, classmethod)) else member
                if inspect.isfunction(function) and (declared := _options_type(function)) is not None:
                    found[f"{module.__name__}:{function.__qualname__}"] = declared
    return found


def _written_with_unpack() -> int:
    """How many `**name: Unpack[...]` parameters the package's sources have: what the search must find."""
    return sum(len(_UNPACKED.findall(path.read_text())) for path in PACKAGE.rglob("*.py"))


def _helpers_with_typed_options() -> dict[str, Any]:
    """`Class.method` -> its options TypedDict, for every public method (inherited ones included) of every
    public class of h2ogpte_ext typed `**options: Unpack[...]`: what users call."""
    found: dict[str, Any] = {}
    for name in h2ogpte_ext.__all__:
        cls = getattr(h2ogpte_ext, name)
        if not isinstance(cls, type):
            continue
        for attribute in dir(cls):
            if attribute.startswith("_"):
                continue
            function = inspect.getattr_static(cls, attribute, None)  # 3.10: dir() lists what it cannot find
            if not inspect.isfunction(function):
                continue
            declared = _options_type(function)
            if declared is not None:
                found[f"{cls.__name__}.{attribute}"] = declared
    return found


PACKAGE = Path(h2ogpte_ext.__file__).parent
DEFINED = _definitions_typed_with_unpack()
HELPERS = _helpers_with_typed_options()


def _as_helpers_take(hint: Any) -> set[Any]:
    """A generated type as a helper option takes it: a nested request model may also be given as a mapping."""
    arms = _arms(hint)
    return arms | {Mapping[str, Any]} if any(hasattr(arm, "from_dict") for arm in arms) else arms


def _mismatches(declared: Any, generated: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    ours = _needs.option_types(declared)
    return {
        name: (ours.get(name), generated.get(name))
        for name in set(ours) | set(generated)
        if name not in ours or name not in generated or _arms(ours[name]) != _as_helpers_take(generated[name])
    }


@pytest.mark.parametrize(
    ("declared", "generated"), MIRRORED.items(), ids=lambda v: v.__name__ if isinstance(v, type) else "-"
)
def test_each_options_typeddict_mirrors_the_generated_layer(
    declared: Any, generated: Callable[[], dict[str, Any]]
) -> None:
    # A spec change that adds, drops or retypes a field fails here: update the TypedDict in _needs.py. (The
    # TypedDicts are api-spec.yaml's: regenerated from another release's spec, its fields may differ.)
    found = _mismatches(declared, generated())
    if found:
        require_the_readmes_spec((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found == {}
    assert declared.__required_keys__ == frozenset()  # every option may be left out
    assert declared in HELPERS.values(), f"no helper takes **options: Unpack[{declared.__name__}]"


def _unchecked(defined: dict[str, Any]) -> dict[str, str]:
    """The definitions whose options TypedDict no check here or elsewhere covers."""
    checked = MIRRORED.keys() | CHECKED_ELSEWHERE.keys()
    return {where: declared.__name__ for where, declared in defined.items() if declared not in checked}


def test_every_helper_typed_with_unpack_has_its_options_checked() -> None:
    # A new helper typed `**options: Unpack[NewOptions]` fails here until NewOptions is in MIRRORED (or, when
    # it mirrors nothing generated, in CHECKED_ELSEWHERE with a test module that names it).
    assert _unchecked(DEFINED) == {}
    for declared, module in CHECKED_ELSEWHERE.items():
        assert declared in DEFINED.values() and declared.__name__ in (PACKAGE.parent / module).read_text()
    # The search misses none: every `**name: Unpack[...]` written in the sources is a definition it found.
    assert len(DEFINED) == _written_with_unpack() > 0
    # Every public helper so typed is one of those definitions, and sync and async take the same options.
    assert set(HELPERS.values()) <= set(DEFINED.values())
    twins = {name.removeprefix("Async"): declared for name, declared in HELPERS.items() if name.startswith("Async")}
    assert twins == {name: declared for name, declared in HELPERS.items() if not name.startswith("Async")}
    known = {
        "H2OGPTE.ask": _needs.CompletionOptions,
        "AsyncH2OGPTE.stream_completion": _needs.CompletionOptions,
        "Conversation.ask": _needs.CompletionOptions,
        "H2OGPTE.upload_and_ingest": _needs.IngestOptions,
        "AsyncH2OGPTE.process_document": _needs.ProcessDocumentOptions,
        "H2OGPTE.run_agent": AgentOptions,
    }
    assert known.items() <= HELPERS.items()


class _NewOptions(TypedDict, total=False):
    colour: str


def _paint(self: Any, collection_id: str, **options: Unpack[_NewOptions]) -> None:
    """A helper added with typed options that no check covers yet."""


def test_a_helper_added_with_typed_options_is_found_and_fails_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(h2ogpte_ext.AsyncH2OGPTE, "paint", _paint, raising=False)
    found = _definitions_typed_with_unpack()
    assert found.items() - DEFINED.items() == {("h2ogpte_ext._async.client:_paint", _NewOptions)}
    assert _unchecked(found) == {"h2ogpte_ext._async.client:_paint": "_NewOptions"}
    assert _helpers_with_typed_options()["AsyncH2OGPTE.paint"] is _NewOptions


def test_the_mirror_check_sees_a_retyped_a_missing_and_a_new_field() -> None:
    class Drifted(TypedDict, total=False):
        gen_doc_summaries: str | Unset  # retyped
        ocr_model: str | Unset
        a_field_the_spec_does_not_have: bool

    generated = {"gen_doc_summaries": bool | Unset, "ocr_model": str | Unset, "chunk_by_page": bool | Unset}
    assert set(_mismatches(Drifted, generated)) == {
        "gen_doc_summaries",
        "a_field_the_spec_does_not_have",
        "chunk_by_page",
    }


@pytest.mark.parametrize(
    ("helper", "options", "expected"),
    [
        ("upload", {"gen_doc_summaries": "yes"}, "ingest option gen_doc_summaries must be bool, not str 'yes'"),
        ("upload", {"permissions": "alice"}, "ingest option permissions must be a list of str, not str"),
        ("website", {"timeout": "60"}, "ingest option timeout must be float, not str '60'"),
        ("text", {"metadata": {"k": "v"}}, "ingest option metadata must be str, not dict"),
        ("s3", {"credentials": "AKIA:secret"}, "ingest option credentials must be a mapping"),
        ("gcs", {"ocr_model": 3}, "ingest option ocr_model must be str, not int 3"),
        ("azure", {"chunk_by_page": 1}, "ingest option chunk_by_page must be bool, not int 1"),
        ("answer", {"llm_args": 42}, "LLM option llm_args must be a mapping"),
        ("summarize", {"timeout": 1.5}, "LLM option timeout must be int, not float 1.5"),
        ("extract", {"prompt_extract": ["names"]}, "LLM option prompt_extract must be str, not list"),
        ("process", {"pages": "all"}, "processing option pages must be a list of int, not str 'all'"),
        ("process", {"sampling_strategy": "best"}, "processing option sampling_strategy must be one of "),
    ],
)
def test_option_values_not_of_their_type_are_refused_before_anything_is_sent(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, helper: str, options: dict[str, Any], expected: str
) -> None:
    c = make()
    client = c.client
    calls: dict[str, Callable[[], Any]] = {
        "upload": lambda: client.upload_and_ingest("c", [("a.txt", b"a")], **options),
        "website": lambda: client.ingest_website("c", "https://example.com", **options),
        "text": lambda: client.ingest_text("c", "text", name="a.txt", **options),
        "s3": lambda: client.ingest_from_s3("c", ["s3://b/a.pdf"], **options),
        "gcs": lambda: client.ingest_from_gcs("c", ["gs://b/a.pdf"], **options),
        "azure": lambda: client.ingest_from_azure_blob("c", "box", ["a.pdf"], account_name="acct", **options),
        "answer": lambda: client.answer_question("Who?", "Text", **options),
        "summarize": lambda: client.summarize_content("Text", **options),
        "extract": lambda: client.extract_data("Text", **options),
        "process": lambda: client.process_document("d", **options),
    }
    before = len(fake_h2ogpte.state.requests)
    with pytest.raises(H2OGPTEError, match=re.escape(expected)):
        c.run(calls[helper]())
    assert len(fake_h2ogpte.state.requests) == before


def test_a_value_that_may_be_a_secret_is_never_shown(make: Callable[..., Either]) -> None:
    c = make()
    with pytest.raises(H2OGPTEError, match=r"credentials must be a mapping .*, not a str \(not shown\)") as caught:
        c.run(c.client.ingest_from_s3("c", ["s3://b/a.pdf"], credentials="AKIASECRETVALUE"))  # type: ignore[arg-type]
    assert "AKIASECRETVALUE" not in str(caught.value)
    assert shown("api_key", "sk-123") == shown("secret_token", "sk-123") == "a str (not shown)"
    assert shown("max_new_tokens", "9") == "str '9'" and shown("keywords", ["a"]) == "list ['a']"


def test_options_of_their_type_and_unset_ones_are_sent_as_given(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection_id = _collection(c)
    result = c.run(
        c.client.upload_and_ingest(
            collection_id,
            [("a.txt", b"a")],
            gen_doc_summaries=False,
            gen_doc_questions=UNSET,  # the same as left out
            timeout=60,  # an int is a float
            permissions=["alice"],
            poll_interval=0.01,
        )
    )
    assert [d.name for d in result.documents] == ["a.txt"]
    (job,) = [r for r in fake_h2ogpte.state.requests if r.path.endswith("/ingest/job")]
    query = parse_qs(job.query)
    assert query["gen_doc_summaries"] == ["false"] and query["permissions"] == ["alice"]
    assert "gen_doc_questions" not in query
