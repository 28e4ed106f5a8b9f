"""What `upload_and_ingest` sends (`h2ogpte_ext._files`): paths, (name, content) pairs, folders, patterns and
links, checked before anything is sent; names that UTF-8 cannot encode replaced. Sync and async, over real
HTTP to the fake."""

from __future__ import annotations

import errno
import io
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from h2ogpte_ext import H2OGPTEError, UploadError
from h2ogpte_ext._files import FileInput, matches, pattern_parts
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.common import _collection_id
from tests.either import Either

# --- paths and (name, content) pairs ------------------------------------------------------------------------


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


def test_names_of_uploads_that_utf8_cannot_encode_are_replaced(make: Callable[..., Either], tmp_path: Path) -> None:
    c = make()
    collection_id = _collection_id(c)
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"latin-1 name")  # not UTF-8: a lone surrogate in Python
    files: list[FileInput] = [("x\ud800.txt", b"pair"), tmp_path]
    result = c.run(c.client.upload_and_ingest(collection_id, files, poll_interval=0.01))
    assert sorted(d.name for d in result.documents) == ["caf\ufffd.txt", "x\ufffd.txt"]


# --- patterns are relative ----------------------------------------------------------------------------------


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


# --- folders: unreadable ones, links, FIFOs and devices -----------------------------------------------------


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


@pytest.mark.e2e
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
