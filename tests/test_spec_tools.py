"""Spec tooling: fetch against api-spec.yaml and served files, diff on small documents built here and on the
release specs in ../shared/specs."""

from __future__ import annotations

import copy
import http.server
import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from attrs import define

from h2ogpte_ext import H2OGPTEError
from h2ogpte_ext._cli import main
from h2ogpte_ext._spec import Change, client_method, diff, fetch, load, load_file
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.in_spec import is_the_readmes_spec
from tests.spec_tools import ROOT, SPEC_PATH, load_spec, operations

pytestmark = pytest.mark.e2e

# --- fetch ---------------------------------------------------------------------------------------------


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A plain HTTP server on 127.0.0.1 serving files from a folder (for broken documents)."""
    root = tmp_path / "site"
    root.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            if self.path == "/partial/api-spec.yaml":
                self.send_response(200)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(SPEC_PATH.read_bytes()[:1000])
                self.close_connection = True
                return
            super().do_GET()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()


def test_fetch_writes_the_servers_document(fake_h2ogpte: FakeH2OGPTE, tmp_path: Path) -> None:
    out = tmp_path / "api-spec.yaml"
    assert fetch(fake_h2ogpte.url, out) == len(list(operations(load_spec())))  # the operation count
    assert out.read_bytes() == SPEC_PATH.read_bytes()


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ("not: [valid", "is not YAML or JSON"),
        ("openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", "is not a valid OpenAPI document"),
        ("swagger: '2.0'\n", "is not an OpenAPI 3 document"),
    ],
)
def test_fetch_keeps_the_old_file_when_the_new_one_is_invalid(
    served: tuple[str, Path], tmp_path: Path, document: str, problem: str
) -> None:
    url, root = served
    (root / "api-spec.yaml").write_text(document)
    out = tmp_path / "api-spec.yaml"
    out.write_text("the old document")
    with pytest.raises(H2OGPTEError, match=problem):
        fetch(url, out)
    assert out.read_text() == "the old document"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["api-spec.yaml"]


def test_fetch_keeps_the_old_file_on_a_partial_download(served: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = served
    out = tmp_path / "api-spec.yaml"
    out.write_text("the old document")
    with pytest.raises(H2OGPTEError, match="could not download"):
        fetch(f"{url}/partial", out)
    with pytest.raises(H2OGPTEError, match="HTTP 404"):
        fetch(f"{url}/missing", out)
    assert out.read_text() == "the old document"


# --- alias bombs ---------------------------------------------------------------------------------------


def _laughs() -> str:
    """A 1.3 KB OpenAPI document whose response schema expands, through YAML aliases, to 9^9 schemas."""
    lines = ["openapi: 3.0.3", 'info: {title: laughs, version: "1"}', "x-laughs:", "  - &l0 {type: string}"]
    for level in range(1, 10):
        properties = ", ".join(f"p{i}: *l{level - 1}" for i in range(1, 10))
        lines.append(f"  - &l{level} {{type: object, properties: {{{properties}}}}}")
    lines += ["paths:", "  /laughs:", "    get:", "      responses:", '        "200":', "          description: OK"]
    lines += ["          content:", "            application/json:", "              schema: *l9"]
    return "\n".join(lines) + "\n"


def test_spec_diff_refuses_an_alias_bomb(tmp_path: Path) -> None:
    bomb = tmp_path / "laughs.yaml"
    bomb.write_text(_laughs())
    assert 1200 < bomb.stat().st_size < 1400
    run = [sys.executable, "-m", "h2ogpte_ext", "spec", "diff", str(bomb), str(bomb)]
    # Without a limit this walks billions of schemas; the timeout only keeps a regression from hanging the suite.
    done = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr  # invalid input: 2, as a usage error
    assert (
        done.stderr.strip()
        == f"error: {bomb} expands beyond 5,000,000 nodes through YAML aliases (an alias bomb?); refused"
    )


def test_spec_fetch_refuses_an_alias_bomb_and_keeps_the_old_file(served: tuple[str, Path], tmp_path: Path) -> None:
    url, root = served
    (root / "api-spec.yaml").write_text(_laughs())
    out = tmp_path / "api-spec.yaml"
    out.write_text("the old document")
    with pytest.raises(H2OGPTEError, match="alias bomb"):
        fetch(url, out)
    assert out.read_text() == "the old document"


def test_a_self_referencing_alias_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.write_text('openapi: 3.0.3\ninfo: {title: loop, version: "1"}\npaths: {}\nx-loop: &loop [*loop]\n')
    with pytest.raises(H2OGPTEError, match="contains itself"):
        load_file(loop)


def test_shared_anchors_within_the_limit_still_load(tmp_path: Path) -> None:
    text = SPEC_PATH.read_text().replace(
        "openapi: 3.0.3", "openapi: 3.0.3\nx-shared: &shared {a: 1}\nx-again: *shared", 1
    )
    document = load_file(_written(tmp_path / "shared.yaml", text))
    assert document["x-again"] == {"a": 1}


def _written(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_the_nox_spec_diff_script_takes_json_anywhere(tmp_path: Path) -> None:
    new = _base()
    del new["paths"]["/things/{thing_id}"]["delete"]
    old, edited = str(_yaml_file(tmp_path / "old.yaml", _base())), str(_yaml_file(tmp_path / "new.yaml", new))
    script = str(SPEC_PATH.parent / "scripts" / "spec.py")
    for args in (["diff", old, edited, "--json"], ["--json", "diff", old, edited]):
        done = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr  # a removed operation breaks: the report, then exit 1
        assert json.loads(done.stdout)["removed"] == ["DELETE /things/{thing_id}"]


# --- diff: small documents, one kind of change each ----------------------------------------------------

JSON = "application/json"


def _content(schema: dict[str, Any], media: str = JSON) -> dict[str, Any]:
    return {media: {"schema": schema}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _base() -> dict[str, Any]:
    """A tiny valid document: things (listed, created, read, deleted), a job with a status enum, an error."""
    error = {"description": "Bad Request", "content": _content(_ref("Error"))}
    return {
        "openapi": "3.0.3",
        "info": {"title": "tiny", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "tags": ["Things"],
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}}],
                    "responses": {
                        "200": {"description": "OK", "content": _content({"type": "array", "items": _ref("Thing")})},
                        "400": error,
                    },
                },
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "requestBody": {"required": True, "content": _content(_ref("ThingCreate"))},
                    "responses": {"201": {"description": "Created", "content": _content(_ref("Thing"))}, "400": error},
                },
            },
            "/things/{thing_id}": {
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getThing",
                    "tags": ["Things"],
                    "responses": {"200": {"description": "OK", "content": _content(_ref("Thing"))}, "400": error},
                },
                "delete": {
                    "operationId": "deleteThing",
                    "tags": ["Things"],
                    "responses": {"204": {"description": "-"}},
                },
            },
            "/jobs/{job_id}": {
                "get": {
                    "operationId": "getJob",
                    "tags": ["Jobs"],
                    "parameters": [{"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "OK", "content": _content(_ref("Job"))}},
                }
            },
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "created_at": {"type": "string", "format": "date-time"},
                        "note": {"type": "string", "nullable": True},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "ThingCreate": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "note": {"type": "string", "nullable": True},
                    },
                },
                "Job": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {"id": {"type": "string"}, "status": _ref("JobStatus")},
                },
                "JobStatus": {"type": "string", "enum": ["running", "completed", "failed"]},
                "Error": {
                    "type": "object",
                    "properties": {"message": {"type": "string"}, "error_type": {"type": "string"}},
                },
            }
        },
    }


def _yaml_file(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def _command(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`h2ogpte-ext spec diff ARGS` in this process: (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as done:
        main(["spec", "diff", *args])
    captured = capsys.readouterr()
    return int(done.value.code or 0), captured.out, captured.err


@define
class Compared:
    """The JSON report of `spec diff OLD NEW` on two small documents, and its exit code."""

    report: dict[str, Any]
    code: int

    def changes(self, operation: str) -> list[tuple[str, str, bool]]:
        return [(c["where"], c["what"], c["breaking"]) for c in self.report["changed"].get(operation, [])]

    def schema(self, name: str) -> tuple[list[str], list[tuple[str, str, bool]]]:
        entry = self.report["schemas"][name]
        return entry["operations"], [(c["where"], c["what"], c["breaking"]) for c in entry["changes"]]

    def methods(self) -> list[tuple[str, str | None, str | None, bool]]:
        return [(m["operation"], m["old"], m["new"], m["breaking"]) for m in self.report.get("methods", [])]


@pytest.fixture
def compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[[dict[str, Any]], Compared]:
    def run(new: dict[str, Any]) -> Compared:
        old, edited = _yaml_file(tmp_path / "old.yaml", _base()), _yaml_file(tmp_path / "new.yaml", new)
        code, out, err = _command(capsys, str(old), str(edited), "--format", "json")
        assert err == "" and code in (0, 1), err
        return Compared(json.loads(out), code)

    return run


def test_the_small_document_is_valid_and_equal_to_itself(compare: Callable[[dict[str, Any]], Compared]) -> None:
    assert load(yaml.safe_dump(_base()), "base")["info"]["title"] == "tiny"
    same = compare(_base())
    assert (same.report, same.code) == ({"added": [], "removed": [], "changed": {}, "breaking": 0}, 0)


def test_an_operation_id_renamed_is_a_method_renamed(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    new["paths"]["/things"]["get"]["operationId"] = "getThings"
    renamed = compare(new)
    assert renamed.methods() == [("GET /things", "client.things.list_things", "client.things.get_things", True)]
    assert renamed.report["methods"][0]["what"] == "operationId listThings -> getThings"
    assert (renamed.report["added"], renamed.report["removed"], renamed.code) == ([], [], 1)

    new["paths"]["/things"]["get"]["operationId"] = "list_things"  # another spelling of the same method
    respelled = compare(new)
    assert respelled.methods() == [("GET /things", "client.things.list_things", "client.things.list_things", False)]
    assert respelled.code == 0


def test_a_tag_move_is_a_method_moved(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    new["paths"]["/things/{thing_id}"]["get"]["tags"] = ["Inventory", "Things"]  # the first tag names the resource
    moved = compare(new)
    assert moved.methods() == [
        ("GET /things/{thing_id}", "client.things.get_thing", "client.inventory.get_thing", True)
    ]
    assert moved.report["methods"][0]["what"] == "tag Things -> Inventory"
    assert moved.code == 1


def test_a_route_moved_keeps_its_method_and_is_breaking(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    new["paths"]["/jobs/{job_id}/status"] = new["paths"].pop("/jobs/{job_id}")
    moved = compare(new)
    assert (moved.report["added"], moved.report["removed"]) == ([], [])
    assert moved.methods() == [("GET /jobs/{job_id}/status", "client.jobs.get_job", "client.jobs.get_job", True)]
    assert moved.report["methods"][0]["old_operation"] == "GET /jobs/{job_id}"
    assert moved.code == 1


def test_request_media_types(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    body = new["paths"]["/things"]["post"]["requestBody"]
    body["content"]["multipart/form-data"] = {"schema": _ref("ThingCreate")}
    added = compare(new)
    assert added.changes("POST /things") == [("request body", "media type multipart/form-data added", False)]
    assert added.code == 0

    del body["content"][JSON]
    replaced = compare(new)
    assert replaced.changes("POST /things") == [
        ("request body", "media type application/json removed", True),
        ("request body", "media type multipart/form-data added", False),
    ]
    assert replaced.code == 1


def test_response_media_types(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    ok = new["paths"]["/things"]["get"]["responses"]["200"]
    ok["content"]["text/csv"] = {"schema": {"type": "string"}}  # a form an old client may receive and not parse
    added = compare(new)
    assert added.changes("GET /things") == [("response 200", "media type text/csv added", True)]
    assert added.code == 1

    old_with_csv = copy.deepcopy(new)
    del new["paths"]["/things"]["get"]["responses"]["200"]["content"]["text/csv"]
    fewer = diff(old_with_csv, new)  # one form fewer: what a client receives, it still parses
    assert [(c.where, c.what, c.breaking) for c in fewer.changed["GET /things"]] == [
        ("response 200", "media type text/csv removed", False)
    ]
    assert fewer.breaking == 0


def test_one_of_any_of_and_all_of(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    schemas = new["components"]["schemas"]
    # A response property that was a plain array becomes oneOf: one more shape may arrive.
    schemas["Thing"]["properties"]["tags"] = {
        "oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]
    }
    # A request property gains an alternative: the old shape is still one, nothing breaks.
    schemas["ThingCreate"]["properties"]["note"] = {
        "anyOf": [{"type": "string"}, {"type": "integer"}],
        "nullable": True,
    }
    # A response schema made of another (allOf) one member fewer: its properties are gone.
    schemas["Audit"] = {"type": "object", "properties": {"by": {"type": "string"}}}
    schemas["Stamp"] = {"type": "object", "properties": {"at": {"type": "string"}}}
    schemas["Job"] = {"allOf": [_ref("Audit"), schemas["Job"]]}
    old = _base()
    old["components"]["schemas"] |= {"Audit": schemas["Audit"], "Stamp": schemas["Stamp"]}
    old["components"]["schemas"]["Job"] = {
        "allOf": [_ref("Audit"), _ref("Stamp"), _base()["components"]["schemas"]["Job"]]
    }

    composed = compare(new)
    _, thing = composed.schema("Thing")
    assert thing == [("Thing.tags", "now oneOf [array[string], string] (was array[string])", True)]
    _, create = composed.schema("ThingCreate")
    assert create == [("ThingCreate.note", "now anyOf [string, integer] (was string)", False)]
    assert composed.code == 1

    members = diff(old, new)
    assert [(c.where, c.what, c.breaking) for c in members.schemas["Job"].changes] == [
        ("Job", "allOf member Stamp removed", True)
    ]


def test_nullable(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    schemas = new["components"]["schemas"]
    del schemas["Thing"]["properties"]["note"]["nullable"]  # a response never null any more: fine
    responses = compare(new)
    assert responses.schema("Thing")[1] == [("Thing.note", "no longer nullable", False)]
    assert responses.code == 0

    del schemas["ThingCreate"]["properties"]["note"]["nullable"]  # a request refusing null: breaks
    schemas["Job"]["properties"]["status"] = {"allOf": [_ref("JobStatus")], "nullable": True}  # a null may arrive
    both = compare(new)
    assert both.schema("ThingCreate")[1] == [("ThingCreate.note", "no longer nullable", True)]
    assert both.schema("Job")[1] == [("Job.status", "now nullable", True)]  # the same JobStatus: no other change
    assert both.code == 1


def test_format(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    new["paths"]["/things"]["get"]["parameters"][0]["schema"]["format"] = "int64"  # the same Python int
    widened = compare(new)
    assert widened.changes("GET /things") == [("query parameter limit", "format int32 -> int64", False)]
    assert widened.code == 0

    new["components"]["schemas"]["Thing"]["properties"]["created_at"]["format"] = "date"  # datetime -> date
    retyped = compare(new)
    assert retyped.schema("Thing")[1] == [("Thing.created_at", "format date-time -> date", True)]
    assert retyped.code == 1


def test_path_level_parameters_count_as_each_operations_own(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    item = new["paths"]["/things/{thing_id}"]
    thing_id = item.pop("parameters")[0]
    item["get"]["parameters"] = [thing_id]  # moved from the path item to each operation: nothing changed
    item["delete"]["parameters"] = [thing_id]
    assert compare(new).report["changed"] == {}

    new = _base()
    required = {"name": "X-Tenant", "in": "header", "required": True, "schema": {"type": "string"}}
    new["paths"]["/things/{thing_id}"]["parameters"].append(required)
    added = compare(new)
    expected = [("header parameter X-Tenant", "added, required", True)]
    assert added.changes("GET /things/{thing_id}") == expected
    assert added.changes("DELETE /things/{thing_id}") == expected
    assert added.code == 1

    new["paths"]["/things/{thing_id}"]["parameters"][0]["schema"] = {"type": "integer"}
    retyped = compare(new)
    assert ("path parameter thing_id", "type string -> integer", True) in retyped.changes("DELETE /things/{thing_id}")


def test_enum_values_added_to_a_response_break_an_old_client(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    new["components"]["schemas"]["JobStatus"]["enum"].append("paused")
    paused = compare(new)
    paused_added = "enum value 'paused' added (a client of the old spec fails to parse it)"
    assert paused.schema("JobStatus") == (["GET /jobs/{job_id}"], [("JobStatus", paused_added, True)])
    assert paused.report["changed"] == {} and paused.code == 1

    new = _base()
    new["components"]["schemas"]["JobStatus"]["enum"].remove("failed")  # a response with one value fewer: fine
    kind = new["components"]["schemas"]["ThingCreate"]["properties"]["kind"]
    kind["enum"] = ["a", "c"]  # a request: 'b' refused now (breaks), 'c' accepted (does not)
    fewer = compare(new)
    assert fewer.schema("JobStatus")[1] == [("JobStatus", "enum value 'failed' removed", False)]
    assert fewer.schema("ThingCreate")[1] == [
        ("ThingCreate.kind", "enum value 'b' removed", True),
        ("ThingCreate.kind", "enum value 'c' added", False),
    ]
    assert fewer.code == 1


def test_a_schema_change_is_one_entry_naming_the_operations_that_use_it(
    compare: Callable[[dict[str, Any]], Compared], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    new = _base()
    del new["components"]["schemas"]["Error"]["properties"]["error_type"]
    new["components"]["schemas"]["Thing"]["properties"]["color"] = {"type": "string"}
    result = compare(new)
    assert result.report["changed"] == {}  # nothing repeated per operation and status
    assert result.schema("Error") == (
        ["GET /things", "POST /things", "GET /things/{thing_id}"],
        [("Error.error_type", "property removed", True)],
    )
    # Thing reached from a list's items too; a schema is listed once whatever its users.
    assert result.schema("Thing") == (
        ["GET /things", "POST /things", "GET /things/{thing_id}"],
        [("Thing.color", "optional property added", False)],
    )
    code, text, _ = _command(capsys, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))
    assert code == 1  # something breaks: exit 1, with the report
    assert text.count("Error.error_type") == 1 and text.count("Thing.color") == 1
    assert "  Error: used by 3 operations: GET /things, POST /things, GET /things/{thing_id}\n" in text
    assert "    [BREAKING] Error.error_type: property removed\n" in text


def test_a_status_written_as_a_number_is_the_same_status() -> None:
    unquoted = _base()
    responses = unquoted["paths"]["/things"]["get"]["responses"]
    responses[200] = responses.pop("200")
    assert diff(_base(), unquoted).changed == {}


def test_one_change_in_many_operations_is_shown_once(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    for item in new["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"]["500"] = {"description": "Internal Server Error"}
    result = compare(new)
    assert len(result.report["changed"]) == 5  # each operation has it, in JSON
    report = diff(_base(), new).report()
    assert report.count("response 500: added") == 1  # shown once, naming them
    assert (
        "response 500: added (5 operations: GET /jobs/{job_id}, GET /things, POST /things, GET /things/{thing_id}, DEL"
        in report
    )
    assert result.code == 0  # an error status: every one raises APIStatusError anyway


def test_operations_added_removed_and_the_classic_changes(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    del new["paths"]["/things/{thing_id}"]["delete"]
    new["paths"]["/things/{thing_id}/summary"] = {
        "get": {"operationId": "getThingSummary", "tags": ["Things"], "responses": {"200": {"description": "OK"}}}
    }
    new["paths"]["/things/{thing_id}/summary"]["get"]["parameters"] = new["paths"]["/things/{thing_id}"]["parameters"]
    new["paths"]["/things"]["get"]["parameters"][0]["required"] = True
    schemas = new["components"]["schemas"]
    schemas["ThingCreate"]["properties"]["owner"] = {"type": "string"}
    schemas["ThingCreate"]["required"].append("owner")
    del schemas["Thing"]["properties"]["note"]
    schemas["Thing"]["properties"]["name"] = {"type": "integer"}
    result = compare(new)
    assert (result.report["removed"], result.report["added"]) == (
        ["DELETE /things/{thing_id}"],
        ["GET /things/{thing_id}/summary"],
    )
    assert result.changes("GET /things") == [("query parameter limit", "now required", True)]
    assert result.schema("ThingCreate")[1] == [("ThingCreate.owner", "required property added", True)]
    assert result.schema("Thing")[1] == [
        ("Thing.name", "type string -> integer", True),
        ("Thing.note", "property removed", True),
    ]
    assert (result.report["breaking"], result.code) == (5, 1)


def test_removed_and_added_schemas(compare: Callable[[dict[str, Any]], Compared]) -> None:
    new = _base()
    schemas = new["components"]["schemas"]
    schemas["Job"]["properties"]["status"] = {"type": "string", "enum": ["running", "completed", "failed"]}
    del schemas["JobStatus"]
    schemas["Page"] = {"type": "object"}
    result = compare(new)
    assert (result.report["schemas_removed"], result.report["schemas_added"]) == (["JobStatus"], ["Page"])
    assert result.schema("Job")[1] == [("Job.status", "schema JobStatus -> (inline)", False)]  # the same values
    assert result.code == 1  # the model JobStatus is gone


# --- diff: formats and exit codes ---------------------------------------------------------------------


def test_text_markdown_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _base()
    new["paths"]["/things"]["get"]["operationId"] = "getThings"
    new["components"]["schemas"]["JobStatus"]["enum"].append("paused")
    old_path, new_path = str(_yaml_file(tmp_path / "old.yaml", _base())), str(_yaml_file(tmp_path / "new.yaml", new))

    code, text, _ = _command(capsys, old_path, new_path)
    assert code == 1  # the report, and exit 1: something breaks
    assert text.splitlines()[0].endswith(
        ": 0 added, 0 removed, 0 changed operations; 1 methods renamed or moved; 1 changed, 0 removed, 0 added "
        "schemas; 2 breaking for a client"
    )
    assert "  [BREAKING] GET /things: client.things.list_things -> client.things.get_things" in text
    assert "    [BREAKING] JobStatus: enum value 'paused' added (a client of the old spec fails to parse it)\n" in text

    code, markdown, _ = _command(capsys, old_path, new_path, "--format", "markdown")
    assert code == 1
    assert markdown.startswith(f"### API changes: `{old_path}` (tiny 1) → `{new_path}` (tiny 1)\n\n**2 breaking")
    assert "- **breaking** `GET /things`: `client.things.list_things` → `client.things.get_things`" in markdown
    assert (
        "- `JobStatus`: used by 1 operation: `GET /jobs/{job_id}`\n  - **breaking** `JobStatus`: enum value" in markdown
    )

    code, as_json, _ = _command(capsys, old_path, new_path, "--json")
    assert code == 1
    assert _command(capsys, old_path, new_path, "--format", "json")[1] == as_json
    assert json.loads(as_json)["breaking"] == 2


def test_markdown_shows_the_documents_names_literally(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _base()
    new["components"]["schemas"]["JobStatus"]["enum"].append("<img src=x onerror=alert(1)> **`done`**")
    new["paths"]["/things/`{thing_id}`<b>"] = new["paths"].pop("/things/{thing_id}")
    new["paths"]["/things/`{thing_id}`<b>"]["parameters"][0]["name"] = "thing_id"
    old_path, new_path = _yaml_file(tmp_path / "old.yaml", _base()), _yaml_file(tmp_path / "new.yaml", new)
    code, markdown, err = _command(capsys, str(old_path), str(new_path), "--format", "markdown")
    assert code == 1, err  # the path renamed: one operation gone, one added
    assert "``GET /things/`{thing_id}`<b>``" in markdown  # a code span fenced longer than any backtick run
    outside_code = re.sub(r"(`+).+?\1", "", markdown)
    ours = re.sub(r"\*\*(breaking|\d+ breaking for a client\.)\*\*", "", outside_code)
    assert re.findall(r"(?<!\\)[<>*`]", ours) == []  # the rest escaped
    assert r"enum value '\<img src=x onerror=alert(1)\> \*\*\`done\`\*\*' added" in markdown


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["old.yaml"], "Missing argument 'NEW'"),
        (["old.yaml", "missing.yaml"], "'missing.yaml' does not exist"),
        (["old.yaml", "old.yaml", "--format", "html"], "'html' is not one of"),
        (["old.yaml", "invalid.yaml"], "invalid.yaml is not a valid OpenAPI document"),
        (["old.yaml", "broken.yaml"], "broken.yaml is not YAML or JSON"),
    ],
)
def test_invalid_input_and_usage_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _yaml_file(tmp_path / "old.yaml", _base())
    _yaml_file(tmp_path / "invalid.yaml", {**_base(), "paths": {"/x": {"get": {}}}})
    (tmp_path / "broken.yaml").write_text("openapi: [3.0.3\n")
    code, out, err = _command(capsys, *args)
    assert (code, out) == (2, "")
    assert err.startswith("error: ") and message in err and len(err.splitlines()) == 1


def test_an_invalid_document_with_json_is_a_json_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _yaml_file(tmp_path / "old.yaml", _base())
    (tmp_path / "broken.yaml").write_text("openapi: [3.0.3\n")
    for form in (["--json"], ["--format", "json"]):
        code, out, err = _command(capsys, str(old), str(tmp_path / "broken.yaml"), *form)
        assert (code, out) == (2, "")
        assert json.loads(err)["exit_code"] == 2 and "is not YAML or JSON" in json.loads(err)["error"]["message"]
    code, out, err = _command(capsys, str(old), str(old), "--json", "--format", "markdown")
    assert (code, out, json.loads(err)["exit_code"]) == (2, "", 2)
    assert json.loads(err)["error"]["message"] == "--json and --format markdown ask for two formats; give one"


def test_client_method_names_are_the_generators() -> None:
    """`client_method` (what `spec diff` reports) names the method the generated client has, for every
    operation of the shipped spec; and the generator's rule for names that are not identifiers."""
    from h2ogpte_ext import H2OGPTE
    from h2ogpte_ext._spec import METHODS, SPEC, python_name

    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    with H2OGPTE(address="http://127.0.0.1:9", api_key="sk-x") as client:
        named = [client_method(op) for item in spec["paths"].values() for m, op in item.items() if m in METHODS]
        for name in named:
            assert name is not None
            _, tag, method = name.split(".")
            assert callable(getattr(getattr(client, tag), method)), name
    assert len(named) == len(set(named)) > (300 if is_the_readmes_spec((ROOT / "README.md").read_text("utf-8")) else 0)
    names = ["Document Ingestion", "listThings", "get_thing", "class", "2fa", "a-b.c"]
    assert [python_name(n) for n in names] == [
        "document_ingestion",
        "list_things",
        "get_thing",
        "field_class",
        "field_2fa",
        "a_b_c",
    ]
    assert client_method({"operationId": "listThings", "tags": ["Document Ingestion"]}) == (
        "client.document_ingestion.list_things"
    )


# --- diff: the releases we have -------------------------------------------------------------------------

SPECS = SPEC_PATH.parent.parent / "shared" / "specs"


@pytest.fixture(scope="module")
def releases() -> dict[str, dict[str, Any]]:
    if not (SPECS / "h2ogpte-1.7.0.yaml").exists():
        pytest.skip(f"no release specs in {SPECS}")
    return {v: load_file(SPECS / f"h2ogpte-{v}.yaml") for v in ("1.7.5", "1.7.0", "1.6.64")}


@pytest.mark.parametrize("older", ["1.7.0", "1.6.64"])
def test_a_real_diff_is_short_and_names_each_schema_once(releases: dict[str, dict[str, Any]], older: str) -> None:
    result = diff(releases["1.7.5"], releases[older])
    text, markdown = result.report(), result.markdown()
    # 1.7.5 -> 1.7.0 printed 1,531 lines, 429 of them for one optional error property: each line is now an entry.
    assert len(text.splitlines()) < 350 and len(markdown.splitlines()) < 350
    for name in result.schemas:
        assert text.count(f"\n  {name}: used by ") == 1
    assert len(result.removed) == {"1.7.0": 77, "1.6.64": 124}[older]
    error = result.schemas["EndpointError"]
    assert [(c.where, c.what, c.breaking) for c in error.changes] == [
        ("EndpointError.error_type", "property removed", True)
    ]
    assert len(error.operations) > 250 and text.count("EndpointError.error_type") == 1
    assert Change("JobDetails.cancel_reason", "property removed", True) in result.schemas["JobDetails"].changes
    assert (
        Change("request body.expiry_date", "format (none) -> date", True)
        in result.changed["PUT /collections/{collection_id}/expiry_date"]
    )
    # Error statuses a release does not list: one line each, not one per operation.
    assert text.count("response 400: removed") == 1
    assert "  GET /shared_chats (client.shared_chats.list_shared_chats) [BREAKING]" in text


def test_real_differences_of_each_release(releases: dict[str, dict[str, Any]]) -> None:
    to_170 = diff(releases["1.7.5"], releases["1.7.0"])
    assert Change("MemoryBlockCreateRequest.injection_mode", "enum value 'agent_tool' removed", True) in (
        to_170.schemas["MemoryBlockCreateRequest"].changes
    )
    # The same value leaves a response model: nothing breaks there.
    assert Change("MemoryBlock.injection_mode", "enum value 'agent_tool' removed", False) in (
        to_170.schemas["MemoryBlock"].changes
    )
    to_1664 = diff(releases["1.7.5"], releases["1.6.64"])
    tags = to_1664.schemas["ChatSettings"].changes  # 1.6.64's tags were a plain array, not oneOf
    assert Change("ChatSettings.tags", "no longer oneOf [array[string], TagFilter] (now array[string])", True) in tags
    assert "ChatSettingsTags" in to_1664.schemas_removed and "TagFilter" in to_1664.schemas_removed


# --- the example pipeline -------------------------------------------------------------------------------


def test_the_example_pipeline_commits_all_generate_writes_and_lets_a_person_decide_a_breaking_change() -> None:
    workflow = yaml.safe_load((SPEC_PATH.parent / ".github" / "workflows" / "regenerate.yml").read_text())
    steps = {step.get("name", ""): step for step in workflow["jobs"]["regenerate"]["steps"]}
    diff = next(step for name, step in steps.items() if name.startswith("Report what changed"))
    assert "--format markdown" in diff["run"] and "|| true" not in diff["run"]
    checks = next(step for name, step in steps.items() if name.startswith("Regenerate"))
    for session in ("generate", "tests", "typecheck", "check_generated", "spec_check"):
        assert f"nox -s {session}" in checks["run"] or f" {session}" in checks["run"], session
    pull_request = next(step for name, step in steps.items() if name.startswith("Open a pull request"))
    assert pull_request["if"] == "steps.diff.outputs.changed == 'true'"  # not on the tests passing
    assert "git add -A api-spec.yaml api.md generated" in pull_request["run"]
    assert "--label breaking-api-change" in pull_request["run"] and "/tmp/spec-check.txt" in pull_request["run"]
    gate = next(step for name, step in steps.items() if name.startswith("Gate"))
    assert 'exit "${{ steps.diff.outputs.code }}"' in gate["run"]
    # Everything `generate` writes is committed: the generated package and api.md, beside the spec.
    generate = (SPEC_PATH.parent / "scripts" / "generate.py").read_text()
    assert 'PACKAGE = "h2ogpte_api"' in generate and 'API_MD = "api.md"' in generate
