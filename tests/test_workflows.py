"""The workflow helpers, sync and async by the same cases, end to end against the fake server."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from h2ogpte_api.api.collections import create_collection, get_collection
from h2ogpte_api.models import CollectionCreateRequest

from h2ogpte_ext import (
    H2OGPTE,
    AgentRun,
    APIConnectionError,
    AsyncAgentRun,
    CompletionDelta,
    H2OGPTEError,
    IngestError,
    NotFoundError,
)
from h2ogpte_ext._files import FileInput
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either

pytestmark = pytest.mark.e2e

CSV = b"product,revenue\nWidget A,12500\n"
PROMPT = "Analyse the sales. Save 'sales_summary.csv' and a report as 'monthly_revenue.md'."


def _uploads(fake: FakeH2OGPTE) -> int:
    return sum(r.path == "/api/v1/uploads" for r in fake.state.requests)


def _collection_id(c: Either) -> str:
    return str(c.call(create_collection, body=CollectionCreateRequest(name="docs", description="d")).id)


def test_upload_and_ingest_takes_paths_directories_bytes_and_files(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    c = make()
    (tmp_path / "docs" / "deep").mkdir(parents=True)
    (tmp_path / "docs" / "a.csv").write_bytes(CSV)
    (tmp_path / "docs" / "deep" / "b.csv").write_bytes(CSV * 2)
    (tmp_path / "docs" / "skip.txt").write_bytes(b"not a csv")
    (tmp_path / "single.md").write_bytes(b"# notes")
    collection_id = _collection_id(c)
    files: list[FileInput] = [
        tmp_path / "docs",
        str(tmp_path / "single.md"),
        ("raw.txt", b"raw bytes"),
        ("obj.txt", io.BytesIO(b"obj")),
    ]
    result = c.run(
        c.client.upload_and_ingest(collection_id, files, pattern="*.csv", poll_interval=0.01, gen_doc_summaries=False)
    )
    assert result.job.overall_status == "completed"
    assert sorted(d.name for d in result.documents) == ["a.csv", "b.csv", "obj.txt", "raw.txt", "single.md"]
    collection = c.call(get_collection, collection_id)
    assert collection.document_count == 5
    assert collection.document_size == len(CSV) * 3 + len(b"# notes") + len(b"raw bytes") + len(b"obj")


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        (["good.txt", "missing.pdf"], "no such file: missing.pdf"),
        (["good.txt", "empty_dir"], "has no files matching"),
        (["good.txt", "empty.txt"], "empty.txt is empty"),
        (["good.txt", ("blank.txt", b"")], "blank.txt is empty"),
        ([], "no files were given"),
    ],
)
def test_bad_inputs_fail_before_any_upload(
    make: Callable[..., Either],
    fake_h2ogpte: FakeH2OGPTE,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: list[Any],
    problem: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_bytes(b"good")
    c = make()
    collection_id = _collection_id(c)
    with pytest.raises(H2OGPTEError, match=problem):
        c.run(c.client.upload_and_ingest(collection_id, files))
    assert _uploads(fake_h2ogpte) == 0


def test_unknown_ingest_options_are_refused(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    with pytest.raises(H2OGPTEError, match=r"unknown ingest option.*gen_doc_summary"):
        c.run(c.client.upload_and_ingest("c", [("a.txt", b"a")], gen_doc_summary=True))  # type: ignore[call-arg]
    assert _uploads(fake_h2ogpte) == 0


def test_a_failed_ingest_job_raises_with_the_servers_errors(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection_id = _collection_id(c)
    fake_h2ogpte.state.ingest_failures.append("unsupported file format")
    with pytest.raises(IngestError, match="failed: unsupported file format") as caught:
        c.run(c.client.upload_and_ingest(collection_id, [("a.bin", b"\x00\x01")], poll_interval=0.01))
    assert caught.value.status == "failed"


def test_ingest_without_waiting_returns_the_running_job(make: Callable[..., Either]) -> None:
    c = make()
    result = c.run(c.client.upload_and_ingest(_collection_id(c), [("a.txt", b"a")], wait=False))
    assert result.job.overall_status == "in progress" and result.documents == []


def test_run_agent_then_download_its_files(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    run = c.run(c.client.run_agent(PROMPT, accuracy="quick", temperature=0.0, max_new_tokens=512))
    assert isinstance(run, (AgentRun, AsyncAgentRun))
    assert "sales_summary.csv" in run.text
    assert sorted(f.name for f in run.files) == ["monthly_revenue.md", "sales_summary.csv"]
    assert run.usage["output_tokens"] > 0
    assert "sales_summary.csv" in c.run(run.trace())
    assert c.run(run.references()) == []

    paths = c.run(c.client.download_agent_files(run, tmp_path / "out"))
    assert sorted(p.name for p in paths) == ["monthly_revenue.md", "sales_summary.csv"]
    assert (tmp_path / "out" / "sales_summary.csv").read_bytes().startswith(b"item,value\n")
    with pytest.raises(H2OGPTEError, match="exists; pass overwrite=True"):
        c.run(c.client.download_agent_files(run.message_id, tmp_path / "out"))
    again = c.run(c.client.download_agent_files(run.message_id, tmp_path / "out", overwrite=True))
    assert sorted(again) == sorted(paths)


def test_run_agent_streams_with_a_callback_then_reads_its_files(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    seen: list[CompletionDelta] = []
    run = c.run(c.client.run_agent(PROMPT, stream=True, on_delta=seen.append))
    assert len(seen) > 3 and seen[-1].finished and seen[-1].message_id == run.message_id
    assert "".join(d.body for d in seen) == run.text
    paths = c.run(c.client.download_agent_files(run, tmp_path))
    assert len(paths) == 2 and all(p.stat().st_size > 0 for p in paths)


def test_an_interrupted_download_leaves_nothing(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    c = make()
    collection_id = _collection_id(c)
    c.run(c.client.upload_and_ingest(collection_id, [("big.csv", CSV * 5000)], poll_interval=0.01))
    (document,) = c.collect(c.client.collections.iter_documents_for_collection(collection_id))
    fake_h2ogpte.faults.add(path="/file", drop_after_bytes=10_000)
    with pytest.raises(APIConnectionError):
        c.run(c.client.download_file(document.id, document.name, tmp_path))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(NotFoundError):
        c.run(c.client.download_file("no-such-doc", "x.csv", tmp_path))
    assert list(tmp_path.iterdir()) == []
    path = c.run(c.client.download_file(document.id, document.name, tmp_path / "renamed.csv"))
    assert path.read_bytes() == CSV * 5000


def test_progress_bars_when_asked(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with (
        H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client,
        client.temporary_collection() as collection,
    ):
        client.upload_and_ingest(collection.id, [("a.csv", CSV * 100)], progress=True, poll_interval=0.01)
        (document,) = client.collections.iter_documents_for_collection(collection.id)
        client.download_file(document.id, document.name, tmp_path, progress=True)
    err = capsys.readouterr().err
    assert "upload 1 file(s)" in err and "a.csv" in err
