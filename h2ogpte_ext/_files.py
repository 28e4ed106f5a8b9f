"""Downloads that never hold a file in memory and never leave a partial file behind."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from h2ogpte_ext._errors import H2OGPTEError

CHUNK = 1 << 20
NAME_MAX = 255  # bytes of UTF-8 in one file name (Linux, macOS; Windows allows 255 UTF-16 units)
_LONGEST_EXTENSION = 32  # bytes; a longer "extension" is part of the name
# Control characters (C0, DEL, C1), bidi overrides and marks (they can disguise `gpj.exe` as `exe.jpg`), separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069/\\\\:]")


def _split(name: str) -> tuple[str, str]:
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension.encode()) > _LONGEST_EXTENSION:
        return name, ""
    return stem, dot + extension


# The name of a downloaded file whose server name has nothing safe to keep.
UNNAMED = "unnamed"


def numbered(name: str, number: int = 0) -> str:
    """`name` with ` (number)` before its extension (none for 0), shortened to `NAME_MAX` bytes keeping the
    extension.

    >>> numbered("report.csv", 1), len(numbered("x" * 300 + ".csv").encode())
    ('report (1).csv', 255)
    """
    stem, extension = _split(name)
    tail = (f" ({number})" if number else "") + extension
    room = NAME_MAX - len(tail.encode())
    return stem.encode()[:room].decode("utf-8", "ignore") + tail


def safe_name(name: str) -> str:
    """A server-given file name reduced to a safe base name: no directories, `..`, separators, control or
    bidi-override characters, and no longer than the file system allows (the extension is kept).

    >>> safe_name("../../etc/passwd"), safe_name("/abs/x.csv"), safe_name("a\\x00b.txt")
    ('passwd', 'x.csv', 'ab.txt')
    """
    base = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1]
    base = _UNSAFE.sub("", base).strip().lstrip(".")
    if not base:
        raise H2OGPTEError(f"the server gave a file name with nothing safe to keep: {name!r}")
    return numbered(base)


def distinct_names(names: list[str]) -> list[str]:
    """Safe names for files that go to one folder: a name already taken gets ` (1)`, ` (2)`, ...; a name with
    nothing safe in it becomes `unnamed` (one bad name never costs the other files).

    >>> distinct_names(["a/report.csv", "b/report.csv", "Report.csv", "..", "\u202e"])
    ['report.csv', 'report (1).csv', 'Report (2).csv', 'unnamed', 'unnamed (1)']
    """
    taken: set[str] = set()
    chosen = []
    for name in names:
        try:
            base = safe_name(name)
        except H2OGPTEError:
            base = UNNAMED
        number = 0
        # Compared without case: on macOS and Windows `Report.csv` and `report.csv` are one file.
        while (candidate := numbered(base, number)).casefold() in taken:
            number += 1
        taken.add(candidate.casefold())
        chosen.append(candidate)
    return chosen


def targets_in(folder: Path, names: list[str]) -> list[Path]:
    """Where files with these server names go in `folder`, each distinct; a directory in the way is an error
    raised before anything is downloaded."""
    paths = [folder / name for name in distinct_names(names)]
    for path in paths:
        if path.is_dir():
            raise H2OGPTEError(f"{path} is a directory; nothing was downloaded")
    return paths


def file_url(address: str) -> str:
    """Agent and document files are served at /file, outside /api/v1."""
    return f"{address}/file"


class Destination:
    """Where one download goes: written to a temporary file beside the target, renamed only when complete."""

    def __init__(self, target: Path, *, overwrite: bool) -> None:
        self.target = target
        if target.is_dir():
            raise H2OGPTEError(f"{target} is a directory; nothing was downloaded")
        if target.exists() and not overwrite:
            raise H2OGPTEError(f"{target} exists; pass overwrite=True to replace it")
        if not target.parent.is_dir():
            raise H2OGPTEError(f"{target.parent} is not a directory")
        self._file: IO[bytes] | None = None
        self.size = 0

    def __enter__(self) -> Destination:
        # os.open applies the user's umask (0644 typically); mkstemp would make the file 0600.
        prefix = self.target.name.encode()[: NAME_MAX - 32].decode("utf-8", "ignore")
        while True:
            tmp = self.target.parent / f".{prefix}.{secrets.token_hex(6)}.part"
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            except FileExistsError:
                continue
            break
        self._file = os.fdopen(fd, "wb")
        self._tmp = tmp
        return self

    def write(self, chunk: bytes) -> None:
        assert self._file is not None
        self._file.write(chunk)
        self.size += len(chunk)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._file is not None
        self._file.close()
        if exc_type is not None:
            self._tmp.unlink(missing_ok=True)
            return
        try:
            self._tmp.replace(self.target)
        except OSError as error:
            self._tmp.unlink(missing_ok=True)
            raise H2OGPTEError(f"could not put the download at {self.target}: {error.strerror}") from error


def target_path(dest: str | os.PathLike[str], name: str) -> Path:
    """`dest` itself, or `dest/<safe name>` when `dest` is a directory."""
    path = Path(dest)
    return path / safe_name(name) if path.is_dir() else path


@contextlib.contextmanager
def progress_bar(enabled: bool, total: int | None, label: str, *, percent: bool = False) -> Iterator[Any]:
    """A tqdm progress bar when asked for, else a stand-in that ignores updates: of bytes (sizes and B/s), or
    with `percent=True` of a percentage (updates add points up to `total`, 100; no counts or rates)."""
    if not enabled:
        yield _NoBar()
        return
    from tqdm import tqdm  # imported only when a bar is wanted

    units: dict[str, Any] = {"unit": "B", "unit_scale": True, "unit_divisor": 1024}
    if percent:
        units = {"bar_format": "{desc}: {percentage:3.0f}%|{bar}| [{elapsed}<{remaining}]"}
    with tqdm(total=total, desc=label, leave=False, **units) as bar:
        yield bar
        bar.refresh()  # tqdm throttles redraws: without this the last frame shown may stop short of 100 %


class _NoBar:
    n = 0

    def update(self, n: int = 1) -> None:
        pass
