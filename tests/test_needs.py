"""What each helper and command declares it needs of the spec (`h2ogpte_ext._needs`), checked against the code
that calls the operations (read from the async source, which the sync twin is generated from), against
api-spec.yaml, and against older releases' specs: there, a helper either works or refuses with
`NotInSpecError` before anything is sent."""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import h2ogpte_api.api
import pytest
import yaml

import h2ogpte_ext
from h2ogpte_ext import _needs
from h2ogpte_ext._needs import COMMANDS, NEEDS, OPTION_TYPES, SpecFacts, report
from tests.in_spec import require_the_readmes_spec

ROOT = Path(__file__).resolve().parent.parent
# The helpers' modules; `_io` and `_transport` are I/O under every call, and call no operation themselves.
ASYNC_SOURCES = [
    path
    for path in sorted((Path(h2ogpte_ext.__file__).parent / "_async").glob("*.py"))
    if path.stem not in {"_io", "_transport"}
]
SPECS = ROOT.parent / "shared" / "specs"


def _spec(path: Path) -> SpecFacts:
    return SpecFacts.of(_document(path), path.name)


def _document(path: Path) -> dict[str, Any]:
    """A spec; an older release's lives in ../shared/specs beside the checkout (where CI has it)."""
    if not path.is_file():
        pytest.skip(f"{path} is not there")
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


@cache
def _tags() -> frozenset[str]:
    """The resource attributes of a client (`client.<tag>`), one per generated API package."""
    root = Path(h2ogpte_api.api.__file__).parent
    return frozenset(p.name for p in root.iterdir() if (p / "__init__.py").is_file())


@cache
def _listing(tag: str, method: str) -> str:
    """The operation an `iter_*` method pages through (`iter_collections` -> `list_collections`)."""
    package = __import__(f"h2ogpte_api.api.{tag}", fromlist=["*"])
    resource = next(
        (
            value
            for name, value in vars(package).items()
            if inspect.isclass(value) and not name.startswith("Async") and hasattr(value, method)
        ),
        None,
    )
    if resource is None:  # a listing the spec generated from lacks (a helper calls it only where `offers` says so)
        return f"list_{method.removeprefix('iter_')}"
    called = re.findall(r"self\.(\w+)\(", inspect.getsource(getattr(resource, method)))
    assert called, f"{tag}.{method} pages through no operation"
    return str(called[0])


class _Function:
    def __init__(self, node: ast.FunctionDef | ast.AsyncFunctionDef, owner: str | None, module: str) -> None:
        self.node, self.owner, self.module = node, owner, module
        self.name = f"{owner}.{node.name}" if owner else node.name


@cache
def _functions() -> dict[str, list[_Function]]:
    """Every function and method in `_async/`, by its short name."""
    found: dict[str, list[_Function]] = {}
    for path in ASYNC_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            defs: list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str | None]] = []
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                defs = [(node, None)]
            if isinstance(node, ast.ClassDef):
                defs = [(n, node.name) for n in node.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
            for fn, owner in defs:
                found.setdefault(fn.name, []).append(_Function(fn, owner, path.stem))
    return found


def _required(fn: _Function) -> str | None:
    """The name a function passes to `require(...)` in its first statement (after its docstring)."""
    body = fn.node.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    first = body[0] if body else None
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Call)
        and isinstance(first.value.func, ast.Name)
        and first.value.func.id == "require"
    ):
        argument = first.value.args[0]
        assert isinstance(argument, ast.Constant) and isinstance(argument.value, str), fn.name
        return argument.value
    return None


def _calls(fn: _Function) -> Iterator[tuple[str, str]]:
    """("op", "tag.method") for each generated operation the function calls (as `<x>.<tag>.<method>` or through
    its module, `from h2ogpte_api.api.<tag> import <method>`), and ("fn", name) or ("method", name) for each
    function or method of `_async/` it calls (a local name, such as a callback parameter, is none of them)."""
    arguments = fn.node.args
    local = {a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}
    local |= {n.id for n in ast.walk(fn.node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    for node in ast.walk(fn.node):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("h2ogpte_api.api."):
            tag = (node.module or "").rsplit(".", 1)[-1]
            yield from (("op", f"{tag}.{alias.name}") for alias in node.names)
        if isinstance(node, ast.Attribute):
            base = node.value
            if isinstance(base, ast.Attribute) and base.attr in _tags():
                method = node.attr
                if method.startswith("iter_"):
                    method = _listing(base.attr, method)
                yield "op", f"{base.attr}.{method}"
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in _functions() and func.id not in local:
                yield "fn", func.id
            elif isinstance(func, ast.Attribute) and func.attr in _functions() and not _is_resource(func.value):
                yield "self" if isinstance(func.value, ast.Name) and func.value.id == "self" else "method", func.attr


def _is_resource(value: ast.expr) -> bool:
    return isinstance(value, ast.Attribute) and value.attr in _tags()


def _operations(fn: _Function, seen: set[str] | None = None) -> set[str]:
    """The operations a function calls, itself or through the functions of `_async/` it calls."""
    seen = set() if seen is None else seen
    if fn.name in seen:
        return set()
    seen.add(fn.name)
    found: set[str] = set()
    for kind, name in _calls(fn):
        if kind == "op":
            found.add(name)
            continue
        candidates = [c for c in _functions()[name] if (c.owner is None) == (kind == "fn") and c is not fn]
        # `self.x()`: its own class's x if it has one; `other.x()`: any class's x but the caller itself.
        own = [c for c in candidates if kind == "self" and c.owner == fn.owner]
        for callee in own or candidates:
            found |= _operations(callee, seen)
    return found


def _helpers() -> dict[str, _Function]:
    """Every function of `_async/` that declares its needs, by the name it declares them under."""
    helpers: dict[str, _Function] = {}
    for functions in _functions().values():
        for fn in functions:
            name = _required(fn)
            if name is not None:
                assert name not in helpers, f"{name} is required by two functions"
                helpers[name] = fn
    return helpers


def test_every_public_function_that_calls_the_api_declares_what_it_needs() -> None:
    undeclared = [
        f"{fn.module}.{fn.name}"
        for functions in _functions().values()
        for fn in functions
        if not fn.node.name.startswith("_") and _required(fn) is None and any(kind == "op" for kind, _ in _calls(fn))
    ]
    assert undeclared == []


@pytest.mark.parametrize("helper", sorted(set(NEEDS) - {name for name in NEEDS if name.startswith("h2ogpte-ext")}))
def test_a_helpers_declared_operations_are_the_ones_its_code_calls(helper: str) -> None:
    helpers = _helpers()
    assert helper in helpers, f"no function calls require({helper!r}) first"
    called = _operations(helpers[helper])
    declared = NEEDS[helper].operations | NEEDS[helper].optional
    assert called == set(declared), (
        f"{helper}: called but not declared {sorted(called - declared)}; "
        f"declared but not called {sorted(declared - called)}"
    )
    assert not NEEDS[helper].operations & NEEDS[helper].optional, f"{helper}: an operation both needed and optional"


def test_every_declared_name_is_a_helper_or_a_command() -> None:
    assert set(_helpers()) <= set(NEEDS)
    commands = {name for name in NEEDS if name.startswith("h2ogpte-ext ")} | set(COMMANDS)
    assert set(NEEDS) - set(_helpers()) <= commands
    assert {helper for helpers in COMMANDS.values() for helper in helpers} <= set(_helpers())


def test_the_commands_declared_are_the_cli_commands() -> None:
    from h2ogpte_ext._cli import cli

    def paths(group: Any, prefix: str) -> Iterator[str]:
        for name, command in group.commands.items():
            if hasattr(command, "commands"):
                yield from paths(command, f"{prefix} {name}")
            else:
                yield f"{prefix} {name}"

    # `api` calls any operation by name, `spec` and `fake-server` call none, `download` only files.
    declared = set(COMMANDS)
    undeclared = {p for p in paths(cli, "h2ogpte-ext") if not re.match(r"h2ogpte-ext (api|spec|fake-server)\b", p)}
    assert undeclared == declared


def test_a_helpers_options_are_its_typed_options() -> None:
    """OPTION_TYPES names the TypedDict each helper's `**options` is typed with, and where they go."""
    for helper, typed in OPTION_TYPES.items():
        fn = _helpers()[helper]
        kwarg = fn.node.args.kwarg
        assert kwarg is not None and kwarg.annotation is not None, helper
        assert ast.unparse(kwarg.annotation) == f"Unpack[{typed}]", helper
        assert NEEDS[helper].options, f"{helper} does not say where its options go"
        assert hasattr(_needs, typed)


def test_everything_declared_is_in_api_spec_yaml() -> None:
    facts = _spec(ROOT / "api-spec.yaml")
    verdicts = report(facts, _needs.declared_options())
    if any(v.status != "works" for v in verdicts):  # the declarations are api-spec.yaml's, as shipped
        require_the_readmes_spec((ROOT / "README.md").read_text(encoding="utf-8"))
    assert [v for v in verdicts if v.status != "works"] == []
    # ... and the generated package was built from that document: the facts read at run time agree.
    assert _needs.current().operations == facts.operations
    assert _needs.current().fields == facts.fields


def test_an_older_spec_names_what_each_helper_lacks() -> None:
    verdicts = {v.name: v for v in report(_spec(SPECS / "h2ogpte-1.6.64.yaml"), _needs.declared_options())}
    assert verdicts["CompletionStream.pause"].status == "unavailable"
    assert verdicts["CompletionStream.pause"].missing == ("client.chat.pause_chat_message",)
    assert verdicts["upload_and_ingest"].status == "degraded"
    assert "option encrypt_document" in verdicts["upload_and_ingest"].missing
    assert verdicts["ask"].status == "works"
    assert {v.status for v in report(_spec(SPECS / "h2ogpte-1.7.0.yaml"), _needs.declared_options())} == {"works"}


def test_a_spec_lacking_an_operation_refuses_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    """With facts of a spec that lacks `chat.pause_chat_message` and an ingest option, the helpers refuse with
    NotInSpecError naming the helper, what is missing and the spec, and send nothing (no server here)."""
    document = _document(SPECS / "h2ogpte-1.6.64.yaml")
    monkeypatch.setattr(_needs, "current", lambda: SpecFacts.of(document, "h2ogpte-1.6.64.yaml"))
    _needs._missing.cache_clear()
    _needs.spec_options.cache_clear()
    try:
        with pytest.raises(h2ogpte_ext.NotInSpecError) as caught:
            _needs.require("CompletionStream.pause")
        assert caught.value.helper == "CompletionStream.pause"
        assert caught.value.missing == ["client.chat.pause_chat_message"]
        assert "h2oGPTe REST API" in caught.value.spec and "h2ogpte-1.6.64.yaml" in caught.value.spec
        with pytest.raises(h2ogpte_ext.NotInSpecError, match="lacks option encrypt_document"):
            _needs.require("upload_and_ingest", ["encrypt_document", "gen_doc_summaries"])
        _needs.require("upload_and_ingest", ["gen_doc_summaries"])  # an option the older spec has
        _needs.require("upload_and_ingest", ["no_such_option"])  # the options check names that one
        client = h2ogpte_ext.H2OGPTE(address="http://127.0.0.1:9", api_key="k", max_retries=0)
        with client, pytest.raises(h2ogpte_ext.NotInSpecError):
            client.upload_and_ingest("c", [], encrypt_document=True)  # port 9 would refuse: nothing was sent
    finally:
        _needs._missing.cache_clear()
        _needs.spec_options.cache_clear()


def test_the_job_statuses_declared_are_the_ones_a_wait_ends_on() -> None:
    from h2ogpte_ext._jobs import FINAL

    assert {v.partition("=")[2] for v in NEEDS["wait_for_job"].values} == FINAL


def test_an_enum_value_a_spec_does_not_list_is_missing() -> None:
    document = yaml.safe_load((ROOT / "api-spec.yaml").read_text(encoding="utf-8"))
    status = document["components"]["schemas"]["JobDetails"]["properties"]["overall_status"]
    status["enum"] = [v for v in status["enum"] if v != "canceled"]
    verdicts = {v.name: v for v in report(SpecFacts.of(document, "edited"), _needs.declared_options())}
    assert verdicts["wait_for_job"].missing == ("JobDetails.overall_status value 'canceled'",)
    assert verdicts["h2ogpte-ext jobs wait"].status == "unavailable"
    assert verdicts["ask"].status == "works"


def _with_required_collection_field() -> dict[str, Any]:
    """api-spec.yaml, with a field the next release might require of every new collection."""
    document: dict[str, Any] = yaml.safe_load((ROOT / "api-spec.yaml").read_text(encoding="utf-8"))
    schema_name = SpecFacts.of(document, "x").bodies["collections.create_collection"]
    schema = document["components"]["schemas"][schema_name]
    schema["properties"]["owner_team"] = {"type": "string"}
    schema["required"] = [*schema["required"], "owner_team"]
    return document


def test_a_field_a_newer_spec_requires_is_asked_of_the_caller_or_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    document = _with_required_collection_field()
    verdicts = {v.name: v for v in report(SpecFacts.of(document, "next"), _needs.declared_options())}
    # temporary_collection passes its keyword arguments on: the caller can give the field.
    assert verdicts["temporary_collection"].status == "degraded"
    assert verdicts["temporary_collection"].missing == ("required option owner_team",)
    # the CLI's `collections create` sends name and description only: it cannot.
    assert verdicts["h2ogpte-ext collections create"].status == "unavailable"
    assert verdicts["h2ogpte-ext collections create"].missing == (
        "client.collections.create_collection requiring owner_team",
    )
    monkeypatch.setattr(_needs, "current", lambda: SpecFacts.of(document, "next.yaml"))
    for cached in (_needs._missing, _needs.spec_options):
        cached.cache_clear()
    try:
        with pytest.raises(h2ogpte_ext.NotInSpecError, match=r"requires owner_team: pass it as a keyword argument"):
            _needs.require("temporary_collection", {})
        _needs.require("temporary_collection", {"owner_team": "t"})
        assert "owner_team" in _needs.spec_options("temporary_collection")
        assert "name" not in _needs.spec_options("temporary_collection")  # the helper fills that in itself
    finally:
        for cached in (_needs._missing, _needs.spec_options):
            cached.cache_clear()


def test_operations_are_named_as_the_generator_names_them() -> None:
    """`SpecFacts` names methods `<tag>.<operation>` by the generator's rule, for every name of api-spec.yaml."""
    strings = pytest.importorskip("openapi_python_client.strings", reason="the generator (3.11+)")
    document = yaml.safe_load((ROOT / "api-spec.yaml").read_text(encoding="utf-8"))
    names = {
        name
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for name in (operation["operationId"], *operation.get("tags", []))
    }
    assert {n: _needs._snake(n) for n in names} == {n: str(strings.PythonIdentifier(n, "field_")) for n in names}


def test_a_model_the_spec_lacks_is_a_stand_in_that_refuses_to_be_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """An exported generated model that the spec generated from lacks (1.6.64 has no `DocumentExtractionResult`)
    is no AttributeError: `from h2ogpte_ext import *`, `isinstance` and annotations still work, and making
    one names what is missing."""
    monkeypatch.setitem(h2ogpte_ext._EXPORTS, "NoSuchModel", "h2ogpte_api.models")
    monkeypatch.delitem(vars(h2ogpte_ext), "NoSuchModel", raising=False)
    try:
        stand_in: Any = h2ogpte_ext.NoSuchModel
        from_dict = stand_in.from_dict
        assert isinstance(stand_in, type) and not isinstance(object(), stand_in)
        assert "NoSuchModel" in (stand_in.__doc__ or "")
        with pytest.raises(h2ogpte_ext.NotInSpecError, match="lacks model NoSuchModel") as made:
            stand_in()
        assert made.value.missing == ["model NoSuchModel"]
        with pytest.raises(h2ogpte_ext.NotInSpecError, match="NoSuchModel"):
            from_dict({})
    finally:
        vars(h2ogpte_ext).pop("NoSuchModel", None)
    with pytest.raises(AttributeError):  # a name that is not exported at all stays an AttributeError
        _ = h2ogpte_ext.NoSuchName
