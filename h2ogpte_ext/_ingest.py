"""Upload files and ingest them into a collection through the job form, waiting for the outcome."""

from __future__ import annotations

import inspect
import io
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeAlias, cast

from attrs import define, field
from h2ogpte_api.api.collections import list_documents_for_collection
from h2ogpte_api.api.document_ingestion import create_ingest_upload_job, upload_file
from h2ogpte_api.api.jobs import get_job
from h2ogpte_api.models import Document, JobDetails, UploadFileBody
from h2ogpte_api.types import File

from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._flow import Flow, Sleep, call, collect, paginate

FileInput: TypeAlias = str | os.PathLike[str] | tuple[str, bytes | IO[bytes]]
Files: TypeAlias = FileInput | Iterable[FileInput]
FINAL = frozenset({"completed", "failed", "canceled"})
MAX_POLL = 5.0
# Ingest options are the query parameters of the job endpoint (summaries, questions, OCR, ingest mode, ...).
INGEST_OPTIONS = frozenset(inspect.signature(create_ingest_upload_job.sync_detailed).parameters) - {
    "upload_ids",
    "client",
    "body",
    "collection_id",
}


class IngestError(H2OGPTEError):
    """An ingest job ended `failed` or `canceled`, or did not end in time; `.job` has the server's details."""

    def __init__(self, message: str, job: JobDetails) -> None:
        super().__init__(message)
        self.job = job


@define(frozen=True)
class IngestResult:
    """The finished job and the documents it added (by file name), or the running job with `wait=False`."""

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


def sources(files: Files, pattern: str = "*") -> list[Source]:
    """Every file to upload, checked before anything is sent: a missing path, a directory with nothing
    matching `pattern`, or an empty file is an error naming it."""
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
        if path.is_dir():
            matches = sorted(p for p in path.rglob(pattern) if p.is_file())
            if not matches:
                problems.append(f"directory {path} has no files matching {pattern!r}")
            paths = matches
        elif path.is_file():
            paths = [path]
        else:
            problems.append(f"no such file: {path}")
            continue
        for p in paths:
            size = p.stat().st_size
            if size == 0:
                problems.append(f"{p} is empty")
            found.append(Source(p.name, size, path=p))
    if problems:
        raise H2OGPTEError("nothing was uploaded: " + "; ".join(problems))
    if not found:
        raise H2OGPTEError("nothing was uploaded: no files were given")
    return found


def check_options(options: dict[str, Any]) -> None:
    unknown = sorted(set(options) - INGEST_OPTIONS)
    if unknown:
        raise H2OGPTEError(f"unknown ingest option(s) {', '.join(unknown)}; known: {', '.join(sorted(INGEST_OPTIONS))}")


class _Counted(io.RawIOBase):
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


def ingest(
    collection_id: str,
    files: list[Source],
    *,
    wait: bool,
    timeout: float,
    poll_interval: float,
    options: dict[str, Any],
    bar: Any,
) -> Flow[IngestResult]:
    upload_ids = []
    for source in files:
        with source.open() as handle:
            payload = cast(BinaryIO, _Counted(handle, bar))
            uploaded = yield call(upload_file, body=UploadFileBody(file=File(payload=payload, file_name=source.name)))
        upload_ids.append(uploaded.id)
    job: JobDetails = yield call(create_ingest_upload_job, upload_ids, collection_id=collection_id, **options)
    if not wait:
        return IngestResult(job)
    deadline = time.monotonic() + timeout
    delay = poll_interval
    while job.overall_status not in FINAL:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise IngestError(f"ingest job {job.id} did not finish within {timeout:g} s ({job.progress:.0%})", job)
        yield Sleep(min(delay, remaining))
        delay = min(delay * 2, MAX_POLL)
        job = yield call(get_job, job.id)
    if job.overall_status != "completed":
        reasons = "; ".join(job.errors) or "no reason given"
        raise IngestError(f"ingest job {job.id} {job.overall_status}: {reasons}", job)
    names = {source.name for source in files}
    documents = yield from collect(paginate(list_documents_for_collection, collection_id))
    return IngestResult(job, [d for d in documents if d.name in names])
