"""Downloads that never hold a file in memory and never leave a partial file behind."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from h2ogpte_ext._errors import H2OGPTEError

CHUNK = 1 << 20
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:]")


def safe_name(name: str) -> str:
    """A server-given file name reduced to a safe base name: no directories, `..`, separators or control chars.

    >>> safe_name("../../etc/passwd"), safe_name("/abs/x.csv"), safe_name("a\\x00b.txt")
    ('passwd', 'x.csv', 'ab.txt')
    """
    base = re.split(r"[/\\]", unicodedata.normalize("NFC", name))[-1]
    base = _UNSAFE.sub("", base).strip().lstrip(".")
    if not base:
        raise H2OGPTEError(f"the server gave a file name with nothing safe to keep: {name!r}")
    return base


def file_url(address: str) -> str:
    """Agent and document files are served at /file, outside /api/v1."""
    return f"{address}/file"


class Destination:
    """Where one download goes: written to a temporary file beside the target, renamed only when complete."""

    def __init__(self, target: Path, *, overwrite: bool) -> None:
        self.target = target
        if target.exists() and not overwrite:
            raise H2OGPTEError(f"{target} exists; pass overwrite=True to replace it")
        if not target.parent.is_dir():
            raise H2OGPTEError(f"{target.parent} is not a directory")
        self._file: IO[bytes] | None = None
        self.size = 0

    def __enter__(self) -> Destination:
        fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent)
        self._file = os.fdopen(fd, "wb")
        self._tmp = Path(tmp)
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
        if exc_type is None:
            self._tmp.replace(self.target)
        else:
            self._tmp.unlink(missing_ok=True)


def target_path(dest: str | os.PathLike[str], name: str) -> Path:
    """`dest` itself, or `dest/<safe name>` when `dest` is a directory."""
    path = Path(dest)
    return path / safe_name(name) if path.is_dir() else path


@contextlib.contextmanager
def progress_bar(enabled: bool, total: int | None, label: str) -> Iterator[Any]:
    """A tqdm progress bar when asked for, else a stand-in that ignores updates."""
    if not enabled:
        yield _NoBar()
        return
    from tqdm import tqdm  # imported only when a bar is wanted

    with tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc=label, leave=False) as bar:
        yield bar
        bar.refresh()  # tqdm throttles redraws: without this the last frame shown may stop short of 100 %


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass
