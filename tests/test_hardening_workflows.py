"""Workflows under hostile conditions: failed and vanishing uploads, compressed and colliding downloads,
servers that cap or ignore pagination, metadata that does not parse. Sync and async, over real HTTP."""

from __future__ import annotations

import functools
import io
import json
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest

from h2ogpte_ext import H2OGPTE, APIConnectionError, BadRequestError, H2OGPTEError, NotFoundError, UploadError
from h2ogpte_ext._ingest import FileInput
from h2ogpte_ext.testing import FakeH2OGPTE
from h2ogpte_ext.testing._state import IN_MEMORY
from tests.common import _collection_id
from tests.either import Either
from tests.tampering import Tampering

pytestmark = pytest.mark.e2e

PROMPT = "Save 'a.csv' and 'b.json'."


def _requests(fake: FakeH2OGPTE, method: str, path: str) -> list[str]:
    """The query strings of the requests the fake received for `method path`."""
    return [r.query for r in fake.state.requests if r.method == method and r.path == path]


def _deleted_uploads(fake: FakeH2OGPTE) -> list[str]:
    return [parse_qs(query)["id"][0] for query in _requests(fake, "DELETE", "/rpc/fs")]


def _assert_no_upload_left(fake: FakeH2OGPTE) -> None:
    """Every upload was deleted on the server (`DELETE /rpc/fs`), its file too."""
    assert fake.state.uploads == {}
    assert not [p for p in fake.state.workdir.rglob("*") if p.is_file()]


def _jobs_started(fake: FakeH2OGPTE) -> int:
    return sum(r.method == "POST" and r.path.endswith("/ingest/job") for r in fake.state.requests)


# --- 4. uploads: nothing orphaned, nothing lost ----------------------------------------------------------


def test_a_missing_collection_is_found_before_anything_is_uploaded(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    with pytest.raises(NotFoundError, match="collection"):
        c.run(c.client.upload_and_ingest("no-such-collection", [("a.txt", b"a" * 1000)]))
    assert _requests(fake_h2ogpte, "PUT", "/api/v1/uploads") == []


def test_a_later_upload_that_fails_deletes_the_earlier_ones(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection_id = _collection_id(c)
    fake_h2ogpte.faults.add(path="/api/v1/uploads", times=2)  # the first two pass untouched
    fake_h2ogpte.faults.add(path="/api/v1/uploads", status=400)
    files = [("a.txt", b"a"), ("b.txt", b"b"), ("c.txt", b"c")]
    with pytest.raises(
        UploadError, match=r"uploading c.txt failed: .*; the 2 upload\(s\) already made were deleted"
    ) as caught:
        c.run(c.client.upload_and_ingest(collection_id, files, concurrency=1))
    assert isinstance(caught.value.__cause__, BadRequestError) and caught.value.orphaned == []
    assert len(set(_deleted_uploads(fake_h2ogpte))) == 2 and _jobs_started(fake_h2ogpte) == 0
    _assert_no_upload_left(fake_h2ogpte)


@pytest.mark.parametrize("size", [1, IN_MEMORY + 1], ids=["in memory", "on disk"])
def test_the_fake_deletes_an_upload_and_its_file_at_rpc_fs(fake_h2ogpte: FakeH2OGPTE, size: int) -> None:
    auth = {"Authorization": f"Bearer {fake_h2ogpte.api_key}"}
    data = b"a" * size
    uploaded = httpx.put(f"{fake_h2ogpte.url}/api/v1/uploads", files={"file": ("a.txt", data)}, headers=auth)
    upload_id = uploaded.json()["id"]
    blob = fake_h2ogpte.state.uploads[upload_id].blob
    assert blob.read() == data and blob.file.exists() == (size > IN_MEMORY)
    delete = functools.partial(httpx.delete, f"{fake_h2ogpte.url}/rpc/fs")
    assert delete(params={"id": upload_id}).status_code == 401
    assert delete(params={"id": upload_id}, headers=auth).status_code == 200
    assert fake_h2ogpte.state.uploads == {} and not blob.file.exists()
    assert delete(params={"id": upload_id}, headers=auth).status_code == 404
    assert delete(headers=auth).status_code == 400


def test_a_clean_up_that_fails_is_logged_and_never_masks_the_error(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, caplog: pytest.LogCaptureFixture
) -> None:
    c = make()
    collection_id = _collection_id(c)
    fake_h2ogpte.faults.add(path="/api/v1/uploads", times=1)
    fake_h2ogpte.faults.add(path="/api/v1/uploads", status=400)
    fake_h2ogpte.faults.add(path="/rpc/fs", method="DELETE", status=403, times=-1)  # the delete is refused
    with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"), pytest.raises(UploadError) as caught:
        c.run(c.client.upload_and_ingest(collection_id, [("a.txt", b"a"), ("b.txt", b"b")], concurrency=1))
    (left,) = fake_h2ogpte.state.uploads
    assert caught.value.orphaned == [left] and isinstance(caught.value.__cause__, BadRequestError)
    assert f"1 of 1 upload(s) could not be deleted: {left}" in str(caught.value)
    assert _deleted_uploads(fake_h2ogpte) == [left]  # tried once: a 403 is not retried
    assert [r.levelname for r in caplog.records] == ["WARNING"] and left in caplog.records[0].getMessage()


def test_a_file_that_vanishes_before_its_upload_deletes_the_earlier_ones(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    c = make()
    collection_id = _collection_id(c)
    second = tmp_path / "second.txt"
    second.write_bytes(b"second")

    class Vanishing(io.BytesIO):
        """The first file: while it is sent, the second one is deleted (after the checks passed)."""

        def read(self, size: int | None = -1) -> bytes:
            second.unlink(missing_ok=True)
            return super().read(size)

    files: list[FileInput] = [("first.txt", Vanishing(b"first")), second]
    with pytest.raises(UploadError, match=rf"uploading {second} failed: .*No such file.*; the 1 upload\(s\)"):
        c.run(c.client.upload_and_ingest(collection_id, files, concurrency=1))
    assert len(_deleted_uploads(fake_h2ogpte)) == 1
    _assert_no_upload_left(fake_h2ogpte)


def test_a_failure_among_concurrent_uploads_leaves_no_orphan(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection_id = _collection_id(c)
    # The first three uploads to arrive are held by the server while the fourth fails at once, so the
    # failure is known before any of the three finishes: whatever the scheduling, none starts after it.
    fake_h2ogpte.faults.add(path="/api/v1/uploads", times=3, latency=1.0)
    fake_h2ogpte.faults.add(path="/api/v1/uploads", status=400)
    files = [(f"{i}.txt", b"x" * 100) for i in range(12)]
    with pytest.raises(UploadError, match=r"uploading \d+\.txt failed") as caught:
        c.run(c.client.upload_and_ingest(collection_id, files, concurrency=4))
    assert caught.value.orphaned == []
    # The four sent at once, no more; the three that landed were deleted; no job ran.
    assert len(_requests(fake_h2ogpte, "PUT", "/api/v1/uploads")) == 4
    assert len(set(_deleted_uploads(fake_h2ogpte))) == 3 and _jobs_started(fake_h2ogpte) == 0
    _assert_no_upload_left(fake_h2ogpte)


def test_concurrent_uploads_ingest_every_file_in_order(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    collection_id = _collection_id(c)
    files = [(f"{i:02}.txt", f"file {i}".encode()) for i in range(20)]
    result = c.run(c.client.upload_and_ingest(collection_id, files, concurrency=5, poll_interval=0.01))
    assert sorted(d.name for d in result.documents) == [name for name, _ in files]
    with pytest.raises(H2OGPTEError, match="concurrency"):
        c.run(c.client.upload_and_ingest(collection_id, files, concurrency=0))


def test_a_job_that_never_starts_deletes_the_uploads(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    collection_id = _collection_id(c)
    fake_h2ogpte.faults.add(path="/api/v1/uploads/*/ingest/job", status=400)
    with pytest.raises(UploadError, match=r"starting the ingest job for 2 upload\(s\) failed"):
        c.run(c.client.upload_and_ingest(collection_id, [("a.txt", b"a"), ("b.txt", b"b")]))
    assert len(set(_deleted_uploads(fake_h2ogpte))) == 2
    _assert_no_upload_left(fake_h2ogpte)


def test_documents_are_exactly_those_this_job_added(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    collection_id = _collection_id(c)
    older = c.run(c.client.upload_and_ingest(collection_id, [("a.txt", b"old")], poll_interval=0.01))
    newer = c.run(c.client.upload_and_ingest(collection_id, [("a.txt", b"new"), ("b.txt", b"b")], poll_interval=0.01))
    assert [d.name for d in older.documents] == ["a.txt"]
    assert sorted(d.name for d in newer.documents) == ["a.txt", "b.txt"]
    assert older.documents[0].id not in {d.id for d in newer.documents}
    assert len(fake_h2ogpte.state.documents) == 3


def _tree(root: Path) -> Path:
    for name in ["a.txt", ".env", ".git/config", "sub/b.txt", "sub/.cache/c.txt"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(name.encode())
    return root


def test_directories_skip_hidden_files_and_folders_unless_asked(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    c = make()
    tree = _tree(tmp_path / "project")
    collection_id = _collection_id(c)
    result = c.run(c.client.upload_and_ingest(collection_id, tree, poll_interval=0.01))
    assert sorted(d.name for d in result.documents) == ["a.txt", "b.txt"]
    everything = c.run(c.client.upload_and_ingest(collection_id, tree, include_hidden=True, poll_interval=0.01))
    assert sorted(d.name for d in everything.documents) == [".env", "a.txt", "b.txt", "c.txt", "config"]
    # A hidden file named on its own is sent: only the directory walk skips them.
    single = c.run(c.client.upload_and_ingest(collection_id, tree / ".env", poll_interval=0.01))
    assert [d.name for d in single.documents] == [".env"]


def test_fifos_and_devices_are_refused_before_anything_is_sent(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    c = make()
    (tmp_path / "a.txt").write_bytes(b"a")
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(H2OGPTEError, match=r"nothing was uploaded: .*pipe.txt is a FIFO, not a regular file"):
        c.run(c.client.upload_and_ingest("any", tmp_path))
    with pytest.raises(H2OGPTEError, match=r"/dev/null is a device, not a regular file"):
        c.run(c.client.upload_and_ingest("any", ["/dev/null", tmp_path / "a.txt"]))
    assert fake_h2ogpte.state.requests == []


# --- 5. downloads -------------------------------------------------------------------------------------------


def _renamed(names: list[str]) -> Callable[[str, str], str]:
    """Metadata rewrite: the agent's files get these names, in order (the last one listed twice)."""

    def change(kind: str, content: str) -> str:
        if kind != "agent_files":
            return content
        ids = [doc_id for entry in json.loads(content) for doc_id in entry]
        entries = [{doc_id: name} for doc_id, name in zip(ids, names, strict=True)]
        return json.dumps([*entries, entries[-1]])

    return change


def test_agent_files_whose_names_collide_all_land(tampered: Callable[[Tampering], Either], tmp_path: Path) -> None:
    c = tampered(Tampering(meta=_renamed(["x/report.csv", "y\\report.csv"])))
    run = c.run(c.client.run_agent(PROMPT))
    paths = c.run(c.client.download_agent_files(run, tmp_path))
    assert [p.name for p in paths] == ["report.csv", "report (1).csv"]
    assert (tmp_path / "report.csv").read_bytes().startswith(b"item,value\n")  # a.csv
    assert json.loads((tmp_path / "report (1).csv").read_bytes())["file"] == "b.json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report (1).csv", "report.csv"]


def test_agent_file_names_lose_control_and_bidi_characters_and_fit_the_file_system(
    tampered: Callable[[Tampering], Either], tmp_path: Path
) -> None:
    long = "é" * 200 + ".csv"  # 404 bytes of UTF-8
    c = tampered(Tampering(meta=_renamed(["\u202ecod.exe\u2066\x85\x1b[31m", long])))
    run = c.run(c.client.run_agent(PROMPT))
    paths = c.run(c.client.download_agent_files(run, tmp_path))
    assert paths[0].name == "cod.exe[31m"
    assert paths[1].name.endswith(".csv") and len(paths[1].name.encode()) <= 255
    assert paths[1].name == "é" * 125 + ".csv"
    assert sorted(tmp_path.iterdir()) == sorted(paths)


def test_an_agent_file_name_with_nothing_safe_in_it_lands_as_unnamed_and_costs_no_other_file(
    tampered: Callable[[Tampering], Either], tmp_path: Path
) -> None:
    c = tampered(Tampering(meta=_renamed(["..", "b.json"])))
    run = c.run(c.client.run_agent(PROMPT))
    paths = c.run(c.client.download_agent_files(run, tmp_path))
    assert [p.name for p in paths] == ["unnamed", "b.json"]
    assert sorted(tmp_path.iterdir()) == sorted(paths)


def test_a_directory_at_the_target_is_a_clear_error_and_leaves_no_part_file(
    make: Callable[..., Either], tmp_path: Path
) -> None:
    c = make()
    run = c.run(c.client.run_agent(PROMPT))
    (tmp_path / "b.json").mkdir()
    with pytest.raises(H2OGPTEError, match=r"b.json is a directory; nothing was downloaded"):
        c.run(c.client.download_agent_files(run, tmp_path, overwrite=True))
    (doc_a,) = (f.doc_id for f in run.files if f.name == "a.csv")
    (tmp_path / "a.csv").mkdir()
    with pytest.raises(H2OGPTEError, match=r"a.csv is a directory"):
        c.run(c.client.download_file(doc_a, "a.csv", tmp_path, overwrite=True))
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.csv", "b.json"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_downloads_are_created_with_the_users_umask(
    make: Callable[..., Either], tmp_path: Path, umask: int, mode: int
) -> None:
    c = make()
    run = c.run(c.client.run_agent("Save 'a.csv'."))
    previous = os.umask(umask)
    try:
        (path,) = c.run(c.client.download_agent_files(run, tmp_path))
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == mode


# --- 6 (part). metadata that does not parse ----------------------------------------------------------------


def _garbled(kinds: set[str]) -> Callable[[str, str], str]:
    return lambda kind, content: "<html>502 Bad Gateway</html>" if kind in kinds else content


@pytest.mark.parametrize("stream", [False, True])
def test_a_usage_stats_that_is_not_json_keeps_the_answer(
    tampered: Callable[[Tampering], Either], caplog: pytest.LogCaptureFixture, stream: bool
) -> None:
    c = tampered(Tampering(meta=_garbled({"usage_stats"})))
    with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
        run = c.run(c.client.run_agent(PROMPT, stream=stream))
    assert "a.csv" in run.text and sorted(f.name for f in run.files) == ["a.csv", "b.json"]
    assert run.usage == {} and run.unparsed == {"usage_stats": "<html>502 Bad Gateway</html>"}
    (record,) = caplog.records
    assert record.levelname == "WARNING" and "usage_stats" in record.getMessage()


def test_agent_files_metadata_that_does_not_parse_keeps_the_answer(
    tampered: Callable[[Tampering], Either], caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    c = tampered(Tampering(meta=_garbled({"agent_files"})))
    with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
        run = c.run(c.client.run_agent(PROMPT))
    assert "a.csv" in run.text and run.files == [] and run.usage["output_tokens"] > 0
    assert run.unparsed == {"agent_files": "<html>502 Bad Gateway</html>"}
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    with pytest.raises(H2OGPTEError, match="agent_files metadata is not a list"):
        c.run(c.client.download_agent_files(run, tmp_path))


def test_an_interrupted_upload_still_deletes_what_it_uploaded(fake_h2ogpte: FakeH2OGPTE) -> None:
    class Interrupting(io.BytesIO):
        """The second file: Ctrl-C arrives while it is read."""

        def read(self, size: int | None = -1) -> bytes:
            raise KeyboardInterrupt

    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        collection = client.collections.create_collection(name="c", description="d")
        files: list[FileInput] = [("first.txt", b"first"), ("second.txt", Interrupting(b"second"))]
        with pytest.raises(KeyboardInterrupt):
            client.upload_and_ingest(collection.id, files, concurrency=1)
    assert len(_deleted_uploads(fake_h2ogpte)) == 1
    _assert_no_upload_left(fake_h2ogpte)


def test_a_download_whose_body_cannot_be_decoded_is_our_error_and_leaves_nothing(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": "gzip"}, content=b"this is not gzip at all")

    transport = httpx.MockTransport(handler)
    with (
        H2OGPTE(address="http://h2ogpte.invalid", api_key="k", http_client=httpx.Client(transport=transport)) as client,
        pytest.raises(APIConnectionError),
    ):
        client.download_file("doc-1", "report.csv", tmp_path)
    assert list(tmp_path.iterdir()) == []
