"""The generator's gaps are closed on the wire, and the check_generated gate catches a stale client."""

from __future__ import annotations

import ast
import asyncio
import functools
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api.chat import get_completion
from h2ogpte_api.api.document_ingestion import (
    create_ingest_from_plain_text_job,
    ingest_from_plain_text,
    ingest_upload,
    upload_file,
)
from h2ogpte_api.models import ChatCompletionRequest, JobDetails, UploadedFile, UploadFileBody
from h2ogpte_api.types import File
from hypothesis import given, settings
from hypothesis import strategies as st

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import load_script
from tests.spec_tools import ROOT, SPEC_PATH, minimal_instance

BASE = "http://h2ogpte.invalid/api/v1"


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> AuthenticatedClient:
    transport = httpx.MockTransport(handler)
    return AuthenticatedClient(base_url=BASE, token="sk-test", httpx_args={"transport": transport})


def test_plain_text_ingest_sends_utf8_text_plain() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    text = "Ünïcode notes\nline two"
    response = ingest_from_plain_text.sync_detailed(
        client=_client(handler), body=text, collection_id="c1", file_name="notes.txt"
    )
    assert response.status_code == 204
    (request,) = seen
    assert request.method == "POST"
    assert request.url.path == "/api/v1/ingest/plain_text"
    assert request.url.params["collection_id"] == "c1"
    assert request.headers["content-type"] == "text/plain"
    assert request.content == text.encode("utf-8")
    assert request.headers["authorization"] == "Bearer sk-test"


def test_plain_text_ingest_job_returns_the_parsed_job() -> None:
    job = minimal_instance({"$ref": "#/components/schemas/JobDetails"})

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["content-type"] == "text/plain"
        assert request.content == b"hello"
        return httpx.Response(201, json=job)

    parsed = asyncio.run(
        create_ingest_from_plain_text_job.asyncio(
            client=_client(handler), body="hello", collection_id="c1", file_name="a.txt"
        )
    )
    assert isinstance(parsed, JobDetails)
    assert parsed.id == job["id"]
    assert parsed.overall_status == job["overall_status"]
    assert parsed.created_at == datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)


def test_thumbnail_image_is_returned_as_bytes() -> None:
    # The image/* response of 1.7.5's showcase thumbnail; a client generated from a spec without it skips.
    get_showcase_thumbnail = pytest.importorskip("h2ogpte_api.api.showcase.get_showcase_thumbnail")
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=png, headers={"content-type": "image/png"})

    result = get_showcase_thumbnail.sync(showcase_id="s1", client=_client(handler))
    assert isinstance(result, File)
    assert result.payload.read() == png


def test_csv_export_is_returned_as_bytes() -> None:
    # The text/csv response of 1.7.5's feedback export; a client generated from a spec without it skips.
    download_feedback_export = pytest.importorskip("h2ogpte_api.api.chat.download_feedback_export")
    csv = b"a,b\n1,2\n"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=csv, headers={"content-type": "text/csv"})

    result = download_feedback_export.sync(job_id="j1", client=_client(handler))
    assert isinstance(result, File)
    assert result.payload.read() == csv


def test_array_path_parameters_are_comma_joined() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    ingest_upload.sync_detailed(upload_ids=["u1", "u/2"], client=_client(handler), collection_id="c1")
    assert seen[0].url.raw_path.startswith(b"/api/v1/uploads/u1,u%2F2/ingest?")


LINES = [
    {"body": "Hel", "finished": False},
    {"body": "lo", "finished": False},
    {"body": "", "finished": True, "message_id": "m1"},
]


def _jsonl_handler(request: httpx.Request) -> httpx.Response:
    assert request.headers["accept"] == "application/jsonl"
    assert json.loads(request.content) == {"message": "hi", "stream": True}
    body = "".join(json.dumps(line) + "\n" for line in LINES)
    return httpx.Response(200, content=body.encode(), headers={"content-type": "application/jsonl"})


def _stream_request() -> ChatCompletionRequest:
    request = ChatCompletionRequest(message="hi")
    # `stream` is not in the spec's ChatCompletionRequest; the model keeps additional properties.
    request["stream"] = True
    return request


def test_completion_stream_yields_the_open_jsonl_response() -> None:
    request = _stream_request()
    with get_completion.stream("s1", client=_client(_jsonl_handler), body=request) as response:
        assert response.headers["content-type"] == "application/jsonl"
        assert [json.loads(line) for line in response.iter_lines() if line] == LINES


def test_completion_astream_yields_the_open_jsonl_response() -> None:
    request = _stream_request()

    async def read() -> list[object]:
        client = _client(_jsonl_handler)
        async with get_completion.astream("s1", client=client, body=request) as response:
            return [json.loads(line) async for line in response.aiter_lines() if line]

    assert asyncio.run(read()) == LINES


def _check(spec: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check", "--spec", str(spec)],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_check_generated_passes_on_main_and_fails_when_an_operation_changes(tmp_path: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in (ROOT / "generated").rglob("*.py")}

    ok = _check(SPEC_PATH)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    operation = spec["paths"]["/collections/{collection_id}"]["get"]
    operation["parameters"].append({"name": "include_stats", "in": "query", "schema": {"type": "boolean"}})
    changed = tmp_path / "api-spec.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")

    stale = _check(changed)
    assert stale.returncode == 1
    # Only that operation's module, its tag's resource classes, the method reference and the package's copy of
    # the spec changed.
    differing = sorted(line.split()[-1] for line in stale.stdout.splitlines() if "differs:" in line)
    assert differing == [
        "api.md",
        "api/collections/__init__.py",
        "api/collections/get_collection.py",
        "openapi.json",
        "openapi.yaml",
    ], stale.stdout
    # The gate never writes to the working tree.
    assert {p: p.stat().st_mtime_ns for p in (ROOT / "generated").rglob("*.py")} == before


# What a future spec may hold and the server's does not: a JSON body with an empty schema, text, no schemas.
LOOSE_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "loose", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "tags": ["things"],
                "summary": "Any JSON",
                "responses": {"200": {"description": "d", "content": {"application/json": {"schema": {}}}}},
            }
        },
        "/note": {
            "get": {
                "operationId": "get_note",
                "tags": ["things"],
                "summary": "Text",
                "responses": {"200": {"description": "d", "content": {"text/plain": {"schema": {"type": "string"}}}}},
            }
        },
    },
}
LOOSE_CALLS = """
import httpx
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api.things import get_note, list_things

text = httpx.Response(200, text="h\\u00e9llo", headers={"Content-Type": "text/plain; charset=utf-8"})
transport = httpx.MockTransport(lambda _: text)
client = AuthenticatedClient(base_url="http://api/v1", token="t", httpx_args={"transport": transport})
# What the resource methods return (client.things.list_things(), ...), and what client.api gives.
print(repr(list_things.parse(httpx.Response(200, json=[1, {"a": None}]))), repr(get_note.parse(text)))
print(repr(get_note.sync(client=client)))
"""


@pytest.mark.slow
def test_a_body_without_a_schema_is_json_and_text_is_decoded(tmp_path: Path) -> None:
    spec = tmp_path / "loose.yaml"
    spec.write_text(yaml.safe_dump(LOOSE_SPEC), encoding="utf-8")
    made = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--spec", str(spec), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    resources = (tmp_path / "out" / "h2ogpte_api" / "api" / "things" / "__init__.py").read_text(encoding="utf-8")
    assert resources.count(") -> JSON:") == 2 and resources.count(") -> str:") == 2  # sync and async: no bare Any
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "out")}
    run = subprocess.run([sys.executable, "-c", LOOSE_CALLS], capture_output=True, text=True, env=env, timeout=60)
    assert run.stdout.splitlines() == ["[1, {'a': None}] 'h\u00e9llo'", "'h\u00e9llo'"], run.stdout + run.stderr


# What an older server's spec (fetch_spec) generates must import and serve h2ogpte_ext: the specs of earlier
# releases sit in shared/specs beside the repository (where CI has them too).
OLDER_SPECS = ROOT.parent / "shared" / "specs"
OLDER_CALLS = """
import asyncio, importlib, inspect, pkgutil, sys
import httpx
import h2ogpte_api, h2ogpte_api.api
from h2ogpte_ext import APIStatusError, AsyncH2OGPTE, H2OGPTE

assert h2ogpte_api.__file__.startswith(sys.argv[1]), h2ogpte_api.__file__
answer = httpx.MockTransport(lambda request: httpx.Response(503, json={"code": 503, "message": "m"}))
sync = H2OGPTE(address="http://h2ogpte.invalid", api_key="k", max_retries=0, http_client=httpx.Client(transport=answer))
asynchronous = AsyncH2OGPTE(
    address="http://h2ogpte.invalid", api_key="k", max_retries=0, http_client=httpx.AsyncClient(transport=answer)
)
tags = sorted(name for name in vars(h2ogpte_api.api.Resources) if not name.startswith("_"))
operations = methods = 0
for tag in tags:
    for client in (sync, asynchronous):
        resource = getattr(client, tag)
        for name, function in vars(type(resource)).items():
            if not name.startswith("_") and inspect.isfunction(function):
                methods += 1
                assert name.startswith("iter_") or getattr(type(resource.with_raw_response), name) is function
    package = importlib.import_module(f"h2ogpte_api.api.{tag}")
    for found in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"h2ogpte_api.api.{tag}.{found.name}")
        functions = ("build_request", "parse", "sync_detailed", "asyncio_detailed")
        assert all(callable(getattr(module, function)) for function in functions)
        operations += 1


async def raw_async() -> None:
    await asynchronous.collections.with_raw_response.list_collections()


for call in (sync.collections.list_collections, sync.collections.with_raw_response.list_collections, raw_async):
    try:
        result = call()
        if inspect.iscoroutine(result):
            asyncio.run(result)
    except APIStatusError as error:
        assert error.status_code == 503
    else:
        raise AssertionError("no error raised")
print(len(tags), operations, methods)
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("release", "report"), [("1.7.0", " work, 0 degraded, 0 unavailable"), ("1.6.64", " unavailable")]
)
def test_an_older_servers_spec_generates_a_package_h2ogpte_ext_runs_on(
    tmp_path: Path, release: str, report: str
) -> None:
    spec = OLDER_SPECS / f"h2ogpte-{release}.yaml"
    if not spec.is_file():
        pytest.skip(f"{spec} is not there")
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    used = [op for item in document["paths"].values() for op in item.values() if isinstance(op, dict)]
    expected = (len({op["tags"][0] for op in used}), len(used))  # tags and operations, as the spec has them
    out = tmp_path / "out"
    made = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--spec", str(spec), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    assert f"(h2ogpte-{release}.yaml): " in made.stdout and report in made.stdout  # `spec check`, at the end
    env = {**os.environ, "PYTHONPATH": str(out)}
    run = subprocess.run(
        [sys.executable, "-c", OLDER_CALLS, str(out)], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stdout + run.stderr
    tags, operations, methods = map(int, run.stdout.split())
    assert (tags, operations) == expected and methods > 2 * operations


# --- multipart uploads: every byte arrives, whatever the file holds -----------------------------------------


@pytest.fixture(scope="module")
def upload_server() -> Iterator[FakeH2OGPTE]:
    with FakeH2OGPTE() as server:
        yield server


# Bytes that look like multipart delimiters: the generator's fixed boundary, CRLF and `--` runs.
DELIMITERS = [b"\r\n--+++--\r\n", b"\r\n--+++\r\n", b"--+++", b"\r\n", b"--", b"\r\n\r\n", b"\x00", b"+++"]


@settings(max_examples=40, deadline=None, derandomize=bool(os.environ.get("CI")), database=None)
@given(st.lists(st.one_of(st.binary(max_size=64), st.sampled_from(DELIMITERS)), max_size=12).map(b"".join))
def test_uploaded_bytes_arrive_unchanged(upload_server: FakeH2OGPTE, content: bytes) -> None:
    api = AuthenticatedClient(base_url=upload_server.url + "/api/v1", token=upload_server.api_key)
    with api:
        body = UploadFileBody(file=File(payload=io.BytesIO(content), file_name="data.bin"))
        uploaded = upload_file.sync(client=api, body=body)
    assert isinstance(uploaded, UploadedFile)
    assert upload_server.state.uploads[uploaded.id].blob.read() == content


def test_each_multipart_request_has_its_own_boundary() -> None:
    boundaries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        content_type = request.headers["content-type"]
        assert content_type.startswith("multipart/form-data; boundary=")
        boundary = content_type.split("boundary=", 1)[1]
        assert f"--{boundary}--".encode() in request.read()
        boundaries.append(boundary)
        return httpx.Response(200, json={"id": "u1", "filename": "f"})

    api = _client(handler)
    for _ in range(2):
        upload_file.sync(client=api, body=UploadFileBody(file=File(payload=io.BytesIO(b"x"), file_name="f")))
    assert len(set(boundaries)) == 2 and "+++" not in boundaries


# --- names that clash: the generator handles them, or generate.py refuses the spec, naming the place ----------


def _thing_spec() -> dict[str, Any]:
    """A small spec: an `{items, total}` listing of things."""
    listing = [
        {"name": "offset", "in": "query", "schema": {"type": "integer"}},
        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
    ]
    return {
        "openapi": "3.0.3",
        "info": {"title": "small", "version": "1"},
        "paths": {"/things": {"get": _operation("list_things", "ThingPage", parameters=listing)}},
        "components": {
            "schemas": {
                "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                "ThingPage": {
                    "type": "object",
                    "required": ["items", "total"],
                    "properties": {
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                        "total": {"type": "integer"},
                    },
                },
            }
        },
    }


def _operation(
    operation_id: str, answer: str, *, parameters: list[dict[str, Any]] | None = None, body: Any = None
) -> dict[str, Any]:
    """An operation tagged `things` answering the schema `answer` (`[Thing]`: an array of it)."""
    schema: dict[str, Any] = {"$ref": f"#/components/schemas/{answer.strip('[]')}"}
    if answer.startswith("["):
        schema = {"type": "array", "items": schema}
    operation: dict[str, Any] = {
        "operationId": operation_id,
        "tags": ["things"],
        "parameters": parameters or [],
        "responses": {"200": {"description": "d", "content": {"application/json": {"schema": schema}}}},
    }
    if body is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return operation


def _query(name: str, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string", **schema}}


def _generate(spec: dict[str, Any] | str, folder: Path) -> subprocess.CompletedProcess[str]:
    """Run generate.py on `spec` (a document, or YAML text) into `folder`/out."""
    path = folder / "spec.yaml"
    path.write_text(spec if isinstance(spec, str) else yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    command = [sys.executable, str(ROOT / "scripts" / "generate.py"), "--spec", str(path), "--out", str(folder / "out")]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


# What the tests below run in the package generated from a small spec: the resource class of the tag `things`
# on a requester that sends through an httpx MockTransport, answering with `answer(request)`.
SMALL_CLIENT = """
import httpx, inspect, json, sys
from h2ogpte_api.api.things import Things

class Requester:
    def __init__(self, answer):
        self.http = httpx.Client(base_url="http://h2ogpte.invalid", transport=httpx.MockTransport(answer))

    def send(self, request, parse, timeout, max_retries):
        return parse(self.http.request(**request))

    def send_raw(self, request, parse, timeout, max_retries):
        from h2ogpte_api.types import Response
        answer = self.http.request(**request)
        return Response(answer.status_code, answer.content, answer.headers, parse(answer))

    def paginate(self, fetch, page_size):
        offset = 0
        while page := fetch(offset, page_size):
            yield from page
            offset += len(page)

seen = []

def client(answer):
    def record(request):
        seen.append(request)
        return answer(request)
    return Things(Requester(record))
"""


def _run(folder: Path, code: str) -> list[str]:
    """The lines `code` prints, run after SMALL_CLIENT against the package generated into `folder`/out."""
    env = {**os.environ, "PYTHONPATH": str(folder / "out")}
    command = [sys.executable, "-c", SMALL_CLIENT + code]
    run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout.splitlines()


def _clashing_spec() -> str:
    """A spec whose names clash in every way the generator resolves (YAML: it has an unquoted date)."""
    spec = _thing_spec()
    paths, schemas = spec["paths"], spec["components"]["schemas"]
    # A query parameter `page` on an {items, total} listing (the iterator had a local of that name).
    paths["/things"]["get"]["parameters"].append(_query("page", type="integer"))
    # Two listings of one tag that would both have the iterator iter_gadgets.
    listing = paths["/things"]["get"]["parameters"][:2]
    paths["/gadgets"] = {"get": _operation("list_gadgets", "[Thing]", parameters=listing)}
    paths["/gadget-list"] = {"get": _operation("get_gadgets", "[Thing]", parameters=listing)}
    # Query parameters named like build_request's locals, beside a header, a cookie and a JSON body.
    named = [_query("params"), _query("headers"), _query("cookies"), _query("json_v")]
    named += [{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}]
    named += [{"name": "session", "in": "cookie", "schema": {"type": "string"}}]
    body = {"type": "object", "properties": {"v": {"type": "string"}}}
    paths["/echo"] = {"post": _operation("echo", "Thing", parameters=named, body=body)}
    # Schemas named like what the generated modules import.
    for name in ("Response", "JSON", "Unset"):
        schemas[name] = {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}
        paths[f"/{name.lower()}"] = {"get": _operation(f"get_{name.lower()}", name)}
    # A required property and a required parameter with a default; an example that YAML reads as a date.
    schemas["Thing"]["properties"]["kind"] = {"type": "string", "default": "plain"}
    schemas["Thing"]["required"].append("kind")
    schemas["Thing"]["properties"]["day"] = {"type": "string", "format": "date", "example": "DAY"}
    mode = {"name": "mode", "in": "query", "required": True, "schema": {"type": "string", "default": "fast"}}
    paths["/things"]["post"] = _operation("create_thing", "Thing", parameters=[mode], body=_ref("Thing"))
    return yaml.safe_dump(spec, sort_keys=False).replace("example: DAY", "example: 2024-01-01")


def _ref(schema: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{schema}"}


@pytest.fixture(scope="module")
def clashing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The package generated from _clashing_spec(): its folder, and what generate.py printed."""
    folder = tmp_path_factory.mktemp("clashing")
    made = _generate(_clashing_spec(), folder)
    assert made.returncode == 0, made.stdout + made.stderr
    return folder, made.stdout


@pytest.mark.slow
def test_a_query_parameter_page_on_an_items_total_listing_is_sent_by_its_iterator(clashing: tuple[Path, str]) -> None:
    lines = _run(
        clashing[0],
        """
def answer(request):
    offset = int(request.url.params["offset"])
    items = [{"id": str(i), "kind": "k"} for i in range(offset, min(offset + 2, 3))]
    return httpx.Response(200, json={"items": items, "total": 3})
print([thing.id for thing in client(answer).iter_things(page=7, page_size=2)])
print([dict(request.url.params) for request in seen])
""",
    )
    assert lines == [
        "['0', '1', '2']",
        "[{'offset': '0', 'limit': '2', 'page': '7'}, {'offset': '2', 'limit': '2', 'page': '7'},"
        " {'offset': '3', 'limit': '2', 'page': '7'}]",
    ]


@pytest.mark.slow
def test_query_parameters_named_like_the_request_builders_locals_are_sent_as_themselves(
    clashing: tuple[Path, str],
) -> None:
    lines = _run(
        clashing[0],
        """
things = client(lambda request: httpx.Response(200, json={"id": "1", "kind": "k"}))
things.echo(params="p", headers="h", cookies="c", json_v="j", x_trace="t", session="s", v="body")
(request,) = seen
print(sorted(request.url.params.items()), request.headers["x-trace"], request.headers["cookie"], request.content)
""",
    )
    assert lines == [
        "[('cookies', 'c'), ('headers', 'h'), ('json_v', 'j'), ('params', 'p')] t session=s b'{\"v\":\"body\"}'"
    ]


@pytest.mark.slow
def test_two_listings_that_would_share_an_iterator_are_each_named_after_their_operation(
    clashing: tuple[Path, str],
) -> None:
    folder, printed = clashing
    assert (
        "note: paths./gadgets.get.operationId ('list_gadgets') and paths./gadget-list.get.operationId "
        "('get_gadgets') would each have the iterator things.iter_gadgets: they are things.iter_list_gadgets, "
        "things.iter_get_gadgets"
    ) in printed.splitlines()
    lines = _run(
        folder,
        """
def answer(request):
    offset = int(request.url.params["offset"])
    return httpx.Response(200, json=[{"id": request.url.path + str(offset), "kind": "k"}] if offset < 2 else [])
things = client(answer)
print([t.id for t in things.iter_list_gadgets(page_size=1)], [t.id for t in things.iter_get_gadgets(page_size=1)])
print(hasattr(things, "iter_gadgets"))
""",
    )
    assert lines == ["['/gadgets0', '/gadgets1'] ['/gadget-list0', '/gadget-list1']", "False"]


@pytest.mark.slow
def test_schemas_named_like_the_generated_codes_own_names_are_renamed_and_parse(clashing: tuple[Path, str]) -> None:
    folder, printed = clashing
    for name, module in (("Response", "response"), ("JSON", "json"), ("Unset", "unset")):
        assert (
            f"note: components.schemas.{name}: the model is the class {name}Model (models/{module}_model.py): "
            f"{name} is a name the generated code uses"
        ) in printed.splitlines()
    lines = _run(
        folder,
        """
from h2ogpte_api.models import JSONModel, ResponseModel, UnsetModel
from h2ogpte_api.types import Response, Unset
things = client(lambda request: httpx.Response(200, json={"a": request.url.path, "more": 1}))
for got in (things.get_response(), things.get_json(), things.get_unset()):
    print(type(got).__name__, got.a, got.additional_properties)
print(things.with_raw_response.get_unset().__class__ is Response, isinstance(Unset(), Unset))
""",
    )
    assert lines == [
        "ResponseModel /response {'more': 1}",
        "JSONModel /json {'more': 1}",
        "UnsetModel /unset {'more': 1}",
        "True True",
    ]


@pytest.mark.slow
def test_a_required_property_or_parameter_with_a_default_is_required(clashing: tuple[Path, str]) -> None:
    folder = clashing[0]
    lines = _run(
        folder,
        """
from h2ogpte_api.models import Thing
def required(function):
    return sorted(p.name for p in inspect.signature(function).parameters.values() if p.default is p.empty)
print(required(Thing), required(Things.create_thing))
try:
    Thing.from_dict({"id": "1"})
except KeyError as error:
    print("KeyError", error)
things = client(lambda request: httpx.Response(200, json=json.loads(request.content)))
try:
    things.create_thing(id="1", mode="m")
except TypeError as error:
    print(error)
print(things.create_thing(id="1", kind="k", mode="m").kind, seen[-1].url.params["mode"], len(seen))
""",
    )
    assert lines == [
        "['id', 'kind'] ['mode', 'self']",
        "KeyError 'kind'",
        "create_thing() missing required argument: kind (or pass body=)",
        "k m 1",
    ]
    # The reference shows them required; the docstring keeps the default.
    api_md = (folder / "api.md").read_text(encoding="utf-8")
    day = r"day: datetime.date \| Unset = UNSET"
    assert f"`client.things.create_thing(*, id: str, kind: str, {day}, mode: str) -> Thing`" in api_md
    assert "Default: 'plain'" in (folder / "out" / "h2ogpte_api" / "models" / "thing.py").read_text(encoding="utf-8")


@pytest.mark.slow
def test_an_unquoted_yaml_date_in_an_example_is_a_string(clashing: tuple[Path, str]) -> None:
    document = json.loads((clashing[0] / "out" / "h2ogpte_api" / "openapi.json").read_text(encoding="utf-8"))
    assert document["components"]["schemas"]["Thing"]["properties"]["day"]["example"] == "2024-01-01"


def _refused(spec: dict[str, Any], folder: Path) -> list[str]:
    """The problems generate.py names when it refuses `spec`: one line each, after a heading."""
    made = _generate(spec, folder)
    assert made.returncode == 1, made.stdout + made.stderr
    heading, *problems = made.stderr.splitlines()
    assert heading == f"spec.yaml: {len(problems)} name clash(es) the generated code cannot hold; nothing written:"
    assert not (folder / "out").exists()
    return [problem.strip() for problem in problems]


def _adding(parameter: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """A change to _thing_spec(): `parameter` added to list_things."""
    return lambda spec: spec["paths"]["/things"]["get"]["parameters"].append(parameter)


def _with(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    spec = _thing_spec()
    change(spec)
    return spec


REFUSALS: dict[str, tuple[dict[str, Any], list[str]]] = {
    "operationIds one in snake_case": (
        _with(
            lambda s: s["paths"].update(
                {"/thing": {"get": _operation("getThing", "Thing"), "delete": _operation("get_thing", "Thing")}}
            )
        ),
        [
            "paths./thing.get.operationId ('getThing') and paths./thing.delete.operationId ('get_thing') are both "
            "the method things.get_thing: give them operationIds apart in snake_case"
        ],
    ),
    "an operation named like a listing's iterator": (
        _with(lambda s: s["paths"].update({"/more": {"get": _operation("iter_things", "Thing")}})),
        [
            "paths./more.get.operationId ('iter_things') is the method things.iter_things, which is also the "
            "iterator of the listing paths./things.get.operationId ('list_things'): give it another operationId"
        ],
    ),
    **{
        f"a query parameter {name}": (
            _with(_adding(_query(name))),
            [
                f"paths./things.get.parameters[2] (query parameter {name!r} of list_things) would be the argument "
                f"{name}, a call option of every method: the generated method cannot take both"
            ],
        )
        for name in ("request_timeout", "max_retries")
    },
    "a path-level header parameter max-retries": (
        _with(
            lambda s: s["paths"]["/things"].update(
                {"parameters": [{"name": "Max-Retries", "in": "header", "schema": {"type": "integer"}}]}
            )
        ),
        [
            "paths./things.parameters[0] (header parameter 'Max-Retries' of list_things) would be the argument "
            "max_retries, a call option of every method: the generated method cannot take both"
        ],
    ),
    "a query parameter page_size on a listing": (
        _with(_adding(_query("page_size", type="integer"))),
        [
            "paths./things.get.parameters[2] (query parameter 'page_size' of list_things) would be the argument "
            "page_size of the iterator things.iter_things, which is its own page size: the iterator cannot take both"
        ],
    ),
    "a query parameter body beside a request body": (
        _with(
            lambda s: s["paths"].update(
                {"/make": {"post": _operation("make", "Thing", parameters=[_query("body")], body=_ref("Thing"))}}
            )
        ),
        [
            "paths./make.post.parameters[0] (query parameter 'body' of make) would be the argument body, which is "
            "the operation's request body: the generated method cannot take both"
        ],
    ),
    "a body property clashing after renaming": (
        _with(
            lambda s: s["paths"].update(
                {
                    "/make": {
                        "post": _operation(
                            "make",
                            "Thing",
                            parameters=[_query("name")],
                            body={"type": "object", "properties": {"name": {}, "body_name": {}}},
                        )
                    }
                }
            )
        ),
        [
            "paths./make.post.requestBody: the body property 'body_name' of make would be the argument body_name, "
            "which is already the argument of the body property 'name': the generated method cannot take both"
        ],
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_clash_the_generated_code_cannot_hold_is_refused_naming_its_place(case: str, tmp_path: Path) -> None:
    spec, problems = REFUSALS[case]
    assert _refused(spec, tmp_path) == problems


@pytest.mark.slow
def test_every_problem_is_named_on_a_line_of_its_own(tmp_path: Path) -> None:
    def change(spec: dict[str, Any]) -> None:
        spec["paths"]["/things"]["get"]["parameters"] += [_query("request_timeout"), _query("max_retries")]
        spec["paths"]["/thing"] = {"get": _operation("getThing", "Thing"), "put": _operation("get_thing", "Thing")}

    problems = _refused(_with(change), tmp_path)
    assert [problem.split(" ", 1)[0] for problem in problems] == [
        "paths./thing.get.operationId",
        "paths./things.get.parameters[2]",
        "paths./things.get.parameters[3]",
    ]


@functools.cache
def _preflight() -> Any:
    """scripts/codegen_preflight.py, as generate.py imports it."""
    return load_script("codegen_preflight", shared=True)


# The templates of the modules that import models (models/, api/<tag>/); the others never meet a model's name.
WITHOUT_MODELS = {"types.py.jinja", "client.py.jinja", "api_init.py.jinja", "errors.py.jinja", "package_init.py.jinja"}
WITHOUT_MODELS |= {"str_enum.py.jinja", "int_enum.py.jinja"}  # not used: config.yaml sets literal_enums


def test_the_names_a_models_class_may_not_take_are_every_name_the_generated_code_binds_beside_models() -> None:
    import openapi_python_client
    from h2ogpte_api import models

    reserved = _preflight().RESERVED
    possible = re.compile(r"[A-Z][A-Za-z0-9]*")  # what a class name can be (PascalCase, no underscore)
    # What the templates import, ours first and the generator's own where we have none.
    upstream = Path(openapi_python_client.__file__).parent
    templates = {p.relative_to(upstream / "templates").as_posix(): p for p in (upstream / "templates").rglob("*.jinja")}
    ours = ROOT / "scripts" / "codegen" / "templates"
    templates.update({p.relative_to(ours).as_posix(): p for p in ours.rglob("*.jinja")})
    imported: set[str] = set()
    for name, path in templates.items():
        if name in WITHOUT_MODELS or not name.endswith(".py.jinja"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if (found := re.match(r"\s*from \S+ import ([^{}#]+)$", line)) is not None:
                imported.update(part.split(" as ")[-1].strip() for part in found.group(1).split(","))
    # ... and the import lines the generator writes for a property (`from uuid import UUID`, ...).
    for path in (upstream / "parser").rglob("*.py"):
        for found in re.finditer(r'f?"from [^"]* import ([^"{}]+)"', path.read_text(encoding="utf-8")):
            imported.update(part.strip() for part in found.group(1).split(","))
    assert {name for name in imported if possible.fullmatch(name)} - reserved == set()

    # What the generated package binds at module level beside its models, enums and resource classes.
    package = ROOT / "generated" / "h2ogpte_api"
    tags = [p.name for p in (package / "api").iterdir() if (p / "__init__.py").is_file()]
    own = set(models._MODULES).union(*(_preflight().tag_classes(tag) for tag in tags))
    bound: set[str] = set()
    for path in [*(package / "models").glob("*.py"), *(package / "api").glob("*/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                bound.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        for node in tree.body:
            if isinstance(node, ast.ClassDef | ast.FunctionDef):
                bound.add(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                bound.update(target.id for target in targets if isinstance(target, ast.Name))
    assert {name for name in bound - own if possible.fullmatch(name)} - reserved == set()
