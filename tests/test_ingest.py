"""Ingesting (`h2ogpte_ext._async.ingest` and its sync twin): uploads and their clean-up (nothing orphaned,
nothing lost), concurrency, and ingesting from a website, text or cloud storage; each waits for its job and
returns exactly the documents it added. Sync and async, over real HTTP to the fake."""

from __future__ import annotations

import functools
import io
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from h2ogpte_ext import H2OGPTE, BadRequestError, H2OGPTEError, IngestError, JobError, NotFoundError, UploadError
from h2ogpte_ext._files import FileInput, Source
from h2ogpte_ext.testing import FakeH2OGPTE
from h2ogpte_ext.testing._state import IN_MEMORY
from tests.common import _collection, _collection_id
from tests.either import Either

# --- ingesting from anywhere --------------------------------------------------------------------------------


@pytest.mark.e2e
def test_ingest_text_adds_one_named_document(make: Callable[..., Either]) -> None:
    c = make()
    collection_id = _collection(c)
    result = c.run(c.client.ingest_text(collection_id, "Q3 sales were 42 units.", name="q3.txt", poll_interval=0.01))
    assert result.job.overall_status == "completed"
    assert [d.name for d in result.documents] == ["q3.txt"]
    # A second ingest of the same name returns only its own document.
    again = c.run(c.client.ingest_text(collection_id, "Q3 again.", name="q3.txt", poll_interval=0.01))
    assert len(again.documents) == 1 and again.documents[0].id != result.documents[0].id


@pytest.mark.e2e
def test_ingest_website_and_cloud_sources_return_what_they_added(make: Callable[..., Either]) -> None:
    c = make()
    collection_id = _collection(c)
    site = c.run(c.client.ingest_website(collection_id, "https://example.com/report", poll_interval=0.01))
    assert site.job.overall_status == "completed" and len(site.documents) >= 1
    s3 = c.run(
        c.client.ingest_from_s3(
            collection_id, ["s3://bucket/a.pdf", "s3://bucket/b.pdf"], region="us-east-1", poll_interval=0.01
        )
    )
    gcs = c.run(c.client.ingest_from_gcs(collection_id, ["gs://bucket/c.pdf"], poll_interval=0.01))
    azure = c.run(
        c.client.ingest_from_azure_blob(collection_id, "container", ["d.pdf"], account_name="acct", poll_interval=0.01)
    )
    ids = [d.id for r in (site, s3, gcs, azure) for d in r.documents]
    assert len(ids) == len(set(ids)) and len(s3.documents) >= 1 and gcs.documents and azure.documents
    everything = c.collect(c.client.collections.iter_documents_for_collection(collection_id))
    assert {d.id for d in everything} == set(ids)


@pytest.mark.e2e
def test_unknown_ingest_options_are_refused_before_sending(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection_id = _collection(c)
    before = len(fake_h2ogpte.state.requests)
    with pytest.raises(H2OGPTEError, match=r"unknown ingest option\(s\) follow_link; known: .*follow_links"):
        c.run(c.client.ingest_website(collection_id, "https://example.com", follow_link=True))  # type: ignore[call-arg]
    assert len(fake_h2ogpte.state.requests) == before


@pytest.mark.e2e
def test_a_failed_ingest_job_is_an_ingest_error_and_a_job_error(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection_id = _collection(c)
    fake_h2ogpte.state.ingest_failures.append("the site refused the crawler")
    with pytest.raises(IngestError, match="the site refused the crawler") as caught:
        c.run(c.client.ingest_website(collection_id, "https://example.com", poll_interval=0.01))
    assert isinstance(caught.value, JobError) and caught.value.errors == ["the site refused the crawler"]


@pytest.mark.e2e
def test_ingest_website_sends_its_crawl_settings(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    collection_id = _collection(c)
    c.run(
        c.client.ingest_website(
            collection_id, "https://example.com", follow_links=True, max_depth=2, max_documents=7, poll_interval=0.01
        )
    )
    (job,) = [r for r in fake_h2ogpte.state.requests if r.path == "/api/v1/ingest/website/job"]
    query = parse_qs(job.query)
    assert query["follow_links"] == ["true"] and query["max_depth"] == ["2"] and query["max_documents"] == ["7"]
    assert query["collection_id"] == [collection_id]
    # Left out, they are not sent (the server's defaults apply).
    c.run(c.client.ingest_website(collection_id, "https://example.com/b", poll_interval=0.01))
    plain = [r for r in fake_h2ogpte.state.requests if r.path == "/api/v1/ingest/website/job"][-1]
    assert not {"follow_links", "max_depth", "max_documents"} & set(parse_qs(plain.query))


def _sent_bodies(c: Either) -> list[tuple[str, bytes]]:
    """(path, body) of every request the client sends from now on, as it goes on the wire."""
    sent: list[tuple[str, bytes]] = []
    if isinstance(c.client, H2OGPTE):
        c.client.api.get_httpx_client().event_hooks["request"].append(
            lambda request: sent.append((request.url.path, request.read()))
        )
    else:

        async def record(request: httpx.Request) -> None:
            sent.append((request.url.path, await request.aread()))

        c.client.api.get_async_httpx_client().event_hooks["request"].append(record)
    return sent


@pytest.mark.e2e
def test_ingest_from_s3_sends_its_region_and_credentials(make: Callable[..., Either]) -> None:
    c = make()
    collection_id = _collection(c)
    sent = _sent_bodies(c)
    credentials = {"access_key_id": "AKIA-test", "secret_access_key": "s3cr3t"}
    c.run(
        c.client.ingest_from_s3(
            collection_id, ["s3://bucket/a.pdf"], region="eu-west-1", credentials=credentials, poll_interval=0.01
        )
    )
    (body,) = [json.loads(content) for path, content in sent if path == "/api/v1/ingest/s3/job"]
    assert body == {"urls": ["s3://bucket/a.pdf"], "region": "eu-west-1", "credentials": credentials}


def _sent(fake: FakeH2OGPTE) -> list[str]:
    return [f"{r.method} {r.path}" for r in fake.state.requests]


def test_text_with_a_lone_surrogate_is_refused_before_anything_is_sent(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection_id = _collection_id(c)
    before = _sent(fake_h2ogpte)
    with pytest.raises(H2OGPTEError, match=r"the character at position 13 \('\\ud800'\) is a lone surrogate") as e:
        c.run(c.client.ingest_text(collection_id, "Q3 sales were\ud800 42.", name="q3.txt"))
    assert not isinstance(e.value, UnicodeError) and "nothing was sent" in str(e.value)
    assert _sent(fake_h2ogpte) == before
    # In a name, such a character is replaced, as in a file's name.
    result = c.run(c.client.ingest_text(collection_id, "Q3 sales were 42.", name="q3\udcff.txt", poll_interval=0.01))
    assert [d.name for d in result.documents] == ["q3\ufffd.txt"]


def test_text_that_is_not_a_str_is_refused(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    with pytest.raises(H2OGPTEError, match="the text must be a str, not bytes"):
        c.run(c.client.ingest_text("any", b"bytes", name="b.txt"))  # type: ignore[arg-type]
    assert fake_h2ogpte.state.requests == []


def _tree(root: Path) -> Path:
    for name in ["a.txt", ".env", ".git/config", "sub/b.txt", "sub/.cache/c.txt"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(name.encode())
    return root


@pytest.mark.e2e
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


# --- uploads: nothing orphaned, nothing lost ----------------------------------------------------------------


def _requests(fake: FakeH2OGPTE, method: str, path: str) -> list[str]:
    """The query strings of the requests the fake received for `method path`."""
    return [r.query for r in fake.state.requests if r.method == method and r.path == path]


@pytest.mark.e2e
def test_a_missing_collection_is_found_before_anything_is_uploaded(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    with pytest.raises(NotFoundError, match="collection"):
        c.run(c.client.upload_and_ingest("no-such-collection", [("a.txt", b"a" * 1000)]))
    assert _requests(fake_h2ogpte, "PUT", "/api/v1/uploads") == []


def _deleted_uploads(fake: FakeH2OGPTE) -> list[str]:
    return [parse_qs(query)["id"][0] for query in _requests(fake, "DELETE", "/rpc/fs")]


def _assert_no_upload_left(fake: FakeH2OGPTE) -> None:
    """Every upload was deleted on the server (`DELETE /rpc/fs`), its file too."""
    assert fake.state.uploads == {}
    assert not [p for p in fake.state.workdir.rglob("*") if p.is_file()]


def _jobs_started(fake: FakeH2OGPTE) -> int:
    return sum(r.method == "POST" and r.path.endswith("/ingest/job") for r in fake.state.requests)


@pytest.mark.e2e
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


@pytest.mark.e2e
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


@pytest.mark.e2e
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


@pytest.mark.e2e
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


@pytest.mark.e2e
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


@pytest.mark.e2e
def test_a_job_that_never_starts_deletes_the_uploads(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    collection_id = _collection_id(c)
    fake_h2ogpte.faults.add(path="/api/v1/uploads/*/ingest/job", status=400)
    with pytest.raises(UploadError, match=r"starting the ingest job for 2 upload\(s\) failed"):
        c.run(c.client.upload_and_ingest(collection_id, [("a.txt", b"a"), ("b.txt", b"b")]))
    assert len(set(_deleted_uploads(fake_h2ogpte))) == 2
    _assert_no_upload_left(fake_h2ogpte)


@pytest.mark.e2e
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


# --- concurrency --------------------------------------------------------------------------------------------


@pytest.mark.e2e
def test_concurrent_uploads_ingest_every_file_in_order(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    collection_id = _collection_id(c)
    files = [(f"{i:02}.txt", f"file {i}".encode()) for i in range(20)]
    result = c.run(c.client.upload_and_ingest(collection_id, files, concurrency=5, poll_interval=0.01))
    assert sorted(d.name for d in result.documents) == [name for name, _ in files]
    with pytest.raises(H2OGPTEError, match="concurrency"):
        c.run(c.client.upload_and_ingest(collection_id, files, concurrency=0))


def _uploads_received(fake: FakeH2OGPTE) -> int:
    return sum(1 for r in list(fake.state.requests) if (r.method, r.path) == ("PUT", "/api/v1/uploads"))


@pytest.mark.e2e
def test_uploads_overlap_up_to_the_concurrency_with_at_most_that_many_files_open(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    c = make()
    collection_id = _collection(c)
    for i in range(6):
        (tmp_path / f"f{i}.txt").write_bytes(b"x" * 1000)
    # Every upload is held at the server, so that uploads sent side by side are seen side by side.
    fake_h2ogpte.faults.add(path="/api/v1/uploads", method="PUT", latency=0.3, times=6)

    # When each upload is answered: how many the server had received by then.
    received_when_answered: list[int] = []
    resource = type(c.client.document_ingestion)
    upload_file: Any = resource.upload_file
    if isinstance(c.client, H2OGPTE):

        def recorded(self: Any, *args: Any, **kwargs: Any) -> Any:
            answer = upload_file(self, *args, **kwargs)
            received_when_answered.append(_uploads_received(fake_h2ogpte))
            return answer

    else:

        async def recorded(self: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[misc]  # the sync one's twin
            answer = await upload_file(self, *args, **kwargs)
            received_when_answered.append(_uploads_received(fake_h2ogpte))
            return answer

    monkeypatch.setattr(resource, "upload_file", recorded)
    # Files open at once: at most `concurrency` (each is streamed from its open handle, then closed).
    open_now: list[int] = [0]
    most_open: list[int] = [0]
    source_open = Source.open

    @contextmanager
    def counted(self: Source) -> Iterator[Any]:
        with source_open(self) as handle:
            open_now[0] += 1
            most_open[0] = max(most_open[0], open_now[0])
            try:
                yield handle
            finally:
                open_now[0] -= 1

    monkeypatch.setattr(Source, "open", counted)
    result = c.run(c.client.upload_and_ingest(collection_id, [tmp_path], concurrency=3, poll_interval=0.01))
    assert len(result.documents) == 6
    # Sequential uploads would give 1: the first upload answered before the second was sent.
    assert received_when_answered[0] >= 2, received_when_answered
    assert 2 <= most_open[0] <= 3


# --- the documents an ingest added, under the names the server gave them ------------------------------------


@pytest.mark.e2e
def test_documents_are_exactly_those_this_job_added(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    collection_id = _collection_id(c)
    older = c.run(c.client.upload_and_ingest(collection_id, [("a.txt", b"old")], poll_interval=0.01))
    newer = c.run(c.client.upload_and_ingest(collection_id, [("a.txt", b"new"), ("b.txt", b"b")], poll_interval=0.01))
    assert [d.name for d in older.documents] == ["a.txt"]
    assert sorted(d.name for d in newer.documents) == ["a.txt", "b.txt"]
    assert older.documents[0].id not in {d.id for d in newer.documents}
    assert len(fake_h2ogpte.state.documents) == 3


def test_documents_are_found_under_the_names_the_server_stored(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make()
    collection_id = _collection_id(c)
    files: list[FileInput] = [("q3/report.csv", b"a,b\n"), ('a"b.txt', b"quote"), ("t\tab.txt", b"tab")]
    result = c.run(c.client.upload_and_ingest(collection_id, files, poll_interval=0.01))
    stored = sorted(d.name for d in fake_h2ogpte.state.documents.values())
    assert sorted(d.name for d in result.documents) == stored and len(stored) == 3
    assert "report.csv" in stored  # the server keeps base names


@pytest.fixture
def renaming(fake_h2ogpte: FakeH2OGPTE) -> Iterator[Callable[[Callable[[str], str]], tuple[Either, Either]]]:
    """Clients (sync, async) of a server that renames uploaded files when it ingests them, after its upload
    answer: as a server whose ingestion normalizes names. The fake's uploads are renamed as the job starts."""
    made: list[tuple[Either, httpx.Client | httpx.AsyncClient]] = []

    def factory(rename: Callable[[str], str]) -> tuple[Either, Either]:
        def on_request(request: httpx.Request) -> None:
            if request.method == "POST" and request.url.path.endswith("/ingest/job"):
                for upload in fake_h2ogpte.state.uploads.values():
                    upload.filename = rename(upload.filename)

        async def on_async_request(request: httpx.Request) -> None:
            on_request(request)

        settings = {"address": fake_h2ogpte.url, "api_key": fake_h2ogpte.api_key}
        http = httpx.Client(event_hooks={"request": [on_request]})
        async_http = httpx.AsyncClient(event_hooks={"request": [on_async_request]})
        sync, asynchronous = (
            Either("sync", http_client=http, **settings),
            Either("async", http_client=async_http, **settings),
        )
        made.extend([(sync, http), (asynchronous, async_http)])
        return sync, asynchronous

    yield factory
    for either, client in made:
        if isinstance(client, httpx.AsyncClient):
            either.run(client.aclose())
        else:
            client.close()
        either.close()


def test_documents_renamed_by_the_server_are_still_found(
    renaming: Callable[[Callable[[str], str]], tuple[Either, Either]], caplog: pytest.LogCaptureFixture
) -> None:
    for c in renaming(lambda name: name.replace(" ", "_").upper()):
        collection_id = _collection_id(c)
        older = c.run(c.client.upload_and_ingest(collection_id, [("q3 sales.csv", b"old")], poll_interval=0.01))
        files: list[FileInput] = [("q3 sales.csv", b"new"), ("notes.txt", b"n")]
        with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
            result = c.run(c.client.upload_and_ingest(collection_id, files, poll_interval=0.01))
        assert sorted(d.name for d in result.documents) == ["NOTES.TXT", "Q3_SALES.CSV"]
        assert older.documents[0].id not in {d.id for d in result.documents}
        assert caplog.records == []  # matched by name, reduced to letters and digits: nothing to warn of


def test_documents_whose_names_match_nothing_sent_are_returned_with_a_warning(
    renaming: Callable[[Callable[[str], str]], tuple[Either, Either]], caplog: pytest.LogCaptureFixture
) -> None:
    for c in renaming(lambda name: "document-" + str(len(name))):
        collection_id = _collection_id(c)
        with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
            result = c.run(c.client.upload_and_ingest(collection_id, [("report.csv", b"r")], poll_interval=0.01))
        assert [d.name for d in result.documents] == ["document-10"]
        assert "1 file(s) sent ('report.csv') match no document by name" in caplog.text
        caplog.clear()
