"""The generator's gaps are closed on the wire, and the check_generated gate catches a stale client."""

from __future__ import annotations

import asyncio
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest
import yaml
from h2ogpte_api import AuthenticatedClient
from h2ogpte_api.api.chat import download_feedback_export, get_completion
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
@pytest.mark.parametrize(("release", "report"), [("1.7.0", "46 work, 0 degraded"), ("1.6.64", "2 degraded, 4 unav")])
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
