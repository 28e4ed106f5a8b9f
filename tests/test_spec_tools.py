"""Spec tooling on real documents: api-spec.yaml and variants derived from it in each test."""

from __future__ import annotations

import copy
import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from h2ogpte_ext import H2OGPTEError
from h2ogpte_ext._spec import diff, fetch, load_file
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.spec_tools import SPEC_PATH, load_spec, operations

pytestmark = pytest.mark.e2e


@pytest.fixture
def spec() -> dict[str, Any]:
    return copy.deepcopy(load_spec())


def _breaking(result: Any, op: str) -> list[tuple[str, str, bool]]:
    return [(c.where, c.what, c.breaking) for c in result.changed.get(op, [])]


def test_the_same_document_has_no_changes(spec: dict[str, Any]) -> None:
    result = diff(load_spec(), spec)
    assert (result.added, result.removed, result.changed, result.breaking) == ([], [], {}, 0)


def test_a_removed_operation_is_breaking_and_an_added_one_is_not(spec: dict[str, Any]) -> None:
    del spec["paths"]["/collections/{collection_id}"]["delete"]
    spec["paths"]["/collections/{collection_id}/summary"] = {"get": {"responses": {"200": {"description": "OK"}}}}
    result = diff(load_spec(), spec)
    assert result.removed == ["DELETE /collections/{collection_id}"]
    assert result.added == ["GET /collections/{collection_id}/summary"]
    assert result.breaking == 1


def test_a_parameter_made_required_is_breaking(spec: dict[str, Any]) -> None:
    params = spec["paths"]["/collections"]["get"]["parameters"]
    next(p for p in params if p["name"] == "limit")["required"] = True
    result = diff(load_spec(), spec)
    assert _breaking(result, "GET /collections") == [("query parameter limit", "now required", True)]


def test_parameters_added_and_removed(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/collections"]["get"]
    operation["parameters"] = [p for p in operation["parameters"] if p["name"] != "name_filter"]
    operation["parameters"].append({"name": "tag", "in": "query", "schema": {"type": "string"}})
    changes = _breaking(diff(load_spec(), spec), "GET /collections")
    assert ("query parameter name_filter", "removed", True) in changes
    assert ("query parameter tag", "added (optional)", False) in changes


def test_enum_values_dropped_break_requests_not_responses(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    schemas["CollectionUpdateRequest"]["properties"]["rag_type"]["enum"].remove("hyde1")
    schemas["JobDetails"]["properties"]["overall_status"]["enum"].remove("canceled")
    result = diff(load_spec(), spec)
    update = _breaking(result, "PATCH /collections/{collection_id}")
    assert ("request body.rag_type", "enum value 'hyde1' removed", True) in update
    job = _breaking(result, "GET /jobs/{job_id}")
    assert ("response 200.overall_status", "enum value 'canceled' removed", False) in job


def test_a_new_optional_field_is_not_breaking(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["CollectionCreateRequest"]["properties"]["color"] = {"type": "string"}
    spec["components"]["schemas"]["Collection"]["properties"]["color"] = {"type": "string"}
    result = diff(load_spec(), spec)
    assert ("request body.color", "optional property added", False) in _breaking(result, "POST /collections")
    assert ("response 200.color", "optional property added", False) in _breaking(
        result, "GET /collections/{collection_id}"
    )
    assert result.breaking == 0


def test_a_removed_response_field_and_a_type_change_are_breaking(spec: dict[str, Any]) -> None:
    collection = spec["components"]["schemas"]["Collection"]
    del collection["properties"]["thumbnail"]
    collection["properties"]["document_count"] = {"type": "string"}
    changes = _breaking(diff(load_spec(), spec), "GET /collections/{collection_id}")
    assert ("response 200.thumbnail", "property removed", True) in changes
    assert ("response 200.document_count", "type integer -> string", True) in changes


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


def test_spec_diff_command_json_and_exit_codes(spec: dict[str, Any], tmp_path: Path) -> None:
    del spec["paths"]["/collections/{collection_id}"]["delete"]
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(spec, sort_keys=False))
    run = [sys.executable, "-m", "h2ogpte_ext"]
    report = subprocess.run([*run, "spec", "diff", str(SPEC_PATH), str(new)], capture_output=True, text=True)
    assert report.returncode == 0 and "DELETE /collections/{collection_id} [BREAKING]" in report.stdout
    machine = subprocess.run([*run, "--json", "spec", "diff", str(SPEC_PATH), str(new)], capture_output=True, text=True)
    assert json.loads(machine.stdout)["removed"] == ["DELETE /collections/{collection_id}"]
    strict = [*run, "spec", "diff", "--fail-on-breaking", str(SPEC_PATH), str(new)]
    assert subprocess.run(strict, capture_output=True).returncode == 1
    same = [*run, "spec", "diff", "--fail-on-breaking", str(SPEC_PATH), str(SPEC_PATH)]
    assert subprocess.run(same, capture_output=True).returncode == 0


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
    assert done.returncode == 1 and "Traceback" not in done.stderr
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


def test_the_nox_spec_diff_script_takes_json_anywhere(spec: dict[str, Any], tmp_path: Path) -> None:
    del spec["paths"]["/collections/{collection_id}"]["delete"]
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(spec, sort_keys=False))
    script = str(SPEC_PATH.parent / "scripts" / "spec.py")
    for args in (["diff", str(SPEC_PATH), str(new), "--json"], ["--json", "diff", str(SPEC_PATH), str(new)]):
        done = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["removed"] == ["DELETE /collections/{collection_id}"]
