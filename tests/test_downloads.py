"""Downloads (`h2ogpte_ext._files`, `h2ogpte_ext._async.downloads`): destinations (a file or a folder), nothing
partial left behind on any failure, `overwrite=False` holding when downloads race, names safe on every system
and distinct, and the user's umask. Sync and async, over real HTTP to the fake."""

from __future__ import annotations

import asyncio
import errno
import json
import os
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from h2ogpte_ext import H2OGPTE, APIConnectionError, AsyncH2OGPTE, DownloadError, H2OGPTEError, _files
from h2ogpte_ext._files import FileInput, distinct_names, safe_name
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import PROMPT, _collection_id
from tests.either import Either
from tests.tampering import Tampering

# --- destinations: a file or a folder -----------------------------------------------------------------------


CSV = b"item,value\n" + b"widget,100\n" * 20_000  # 220 KB: several chunks on the wire


def _document(c: Either, name: str = "big.csv", content: bytes = CSV) -> Any:
    collection_id = _collection_id(c)
    (document,) = c.run(c.client.upload_and_ingest(collection_id, [(name, content)], poll_interval=0.01)).documents
    return document


def _files_in(folder: Path) -> list[str]:
    """Every file under `folder` (hidden `.part` files too), relative."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir())


def test_a_destination_ending_in_a_separator_is_a_folder_made_with_its_parents(
    make: Callable[..., Either], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make()
    document = _document(c, "q3.csv")
    monkeypatch.chdir(tmp_path)
    path = c.run(c.client.download_file(document.id, document.name, "downloads/"))
    assert path == Path("downloads/q3.csv") and path.read_bytes() == CSV
    deep = c.run(c.client.download_file(document.id, document.name, str(tmp_path / "a" / "b" / "c") + os.sep))
    assert deep == tmp_path / "a" / "b" / "c" / "q3.csv" and deep.read_bytes() == CSV
    again = c.run(c.client.download_document(document.id, "backup/"))
    assert again == Path("backup/q3.csv")
    assert _files_in(tmp_path) == ["a/b/c/q3.csv", "backup/q3.csv", "downloads/q3.csv"]


def test_download_document_into_a_new_folder_in_a_loop_keeps_every_document(
    make: Callable[..., Either], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make()
    collection_id = _collection_id(c)
    files: list[FileInput] = [(f"doc{i}.txt", f"document {i}".encode()) for i in range(4)]
    result = c.run(c.client.upload_and_ingest(collection_id, files, poll_interval=0.01))
    monkeypatch.chdir(tmp_path)
    paths = [c.run(c.client.download_document(d.id, "backup/", overwrite=True)) for d in result.documents]
    assert sorted(p.name for p in paths) == ["doc0.txt", "doc1.txt", "doc2.txt", "doc3.txt"]
    assert _files_in(tmp_path) == ["backup/doc0.txt", "backup/doc1.txt", "backup/doc2.txt", "backup/doc3.txt"]
    assert {p.read_text() for p in paths} == {f"document {i}" for i in range(4)}


def test_a_file_where_the_folder_should_be_is_a_download_error(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    document = _document(c, "q3.csv")
    (tmp_path / "downloads").write_bytes(b"mine")
    with pytest.raises(DownloadError, match="downloads is not a directory; nothing was downloaded"):
        c.run(c.client.download_file(document.id, document.name, f"{tmp_path}/downloads/"))
    with pytest.raises(DownloadError, match="downloads is not a directory"):
        c.run(c.client.download_agent_files(c.run(c.client.run_agent(PROMPT)), tmp_path / "downloads"))
    assert (tmp_path / "downloads").read_bytes() == b"mine" and _files_in(tmp_path) == ["downloads"]


def test_the_folder_of_a_file_destination_is_made(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    document = _document(c)
    path = c.run(c.client.download_file(document.id, document.name, tmp_path / "new" / "folder" / "renamed.csv"))
    assert path == tmp_path / "new" / "folder" / "renamed.csv" and path.read_bytes() == CSV


@pytest.mark.e2e
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


# --- a failure while writing leaves nothing and is our error ------------------------------------------------


class _Failing:
    """A binary file whose writes fail with `error_number` once `room` bytes are written (at `write`, or with
    `at_close` when the buffered bytes are flushed)."""

    def __init__(self, real: IO[bytes], room: int, error_number: int, at_close: bool) -> None:
        self.real, self.room, self.error_number, self.at_close = real, room, error_number, at_close
        self.written = 0

    def _fail(self) -> None:
        raise OSError(self.error_number, os.strerror(self.error_number))

    def write(self, chunk: bytes) -> int:
        if not self.at_close and self.written + len(chunk) > self.room:
            self.real.write(chunk[: self.room - self.written])  # the disk fills up partway
            self.written = self.room
            self._fail()
        self.written += len(chunk)
        return self.real.write(chunk)

    def close(self) -> None:
        self.real.close()
        if self.at_close and self.written > self.room:
            self._fail()


@pytest.fixture
def failing_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Downloads' files fail with an OS error after some bytes (the writer of `h2ogpte_ext._files`)."""
    real_fdopen = os.fdopen

    def install(error_number: int = errno.ENOSPC, *, room: int = 50_000, at_close: bool = False) -> None:
        def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            real = real_fdopen(fd, mode, *args, **kwargs)
            return _Failing(real, room, error_number, at_close) if mode == "wb" else real

        monkeypatch.setattr(os, "fdopen", fdopen)

    return install


@pytest.mark.parametrize(
    ("error_number", "at_close"), [(errno.ENOSPC, False), (errno.EIO, False), (errno.ENOSPC, True)]
)
def test_a_full_disk_or_an_io_error_removes_the_partial_file_and_is_a_download_error(
    make: Callable[..., Either], tmp_path: Path, failing_disk: Callable[..., None], error_number: int, at_close: bool
) -> None:
    c = make()
    document = _document(c)
    failing_disk(error_number, at_close=at_close)
    with pytest.raises(DownloadError) as caught:
        c.run(c.client.download_file(document.id, document.name, tmp_path))
    target = tmp_path / "big.csv"
    assert str(caught.value) == (
        f"could not write {target}: {os.strerror(error_number)}; the partial download was removed"
    )
    assert caught.value.target == target
    assert isinstance(caught.value.__cause__, OSError) and caught.value.__cause__.errno == error_number
    assert list(tmp_path.iterdir()) == []  # no hidden .part file left


def test_an_agent_files_download_that_fills_the_disk_leaves_no_part_file(
    make: Callable[..., Either], tmp_path: Path, failing_disk: Callable[..., None]
) -> None:
    c = make()
    run = c.run(c.client.run_agent(PROMPT))
    failing_disk(room=10)
    with pytest.raises(DownloadError, match="No space left on device"):
        c.run(c.client.download_agent_files(run, tmp_path / "out"))
    assert _files_in(tmp_path) == []


def test_ctrl_c_while_writing_removes_the_partial_file(
    make: Callable[..., Either], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make()
    document = _document(c)
    real_write = _files.Destination.write

    def interrupted(self: _files.Destination, chunk: bytes) -> None:
        real_write(self, chunk)
        raise KeyboardInterrupt

    monkeypatch.setattr(_files.Destination, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        c.run(c.client.download_file(document.id, document.name, tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_a_download_error(
    make: Callable[..., Either], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make()
    document = _document(c)
    real_open = os.open

    def refused(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        if str(path).endswith(".part"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(DownloadError, match=r"could not write .*big.csv: Permission denied") as caught:
        c.run(c.client.download_file(document.id, document.name, tmp_path))
    assert isinstance(caught.value.__cause__, PermissionError)


def test_a_dropped_connection_names_the_file_and_leaves_nothing(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    c = make()
    document = _document(c)
    fake_h2ogpte.faults.add(path="/file", drop_after_bytes=10_000)
    with pytest.raises(APIConnectionError, match=f"; {tmp_path / 'big.csv'} was not written$") as caught:
        c.run(c.client.download_file(document.id, document.name, tmp_path))
    assert isinstance(caught.value.__cause__, APIConnectionError)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.e2e
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


# --- overwrite=False holds when two downloads race ----------------------------------------------------------


def test_two_overlapping_async_downloads_to_one_name_never_both_succeed(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    async def race() -> list[Any]:
        async with AsyncH2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
            collection = await client.collections.create_collection(name="c", description="d")
            files: list[FileInput] = [("one.csv", CSV), ("two.csv", CSV[::-1])]
            result = await client.upload_and_ingest(collection.id, files, poll_interval=0.01)
            one, two = sorted(result.documents, key=lambda d: d.name)
            downloads = (client.download_file(d.id, "report.csv", tmp_path / "report.csv") for d in (one, two))
            return await asyncio.gather(*downloads, return_exceptions=True)

    outcomes = asyncio.run(race())
    (error,) = (o for o in outcomes if isinstance(o, BaseException))
    assert isinstance(error, DownloadError) and sum(isinstance(o, Path) for o in outcomes) == 1
    assert f"{tmp_path / 'report.csv'} exists; pass overwrite=True" in str(error)
    assert (tmp_path / "report.csv").read_bytes() in (CSV, CSV[::-1])
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


@pytest.mark.parametrize("hard_links", [True, False])
def test_two_overlapping_downloads_in_threads_never_both_succeed(
    fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_links: bool
) -> None:
    c = Either("sync", address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key)
    document = _document(c)
    both_writing = threading.Barrier(2, timeout=10)
    real_write = _files.Destination.write

    def write(self: _files.Destination, chunk: bytes) -> None:
        if self.size == 0:
            both_writing.wait()  # each has checked that nothing is at the target, and is writing
        real_write(self, chunk)

    monkeypatch.setattr(_files.Destination, "write", write)
    if not hard_links:  # a file system without them (FAT, some shares): the target is reserved with O_EXCL

        def no_link(source: Any, target: Any, **kwargs: Any) -> None:
            raise OSError(errno.EPERM, os.strerror(errno.EPERM))

        monkeypatch.setattr(os, "link", no_link)
    outcomes: list[object] = []

    def download() -> None:
        try:
            outcomes.append(c.client.download_file(document.id, document.name, tmp_path))
        except H2OGPTEError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=download) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    c.close()
    assert sorted(type(o).__name__ for o in outcomes if not isinstance(o, Path)) == ["DownloadError"]
    assert sum(isinstance(o, Path) for o in outcomes) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["big.csv"]
    assert (tmp_path / "big.csv").read_bytes() == CSV


def test_overwrite_true_still_replaces(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    document = _document(c)
    (tmp_path / "big.csv").write_bytes(b"old")
    with pytest.raises(DownloadError, match="exists; pass overwrite=True"):
        c.run(c.client.download_file(document.id, document.name, tmp_path))
    assert (tmp_path / "big.csv").read_bytes() == b"old"
    c.run(c.client.download_file(document.id, document.name, tmp_path, overwrite=True))
    assert (tmp_path / "big.csv").read_bytes() == CSV and [p.name for p in tmp_path.iterdir()] == ["big.csv"]


# --- names safe on every system -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("server_name", "safe"),
    [
        ("report.csv", "report.csv"),
        ("re\u200bport\u200c.csv", "report.csv"),  # zero-width space and non-joiner (Cf)
        ("\ufeffdata\u2060.json", "data.json"),  # BOM, word joiner
        ("inv\u00adoice\u034f.pdf", "invoice.pdf"),  # soft hyphen (Cf), combining grapheme joiner
        ("\u3164\u115fa.txt", "a.txt"),  # Hangul fillers: invisible letters
        ("line\u2028break.txt", "linebreak.txt"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Com1.tar.gz", "_Com1.tar.gz"),
        ("lpt9.csv", "_lpt9.csv"),
        ("AUX .txt", "_AUX .txt"),
        ("com\u00b9.txt", "_com\u00b9.txt"),
        ("conout$", "_conout$"),
        ("console.txt", "console.txt"),  # not a device
        ("COM10.txt", "COM10.txt"),
        ('a<b>c:d"e|f?g*.txt', "a_b_c_d_e_f_g_.txt"),
        ("tab\there\x7f\x9b.txt", "tabhere.txt"),
        ("report. . ", "report"),
        ("report.csv.", "report.csv"),
        ("  .hidden ", "hidden"),
        ("dir\\sub/..\\name.txt", "name.txt"),
        ("x\ud800y.csv", "x\ufffdy.csv"),  # a lone surrogate cannot be written: replaced
        ("\ud83d\ude00.png", "\U0001f600.png"),  # a surrogate pair is the character it encodes
        ("e\u0301.txt", "\u00e9.txt"),  # NFC
    ],
)
def test_safe_names(server_name: str, safe: str) -> None:
    assert safe_name(server_name) == safe


@pytest.mark.parametrize("server_name", ["", "..", "/", "\u200b\u200d", " . ", "a/", "\u202e\u2066"])
def test_names_with_nothing_safe_are_refused(server_name: str) -> None:
    with pytest.raises(H2OGPTEError, match="nothing safe to keep"):
        safe_name(server_name)


def test_safe_names_fit_and_never_end_in_a_dot_or_space_once_shortened() -> None:
    for name in ["a" * 254 + " b", "a" * 253 + ". b", "é" * 300, "x" * 300 + ".csv"]:
        for number in (0, 7):
            safe = distinct_names([name] * (number + 1))[-1]
            assert len(safe.encode()) <= _files.NAME_MAX and safe[-1] not in ". ", safe


@pytest.mark.e2e
def test_server_file_names_are_reduced_to_safe_base_names(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    c = make()
    run = c.run(c.client.run_agent("Save 'a.csv' and 'b.csv'"))
    doc_a, doc_b = (f.doc_id for f in run.files)
    evil = [{doc_a: "../../etc/passwd"}, {doc_b: "/abs/x.csv"}]
    fake_h2ogpte.state.meta[run.message_id]["agent_files"] = json.dumps(evil)
    out = tmp_path / "out"
    paths = c.run(c.client.download_agent_files(run.message_id, out))
    assert sorted(p.name for p in paths) == ["passwd", "x.csv"]
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["passwd", "x.csv"]
    assert all(p.parent == out for p in paths)


def test_a_hostile_agent_file_name_lands_under_a_safe_name(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    c = make()
    run = c.run(c.client.run_agent(PROMPT))
    doc_a, doc_b = (f.doc_id for f in sorted(run.files, key=lambda f: f.name))
    hostile = [{doc_a: "..\\CON.csv"}, {doc_b: 'sum\u200bmary<"Q3">:\u202e|?*.json. '}]
    fake_h2ogpte.state.meta[run.message_id]["agent_files"] = json.dumps(hostile)
    paths = c.run(c.client.download_agent_files(run.message_id, tmp_path))
    assert [p.name for p in paths] == ["_CON.csv", "summary__Q3______.json"]
    assert (tmp_path / "_CON.csv").read_bytes().startswith(b"item,value\n")
    assert _files_in(tmp_path) == ["_CON.csv", "summary__Q3______.json"]


def test_download_file_into_a_folder_uses_the_safe_name(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    document = _document(c)
    path = c.run(c.client.download_file(document.id, "nul.\u200bcsv ", tmp_path))
    assert path == tmp_path / "_nul.csv" and path.read_bytes() == CSV


def _renamed(names: list[str]) -> Callable[[str, str], str]:
    """Metadata rewrite: the agent's files get these names, in order (the last one listed twice)."""

    def change(kind: str, content: str) -> str:
        if kind != "agent_files":
            return content
        ids = [doc_id for entry in json.loads(content) for doc_id in entry]
        entries = [{doc_id: name} for doc_id, name in zip(ids, names, strict=True)]
        return json.dumps([*entries, entries[-1]])

    return change


@pytest.mark.e2e
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


@pytest.mark.e2e
def test_an_agent_file_name_with_nothing_safe_in_it_lands_as_unnamed_and_costs_no_other_file(
    tampered: Callable[[Tampering], Either], tmp_path: Path
) -> None:
    c = tampered(Tampering(meta=_renamed(["..", "b.json"])))
    run = c.run(c.client.run_agent(PROMPT))
    paths = c.run(c.client.download_agent_files(run, tmp_path))
    assert [p.name for p in paths] == ["unnamed", "b.json"]
    assert sorted(tmp_path.iterdir()) == sorted(paths)


def test_an_agent_file_name_with_a_lone_surrogate_costs_no_file(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path
) -> None:
    c = make()
    run = c.run(c.client.run_agent(PROMPT))
    doc_a, doc_b = (f.doc_id for f in sorted(run.files, key=lambda f: f.name))
    # JSON's escapes can spell a lone surrogate; Python decodes it as one.
    entries = f'[{{"{doc_a}": "q3\\ud800.csv"}}, {{"{doc_b}": "b.json"}}]'
    fake_h2ogpte.state.meta[run.message_id]["agent_files"] = entries
    paths = c.run(c.client.download_agent_files(run.message_id, tmp_path))
    assert [p.name for p in paths] == ["q3\ufffd.csv", "b.json"]
    assert (tmp_path / "q3\ufffd.csv").read_bytes().startswith(b"item,value\n")
    assert _files_in(tmp_path) == ["b.json", "q3\ufffd.csv"]


# --- many files of one name ---------------------------------------------------------------------------------


def test_twenty_thousand_files_of_one_name_are_named_at_once(figures: list[str]) -> None:
    names = ["out/report.csv"] * 20_000 + ["report (3).csv", "Report.csv"]
    started = time.perf_counter()
    chosen = distinct_names(names)
    elapsed = time.perf_counter() - started
    assert chosen[:3] == ["report.csv", "report (1).csv", "report (2).csv"]
    assert chosen[19_999] == "report (19999).csv"
    # Named as such, `report (3).csv` was taken by the 4th file: it gets the next free number.
    assert chosen[-2:] == ["report (3) (1).csv", "Report (20000).csv"]
    assert len({name.casefold() for name in chosen}) == len(chosen)
    figures.append(f"distinct_names: 20,002 names, 20,000 of them alike: {elapsed:.3f} s")


def test_numbers_skip_names_given_as_such_without_going_back() -> None:
    names = ["a (1).txt", "a.txt", "a.txt", "a (2).txt", "a.txt", "A.TXT"]
    assert distinct_names(names) == ["a (1).txt", "a.txt", "a (2).txt", "a (2) (1).txt", "a (3).txt", "A (4).TXT"]


@pytest.mark.e2e
def test_agent_files_whose_names_collide_all_land(tampered: Callable[[Tampering], Either], tmp_path: Path) -> None:
    c = tampered(Tampering(meta=_renamed(["x/report.csv", "y\\report.csv"])))
    run = c.run(c.client.run_agent(PROMPT))
    paths = c.run(c.client.download_agent_files(run, tmp_path))
    assert [p.name for p in paths] == ["report.csv", "report (1).csv"]
    assert (tmp_path / "report.csv").read_bytes().startswith(b"item,value\n")  # a.csv
    assert json.loads((tmp_path / "report (1).csv").read_bytes())["file"] == "b.json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report (1).csv", "report.csv"]


# --- the user's umask ---------------------------------------------------------------------------------------


@pytest.mark.e2e
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
