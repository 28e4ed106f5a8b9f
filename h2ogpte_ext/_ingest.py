"""What uploading and ingesting needs, decided without I/O: the files to send (checked first), the errors and
the result (the options are `h2ogpte_ext._options`). The I/O is `h2ogpte_ext._async.ingest` (and its sync twin)."""

from __future__ import annotations

import io
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeAlias

from attrs import define, field
from h2ogpte_api.models import Document, JobDetails

from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._jobs import JobError

log = logging.getLogger("h2ogpte_ext")

FileInput: TypeAlias = str | os.PathLike[str] | tuple[str, bytes | IO[bytes]]
Files: TypeAlias = FileInput | Iterable[FileInput]
# Uploads in flight at once (each streams from its own open file, so at most this many files are open): on a WAN
# each request waits a round trip. scripts/bench_bulk.py, 1,000 files of 4 KiB, 20 ms latency, 3 runs:
# 16 gave 8.3-9.8x sequential; 8 gave 5.6-6.0x, 12 7.8-8.2x, 24 8.4x, 32 8.6-9.5x (no faster, more threads).
DEFAULT_UPLOAD_CONCURRENCY = 16


class IngestError(JobError):
    """An ingest job ended `failed` or `canceled`, or did not end in time; `.job` has the server's details."""


class UploadError(H2OGPTEError):
    """`upload_and_ingest` failed before its ingest job started (an upload failed, a file could not be read,
    the job was refused); the uploads it had made were deleted. The original error is `__cause__`;
    `.orphaned` lists the upload ids that could not be deleted (each logged at WARNING)."""

    def __init__(self, message: str, orphaned: list[str]) -> None:
        super().__init__(message)
        self.orphaned = orphaned


@define(frozen=True)
class IngestResult:
    """The finished job and exactly the documents it added, or the running job with `wait=False`."""

    job: JobDetails
    documents: list[Document] = field(factory=list)


@define(frozen=True)
class Source:
    """One file to upload: a path on disk, or bytes / a binary file object under a name."""

    name: str
    size: int | None
    path: Path | None = None
    content: bytes | IO[bytes] | None = None

    @contextmanager
    def open(self) -> Iterator[IO[bytes]]:
        if self.path is not None:
            with self.path.open("rb") as handle:
                yield handle
        elif isinstance(self.content, bytes):
            yield io.BytesIO(self.content)
        else:
            assert self.content is not None
            yield self.content


def _size_of(handle: IO[bytes]) -> int | None:
    try:
        position = handle.tell()
        end = handle.seek(0, io.SEEK_END)
        handle.seek(position)
        return end - position
    except (OSError, ValueError, AttributeError):
        return None  # not seekable: its size is known once read


def _special_kind(mode: int) -> str | None:
    """What a path that is neither a regular file nor a directory is, or None for those two."""
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return None


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _directory_sources(root: Path, pattern: str, include_hidden: bool, problems: list[str]) -> list[Source]:
    found: list[Source] = []
    for path in sorted(root.rglob(pattern)):
        if not include_hidden and _hidden(path, root):
            continue
        try:
            mode = path.stat()
        except OSError as exc:
            problems.append(f"cannot read {path}: {exc.strerror}")
            continue
        if stat.S_ISDIR(mode.st_mode):
            continue
        if (kind := _special_kind(mode.st_mode)) is not None:
            problems.append(f"{path} is a {kind}, not a regular file")
            continue
        if mode.st_size == 0:
            problems.append(f"{path} is empty")
        found.append(Source(path.name, mode.st_size, path=path))
    if not found and not problems:
        problems.append(f"directory {root} has no files matching {pattern!r}")
    return found


def sources(files: Files, pattern: str = "*", include_hidden: bool = False) -> list[Source]:
    """Every file to upload, checked before anything is sent: a missing path, a FIFO or device, a directory
    with nothing matching `pattern`, or an empty file is an error naming it. Directories skip hidden files
    and folders (`.env`, `.git/`) unless `include_hidden`."""
    if isinstance(files, (str, os.PathLike)) or (
        isinstance(files, tuple) and len(files) == 2 and isinstance(files[0], str) and not isinstance(files[1], str)
    ):
        items: list[Any] = [files]
    else:
        items = list(files)
    found: list[Source] = []
    problems: list[str] = []
    for item in items:
        if isinstance(item, tuple):
            name, content = item
            size = len(content) if isinstance(content, bytes) else _size_of(content)
            if size == 0:
                problems.append(f"{name} is empty")
            found.append(Source(name, size, content=content))
            continue
        path = Path(item)
        try:
            mode = path.stat()
        except OSError:
            problems.append(f"no such file: {path}")
            continue
        if stat.S_ISDIR(mode.st_mode):
            found.extend(_directory_sources(path, pattern, include_hidden, problems))
        elif (kind := _special_kind(mode.st_mode)) is not None:
            problems.append(f"{path} is a {kind}, not a regular file")
        elif mode.st_size == 0:
            problems.append(f"{path} is empty")
        else:
            found.append(Source(path.name, mode.st_size, path=path))
    if problems:
        raise H2OGPTEError("nothing was uploaded: " + "; ".join(problems))
    if not found:
        raise H2OGPTEError("nothing was uploaded: no files were given")
    return found


def check_concurrency(concurrency: int) -> int:
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise H2OGPTEError(f"concurrency must be a whole number >= 1, not {concurrency!r}")
    return concurrency


def added(documents: list[Document], known: set[str], names: set[str] | None) -> list[Document]:
    """The documents a job added: not there before it (an older one may have the same name), and, when the
    job ingested named files, one of those."""
    return [d for d in documents if d.id not in known and (names is None or d.name in names)]


class Counted(io.RawIOBase):
    """A binary file that reports each read to a progress bar (httpx reads it in chunks)."""

    def __init__(self, handle: IO[bytes], bar: Any) -> None:
        self.handle, self.bar = handle, bar

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(size)
        self.bar.update(len(chunk))
        return chunk

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self.handle.seek(offset, whence)

    def tell(self) -> int:
        return self.handle.tell()

    def fileno(self) -> int:
        return self.handle.fileno()


def upload_url(address: str) -> str:
    """The REST API has no operation to delete an upload; the vendor's client deletes one at /rpc/fs?id=."""
    return f"{address}/rpc/fs"


def failure(step: str, exc: Exception, upload_ids: list[str], left: list[str]) -> UploadError:
    if not upload_ids:
        outcome = "nothing had been uploaded"
    elif not left:
        outcome = f"the {len(upload_ids)} upload(s) already made were deleted"
    else:
        outcome = f"{len(left)} of {len(upload_ids)} upload(s) could not be deleted: {', '.join(left)}"
    return UploadError(f"{step} failed: {exc}; {outcome}", left)
