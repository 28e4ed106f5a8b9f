"""Workflows under hostile conditions: failed and vanishing uploads, compressed and colliding downloads,
servers that cap or ignore pagination, metadata that does not parse. Sync and async, over real HTTP."""

from __future__ import annotations

import functools
import io
import logging
import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest

from h2ogpte_ext import H2OGPTE, BadRequestError, H2OGPTEError, NotFoundError, UploadError
from h2ogpte_ext._ingest import FileInput
from h2ogpte_ext.testing import FakeH2OGPTE
from h2ogpte_ext.testing._state import IN_MEMORY
from tests.common import PROMPT, _collection_id
from tests.either import Either
from tests.tampering import Tampering

pytestmark = pytest.mark.e2e


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
