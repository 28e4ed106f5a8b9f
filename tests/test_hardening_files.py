"""Files on the local side, hardened: download destinations (folders, a full disk, races, hostile names, many
names) and upload sources (tuples, patterns, links, unreadable folders, names the server rewrites). Sync and
async, over real HTTP to the fake."""

from __future__ import annotations

import asyncio
import errno
import io
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from h2ogpte_ext import APIConnectionError, AsyncH2OGPTE, DownloadError, H2OGPTEError, UploadError, _files
from h2ogpte_ext._files import distinct_names, safe_name
from h2ogpte_ext._ingest import FileInput, matches, pattern_parts
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _collection_id
from tests.either import Either

PROMPT = "Save 'a.csv' and 'b.json'."
CSV = b"item,value\n" + b"widget,100\n" * 20_000  # 220 KB: several chunks on the wire


def _document(c: Either, name: str = "big.csv", content: bytes = CSV) -> Any:
    collection_id = _collection_id(c)
    (document,) = c.run(c.client.upload_and_ingest(collection_id, [(name, content)], poll_interval=0.01)).documents
    return document


def _sent(fake: FakeH2OGPTE) -> list[str]:
    return [f"{r.method} {r.path}" for r in fake.state.requests]


def _files_in(folder: Path) -> list[str]:
    """Every file under `folder` (hidden `.part` files too), relative."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if not p.is_dir())


# --- 1. a destination ending in a separator is a folder ------------------------------------------------------


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


# --- 2. a failure while writing leaves nothing and is our error ----------------------------------------------


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


def test_the_folder_of_a_file_destination_is_made(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    document = _document(c)
    path = c.run(c.client.download_file(document.id, document.name, tmp_path / "new" / "folder" / "renamed.csv"))
    assert path == tmp_path / "new" / "folder" / "renamed.csv" and path.read_bytes() == CSV


# --- 3. overwrite=False holds when two downloads race ----------------------------------------------------------


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


# --- 4. names safe on every system ---------------------------------------------------------------------------


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


# --- 5. many files of one name: named in linear time -----------------------------------------------------------


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


# --- 6. what UTF-8 cannot encode -------------------------------------------------------------------------------


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


def test_names_of_uploads_that_utf8_cannot_encode_are_replaced(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    collection_id = _collection_id(c)
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"latin-1 name")  # not UTF-8: a lone surrogate in Python
    files: list[FileInput] = [("x\ud800.txt", b"pair"), tmp_path]
    result = c.run(c.client.upload_and_ingest(collection_id, files, poll_interval=0.01))
    assert sorted(d.name for d in result.documents) == ["caf\ufffd.txt", "x\ufffd.txt"]


def test_text_that_is_not_a_str_is_refused(make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE) -> None:
    c = make()
    with pytest.raises(H2OGPTEError, match="the text must be a str, not bytes"):
        c.run(c.client.ingest_text("any", b"bytes", name="b.txt"))  # type: ignore[arg-type]
    assert fake_h2ogpte.state.requests == []


# --- 7. patterns are relative --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("/etc/*", "is absolute: patterns are relative"),
        ("C:\\Users\\*", "is absolute: patterns are relative"),
        ("\\\\server\\share\\*", "is absolute: patterns are relative"),
        ("../*.txt", "leaves the directory"),
        ("sub/../../*", "leaves the directory"),
        ("", "must be a glob"),
        (".", "must be a glob"),
    ],
)
def test_a_pattern_that_is_not_relative_is_refused_before_anything_is_sent(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, pattern: str, problem: str
) -> None:
    c = make()
    (tmp_path / "a.txt").write_bytes(b"a")
    with pytest.raises(H2OGPTEError, match=problem) as caught:
        c.run(c.client.upload_and_ingest("any", tmp_path, pattern=pattern))
    assert not isinstance(caught.value, NotImplementedError)
    assert fake_h2ogpte.state.requests == []


@pytest.mark.parametrize(
    ("path", "pattern", "expected"),
    [
        ("a.csv", "*.csv", True),
        ("deep/er/a.csv", "*.csv", True),
        ("deep/a.csv", "deep/*.csv", True),
        ("x/deep/a.csv", "deep/*.csv", True),
        ("deep/a.csv", "other/*.csv", False),
        ("2024/q1/m/a.csv", "2024/**/*.csv", True),
        ("2024/a.csv", "2024/**/*.csv", True),
        ("2023/q1/a.csv", "2024/**/*.csv", False),
        ("a.txt", "*.csv", False),
        (".env", "*", True),  # hidden files are left out by the walk, not the pattern
        ("a/b/c", "**", True),
    ],
)
def test_patterns_match_as_rglob_reads_them(path: str, pattern: str, expected: bool) -> None:
    assert matches(Path(path).parts, pattern_parts(pattern)) is expected


def test_many_stars_in_a_pattern_cost_no_more_than_one() -> None:
    assert not matches(["a"] * 200, pattern_parts("/".join(["**"] * 50 + ["b"])))


# --- 8. a tuple of paths is paths ------------------------------------------------------------------------


def test_a_tuple_of_paths_is_a_sequence_and_a_name_with_bytes_is_a_pair(
    make: Callable[..., Either], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make()
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.txt", "c.txt"):
        Path(name).write_bytes(name.encode())
    collection_id = _collection_id(c)
    both = c.run(c.client.upload_and_ingest(collection_id, ("a.txt", Path("b.txt")), poll_interval=0.01))
    assert sorted(d.name for d in both.documents) == ["a.txt", "b.txt"]
    strings = c.run(c.client.upload_and_ingest(collection_id, ("b.txt", "c.txt"), poll_interval=0.01))
    assert sorted(d.name for d in strings.documents) == ["b.txt", "c.txt"]
    pair = c.run(c.client.upload_and_ingest(collection_id, ("named.txt", b"bytes"), poll_interval=0.01))
    assert [d.name for d in pair.documents] == ["named.txt"]
    handle = c.run(c.client.upload_and_ingest(collection_id, ("obj.txt", io.BytesIO(b"obj")), poll_interval=0.01))
    assert [d.name for d in handle.documents] == ["obj.txt"]


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        ([("a.txt", Path("b.txt"))], r"\(str, PosixPath\) is not a \(name, content\) pair"),
        ([("notes.txt", "some text")], r"\(str, str\) is not a \(name, content\) pair.*encode text first"),
        ([("a.txt", b"a", b"b")], "is not a .name, content. pair"),
        ([("t.txt", io.StringIO("text"))], "opened in text mode"),
        ([42], "42 is not a path"),
        (b"a.txt", "files must be paths"),
    ],
)
def test_what_is_neither_a_path_nor_a_pair_is_refused_before_anything_is_sent(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, files: Any, problem: str
) -> None:
    c = make()
    with pytest.raises(H2OGPTEError, match=problem):
        c.run(c.client.upload_and_ingest("any", files))
    assert fake_h2ogpte.state.requests == []


# --- 9. documents under the names the server gave them -----------------------------------------------------------


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


# --- 10. directories: unreadable folders, links ------------------------------------------------------------------


def _tree(root: Path) -> Path:
    for name in ["a.txt", ".env", "sub/b.txt", "sub/deeper/c.txt"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(name.encode())
    return root


def test_a_folder_that_cannot_be_read_is_an_upload_error_before_anything_is_sent(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make()
    tree = _tree(tmp_path / "project")
    real_scandir = os.scandir
    locked = tree / "sub" / "deeper"

    def scandir(path: Any = ".") -> Any:
        if isinstance(path, (str, os.PathLike)) and Path(path) == locked:  # as chmod 000 does, unless root
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(UploadError, match=f"cannot read the folder {locked}: Permission denied") as caught:
        c.run(c.client.upload_and_ingest("any", tree))
    assert caught.value.orphaned == []
    assert fake_h2ogpte.state.requests == []


def test_links_are_followed_only_to_files_inside_that_are_not_hidden(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    c = make()
    tree = _tree(tmp_path / "project")
    secrets = tmp_path / "credentials"
    secrets.write_bytes(b"aws_secret_access_key=...")
    (tree / "creds.txt").symlink_to(secrets)  # outside the folder
    (tree / "env.txt").symlink_to(tree / ".env")  # the folder's own hidden file, under another name
    (tree / "sub" / "again.txt").symlink_to(tree / "a.txt")  # inside, not hidden: uploaded
    (tree / "linked").symlink_to(tmp_path, target_is_directory=True)  # a folder: not followed
    collection_id = _collection_id(c)
    with caplog.at_level(logging.WARNING, logger="h2ogpte_ext"):
        result = c.run(c.client.upload_and_ingest(collection_id, tree, poll_interval=0.01))
    assert sorted(d.name for d in result.documents) == ["a.txt", "again.txt", "b.txt", "c.txt"]
    assert f"not uploaded: {tree / 'creds.txt'} is a link to {secrets}, outside {tree}" in caplog.text
    contents = {c.run(c.client.get_document_content(d.id)) for d in result.documents}
    assert contents == {b"a.txt", b"sub/b.txt", b"sub/deeper/c.txt"}  # no credentials, no .env
    # With include_hidden, the link to .env is taken (under its own name); the one outside never is.
    everything = c.run(c.client.upload_and_ingest(collection_id, tree, include_hidden=True, poll_interval=0.01))
    assert sorted(d.name for d in everything.documents) == [".env", "a.txt", "again.txt", "b.txt", "c.txt", "env.txt"]
