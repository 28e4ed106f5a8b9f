"""What `generate.py` checks in a spec before the generator runs: Python names that would clash.

openapi-python-client turns the spec's names into Python names, and where two of them meet it writes wrong
code without a word (two operations whose operationIds are one name in snake_case become one method, the
last one's) or code that does not compile (a query parameter `max_retries` beside the call option of that
name). So the spec is read here first, by the generator's own parser and through our templates' own macros
(the names are the very ones the generated code will have), and each clash is either:

- resolved, with a note: a schema whose class would take a name the generated modules use themselves
  (`Response`, `JSON`, `Unset`, `Any`, a tag's resource class ...) becomes the class `<Name>Model`; two
  listings of one tag whose iterators would share a name are each named after their operation
  (`iterator_names` in resource_macros.py.jinja);
- or refused: one line per problem, naming its place in the spec (`paths./x.get.operationId`), and
  generate.py exits 1 without writing anything.

A spec the generator's parser refuses is left to the generator, which says why.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import ClassOverride, Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.strings import ClassName, PythonIdentifier, pascal_case

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class JSONLoader(_Loader):  # type: ignore[misc]
    """YAML read as JSON reads it: an unquoted date (`example: 2024-01-01`) stays a string, not a `date` that
    no JSON encoder takes (the examples do not matter to the code; the package's openapi.json copies them)."""


JSONLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}


def load(spec: Path) -> dict[str, Any]:
    """The spec's document, as JSON values only."""
    document: dict[str, Any] = yaml.load(spec.read_bytes(), Loader=JSONLoader)  # noqa: S506 - a safe loader
    return document


# The names that the generated modules which import models (models/, api/<tag>/) bind themselves, so that a model
# or enum class of the same name would shadow them or be shadowed: what the templates (and the generator's own
# import lines) import from typing, collections.abc, io, uuid, h2ogpte_api.types, client and api, and `T`. A
# class name is PascalCase without underscores, so no other name can clash; tests/test_codegen.py checks this
# list against the templates and the generated package. Each tag's resource classes (`Jobs`, `AsyncJobs`,
# `JobsWithRawResponse`, `AsyncJobsWithRawResponse`) are added per spec.
RESERVED = frozenset(
    {
        *("Any", "AsyncIterator", "BinaryIO", "Generator", "Iterator", "Literal", "Mapping", "TextIO", "TypeVar"),
        *("BytesIO", "UUID", "T"),
        *("File", "FileTypes", "JSON", "Response", "UNSET", "Unset", "UnknownEnumValue"),
        *("AuthenticatedClient", "Client", "AsyncRawResource", "AsyncResource", "SyncRawResource", "SyncResource"),
    }
)

# The arguments every resource method takes besides the operation's own.
CALL_OPTIONS = ("request_timeout", "max_retries")


@dataclasses.dataclass
class Findings:
    """What the check found: `problems` refuse the spec; `notes` say how a clash was resolved, and
    `class_overrides` (the generator's setting of that name) is how."""

    problems: list[str] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)
    class_overrides: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)


def tag_classes(tag: str) -> set[str]:
    """The resource classes of one tag (endpoint_init.py.jinja)."""
    name = pascal_case(tag)
    return {name, f"Async{name}", f"{name}WithRawResponse", f"Async{name}WithRawResponse"}


def _parse(document: dict[str, Any], spec: Path, config_file: ConfigFile) -> tuple[GeneratorData, Config] | None:
    config = Config.from_sources(config_file, MetaType("none"), spec, "utf-8", False, None)
    data = GeneratorData.from_dict(document, config=config)
    return (data, config) if isinstance(data, GeneratorData) else None


def check(document: dict[str, Any], spec: Path, config_path: Path, templates: Path) -> Findings:
    """Check `document` (read from `spec`) as the generator would build it with `config_path` and `templates`."""
    findings = Findings()
    config_file = ConfigFile.load_from_path(config_path)
    parsed = _parse(document, spec, config_file)
    if parsed is None:
        return findings  # the generator says what is wrong
    data, config = parsed
    _rename_clashing_classes(document, data, config, findings)
    if findings.class_overrides:
        # The new names, as the generator will see them (a nested schema's class is named after its parent's).
        overrides = {name: ClassOverride.model_validate(o) for name, o in findings.class_overrides.items()}
        merged = config_file.model_copy(
            update={"class_overrides": {**(config_file.class_overrides or {}), **overrides}}
        )
        reparsed = _parse(document, spec, merged)
        if reparsed is None:  # pragma: no cover - the same document parsed once already
            return findings
        data, config = reparsed
        again = Findings()
        _rename_clashing_classes(document, data, config, again)
        findings.problems += [f"{note} (after renaming)" for note in again.notes]
    project = Project(openapi=data, config=config, custom_template_path=templates)
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        _check_collection(document, project, str(tag), collection.endpoints, findings)
    return findings


def _rename_clashing_classes(document: dict[str, Any], data: GeneratorData, config: Config, findings: Findings) -> None:
    classes = [(prop.class_info.name, prop.class_info.module_name) for prop in [*data.models, *data.enums]]
    taken = set(RESERVED).union(*(tag_classes(str(tag)) for tag in data.endpoint_collections_by_tag))
    names = {str(name) for name, _ in classes}
    modules = {str(module) for _, module in classes}
    schemas = (document.get("components") or {}).get("schemas") or {}
    places = {str(ClassName(key, config.field_prefix)): f"components.schemas.{key}" for key in schemas}
    for name, _ in sorted(classes):
        if name not in taken:
            continue
        new, number = f"{name}Model", 1
        while new in names or new in taken or str(PythonIdentifier(new, config.field_prefix)) in modules:
            number += 1
            new = f"{name}Model{number}"
        module = str(PythonIdentifier(new, config.field_prefix))
        names.add(new)
        modules.add(module)
        findings.class_overrides[str(name)] = {"class_name": new, "module_name": module}
        where = places.get(str(name), f"an inline schema (class {name})")
        findings.notes.append(
            f"{where}: the model is the class {new} (models/{module}.py): {name} is a name the generated code uses"
        )


def _operation_place(document: dict[str, Any], endpoint: Endpoint) -> str:
    path = endpoint.path.get_untrusted_value()
    operation_id = document["paths"][path][endpoint.method].get("operationId")
    if operation_id is None:
        return f"paths.{path}.{endpoint.method} (no operationId)"
    return f"paths.{path}.{endpoint.method}.operationId ({operation_id!r})"


def _resolve(document: dict[str, Any], value: Any) -> Any:
    """`value`, or what its local `$ref` (a chain of them) points to."""
    for _ in range(50):
        reference = value.get("$ref") if isinstance(value, dict) else None
        if not isinstance(reference, str) or not reference.startswith("#/"):
            break
        value = document
        for part in reference[2:].split("/"):
            value = value.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(value, dict) else None
    return value


def _parameter_place(document: dict[str, Any], endpoint: Endpoint, parameter: Any, location: str) -> str:
    path = endpoint.path.get_untrusted_value()
    item = document["paths"][path]
    name = _text(parameter.name)
    for where, listed in (
        (f"paths.{path}.{endpoint.method}", item[endpoint.method].get("parameters") or []),
        (f"paths.{path}", item.get("parameters") or []),
    ):
        for index, entry in enumerate(listed):
            resolved = _resolve(document, entry)
            if isinstance(resolved, dict) and (resolved.get("name"), resolved.get("in")) == (name, location):
                return f"{where}.parameters[{index}] ({location} parameter {name!r} of {endpoint.name})"
    return f"paths.{path}.{endpoint.method} ({location} parameter {name!r} of {endpoint.name})"


def _text(value: Any) -> str:
    """A name as the spec writes it."""
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def _parameters(endpoint: Endpoint) -> list[tuple[Any, str]]:
    return [
        *((p, "path") for p in endpoint.path_parameters),
        *((p, "query") for p in endpoint.query_parameters),
        *((p, "header") for p in endpoint.header_parameters),
        *((p, "cookie") for p in endpoint.cookie_parameters),
    ]


def _macro(project: Project, call: str, **values: Any) -> str:
    """The output of one of resource_macros.py.jinja's macros: the names the resource classes will have."""
    template = project.env.from_string(
        '{% from "resource_macros.py.jinja" import iterator_names, flat_model_name, flat_name %}' + call
    )
    return template.render(**values).strip()


def _check_collection(
    document: dict[str, Any], project: Project, tag: str, endpoints: list[Endpoint], findings: Findings
) -> None:
    problems = findings.problems
    by_name: dict[str, list[Endpoint]] = defaultdict(list)
    for endpoint in endpoints:
        by_name[str(endpoint.name)].append(endpoint)
    for name, same in by_name.items():
        if len(same) > 1:
            places = " and ".join(_operation_place(document, e) for e in same)
            every = "both" if len(same) == 2 else "all"
            problems.append(f"{places} are {every} the method {tag}.{name}: give them operationIds apart in snake_case")
    if "with_raw_response" in by_name:
        endpoint = by_name["with_raw_response"][0]
        problems.append(
            f"{_operation_place(document, endpoint)} is the method {tag}.with_raw_response, the name of every "
            "resource's raw-response form: give it another operationId"
        )

    iterators: dict[str, str] = {}
    by_operation = {str(e.name): e for e in endpoints}
    shared: dict[str, list[str]] = defaultdict(list)
    for entry in _macro(project, "{{ iterator_names(endpoints) }}", endpoints=endpoints).split(","):
        if not entry:
            continue
        operation, iterator, short = entry.split("=")
        iterators[operation] = iterator
        shared[f"iter_{short}"].append(operation)
    for iterator in {i for i in iterators.values() if list(iterators.values()).count(i) > 1}:
        sharing = [o for o, i in iterators.items() if i == iterator]
        places = " and ".join(_operation_place(document, by_operation[o]) for o in sharing)
        problems.append(f"{places} would have one iterator, {tag}.{iterator}: give them other operationIds")
    for operation, iterator in iterators.items():
        if iterator in by_name:
            problems.append(
                f"{_operation_place(document, by_name[iterator][0])} is the method {tag}.{iterator}, which is also "
                f"the iterator of the listing {_operation_place(document, by_operation[operation])}: give it "
                "another operationId"
            )
    for short, operations in sorted(shared.items()):
        if len(operations) == 1:
            continue
        places = " and ".join(_operation_place(document, by_operation[o]) for o in operations)
        named = ", ".join(f"{tag}.{iterators[o]}" for o in operations)
        findings.notes.append(f"{places} would each have the iterator {tag}.{short}: they are {named}")

    for endpoint in endpoints:
        taken: dict[str, str] = {"self": "the method's self", "body": "the argument for the whole body"}
        taken.update({option: "a call option of every method" for option in CALL_OPTIONS})
        for parameter, location in _parameters(endpoint):
            python_name = str(parameter.python_name)
            place = _parameter_place(document, endpoint, parameter, location)
            if python_name in CALL_OPTIONS:
                problems.append(
                    f"{place} would be the argument {python_name}, a call option of every method: the generated "
                    "method cannot take both"
                )
            elif python_name == "body" and endpoint.bodies:
                problems.append(
                    f"{place} would be the argument body, which is the operation's request body: the generated "
                    "method cannot take both"
                )
            elif python_name == "page_size" and str(endpoint.name) in iterators:
                problems.append(
                    f"{place} would be the argument page_size of the iterator {tag}.{iterators[str(endpoint.name)]}, "
                    "which is its own page size: the iterator cannot take both"
                )
            taken.setdefault(python_name, f"the {location} parameter {_text(parameter.name)!r}")
        if not _macro(project, "{{ flat_model_name(endpoint) }}", endpoint=endpoint):
            continue
        model: Any = endpoint.bodies[0].prop  # a ModelProperty (flat_model_name says so)
        for prop in [*model.required_properties, *model.optional_properties]:
            argument = _macro(project, "{{ flat_name(endpoint, prop) }}", endpoint=endpoint, prop=prop)
            if argument in taken:
                place = f"paths.{endpoint.path.get_untrusted_value()}.{endpoint.method}.requestBody"
                problems.append(
                    f"{place}: the body property {_text(prop.name)!r} of {endpoint.name} would be the argument "
                    f"{argument}, which is already {taken[argument]}: the generated method cannot take both"
                )
            taken.setdefault(argument, f"the argument of the body property {_text(prop.name)!r}")
