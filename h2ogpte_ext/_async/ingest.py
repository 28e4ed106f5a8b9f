"""Getting documents into a collection: upload files and ingest them, or ingest from a website, plain text or
cloud storage; each waits for its job and returns exactly the documents it added."""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping, Sequence
from typing import Any, BinaryIO, cast

if sys.version_info >= (3, 11):
    from typing import Unpack
else:
    from typing_extensions import Unpack

from h2ogpte_api.models import JobDetails
from h2ogpte_api.types import UNSET, File, Unset

from h2ogpte_ext import _files
from h2ogpte_ext._async._io import run_bounded
from h2ogpte_ext._async.jobs import AsyncJobsMixin
from h2ogpte_ext._errors import IngestError, JobError
from h2ogpte_ext._files import (
    DEFAULT_UPLOAD_CONCURRENCY,
    Counted,
    Files,
    IngestResult,
    Metadata,
    Source,
    encodable,
    progress_bar,
)
from h2ogpte_ext._jobs import INGEST_DEADLINE, Deadline, check_deadline
from h2ogpte_ext._needs import (
    AzureBlobIngestOptions,
    GCSIngestOptions,
    IngestOptions,
    S3IngestOptions,
    TextIngestOptions,
    WebsiteIngestOptions,
    check_options,
    require,
    spec_options,
)

log = logging.getLogger("h2ogpte_ext")


class AsyncIngestMixin(AsyncJobsMixin):
    """`AsyncH2OGPTE.upload_and_ingest`, `ingest_website`, `ingest_text`, `ingest_from_s3`, ..."""

    async def upload_and_ingest(
        self,
        collection_id: str,
        files: Files,
        *,
        pattern: str = "*",
        include_hidden: bool = False,
        wait: bool = True,
        deadline: float | None = INGEST_DEADLINE,
        poll_interval: float = 0.5,
        progress: bool = False,
        concurrency: int = DEFAULT_UPLOAD_CONCURRENCY,
        metadata: Metadata | None = None,
        file_metadata: Mapping[str, Metadata] | None = None,
        **options: Unpack[IngestOptions],
    ) -> IngestResult:
        """Upload files (streamed, `concurrency` at a time) and ingest them into a collection, waiting until
        the job ends.

            result = await client.upload_and_ingest(collection_id, ["report.pdf", "data/"], gen_doc_summaries=False)
            print([d.name for d in result.documents])

        `files`: a path, a directory, a `(name, content)` pair, or a list (or other iterable) of them. A pair is
        exactly a 2-tuple of a str name and bytes or a binary file object; any other tuple is a sequence of
        sources, so `("a.txt", Path("b.txt"))` and `("a.txt", "b.txt")` are two paths. Directories are read
        recursively, taking the files matching `pattern` (relative, as `Path.rglob` reads it: `*.csv`,
        `reports/*.csv`; an absolute one or one with `..` is refused), skipping hidden files and folders such
        as `.env` and `.git/` unless `include_hidden=True`; a link is followed only to a file inside the
        directory, and is hidden if its target is (links to folders are not followed; a link to a file
        outside is left out, logged at WARNING); a folder that cannot be read is an error. All is checked
        before anything is sent (FIFOs and devices are refused), and the collection must exist. Ingest
        options (`IngestOptions`: `gen_doc_summaries`, `gen_doc_questions`, `ocr_model`, `ingest_mode`, the
        server's own `timeout`, ...) pass through; an unknown one, or a value not of its type, is refused
        before anything is sent. `result.documents` holds the documents this job added, matched to the files
        by the names the server gave them (see `h2ogpte_ext._files.added`). Raises `UploadError` if a step
        before the job fails (the uploads made are deleted first: after a failure no new upload starts),
        `IngestError` (a `JobError`) if the job fails, is canceled or is still running after `deadline`
        seconds.

        Metadata (a JSON object each document keeps: `Document.metadata_dict`, `get_document_metadata`):
        `metadata={...}` for every file, `file_metadata={"a.pdf": {...}}` by the name a file is uploaded under
        (a path's file name, a pair's name), its keys winning over `metadata`'s. The ingest job takes one
        metadata for all its files, so files whose metadata differ are ingested by one job per distinct
        metadata, started one after another once every file is uploaded (`result.jobs`), and waited for
        within the one `deadline`. A name no file has, a key that is not a str, or a value JSON cannot hold
        is an error before anything is sent.

            await client.upload_and_ingest(collection_id, ["a.pdf", "b.pdf"], metadata={"team": "sales"},
                                           file_metadata={"b.pdf": {"quarter": "Q3"}})
        """
        require("upload_and_ingest", options)
        found = _files.sources(files, pattern, include_hidden)
        groups = _files.metadata_groups(found, metadata, file_metadata)
        check_options(options, IngestOptions, what="ingest", also=spec_options("upload_and_ingest"))
        check_deadline(deadline)
        limit = _files.check_concurrency(concurrency)
        # A missing collection costs one request here, not a whole upload first.
        await self.collections.get_collection(collection_id)
        known = await self._document_ids(collection_id) if wait else set()
        total = sum(source.size or 0 for source in found) or None
        with progress_bar(progress, total, f"upload {len(found)} file(s)") as bar:
            uploads = await self._upload(found, bar if progress else None, limit)
        upload_ids = [upload_id for upload_id, _ in uploads]
        jobs: list[JobDetails] = []
        for number, group in enumerate(groups):
            ids = [upload_ids[i] for i in group.files]
            sent = UNSET if group.metadata is None else group.metadata
            try:
                jobs.append(
                    await self.document_ingestion.create_ingest_upload_job(
                        ids, collection_id=collection_id, metadata=sent, **options
                    )
                )
            except Exception as error:
                # The uploads of this job and of those not started yet will never be ingested.
                unsent = [upload_ids[i] for later in groups[number:] for i in later.files]
                left = await self._discard(unsent)
                step = f"starting the ingest job for {len(ids)} upload(s)"
                raise _files.failure(step, error, unsent, left, jobs) from error
        if not wait:
            return IngestResult(jobs[0], jobs=jobs)
        # A file's document may have the name sent or the one the server's upload answer gave (it rewrites some).
        expected = [(source.name, stored) for source, (_, stored) in zip(found, uploads, strict=True)]
        return await self._ingested(collection_id, known, jobs, expected, deadline, poll_interval)

    async def ingest_website(
        self,
        collection_id: str,
        url: str,
        *,
        follow_links: bool | Unset = UNSET,
        max_depth: int | Unset = UNSET,
        max_documents: int | Unset = UNSET,
        deadline: float | None = INGEST_DEADLINE,
        poll_interval: float = 0.5,
        **options: Unpack[WebsiteIngestOptions],
    ) -> IngestResult:
        """Ingest a web page (and, with `follow_links=True`, the pages it links to, `max_depth` links deep, at
        most `max_documents`), waiting for the job; returns the documents it added.

            result = await client.ingest_website(collection_id, "https://example.com/report", follow_links=True)
        """
        require("ingest_website", options)
        check_options(
            options,
            WebsiteIngestOptions,
            what="ingest",
            named=("follow_links", "max_depth", "max_documents"),
            also=spec_options("ingest_website"),
        )
        known = await self._document_ids(collection_id)
        job = await self.document_ingestion.create_ingest_from_website_job(
            url=url,
            collection_id=collection_id,
            follow_links=follow_links,
            max_depth=max_depth,
            max_documents=max_documents,
            **options,
        )
        return await self._ingested(collection_id, known, job, None, deadline, poll_interval)

    async def ingest_text(
        self,
        collection_id: str,
        text: str,
        *,
        name: str,
        deadline: float | None = INGEST_DEADLINE,
        poll_interval: float = 0.5,
        **options: Unpack[TextIngestOptions],
    ) -> IngestResult:
        """Ingest `text` as a document called `name`, waiting for the job; returns the document it added.

            result = await client.ingest_text(collection_id, "Q3 sales were 42 units.", name="q3.txt")

        Text UTF-8 cannot encode (a lone surrogate) is an error naming its position, raised before anything is
        sent; in `name`, such a character becomes U+FFFD.
        """
        require("ingest_text", options)
        check_options(options, TextIngestOptions, what="ingest", also=spec_options("ingest_text"))
        _files.sendable_text(text)
        name = encodable(name)
        known = await self._document_ids(collection_id)
        job = await self.document_ingestion.create_ingest_from_plain_text_job(
            body=text, collection_id=collection_id, file_name=name, **options
        )
        return await self._ingested(collection_id, known, job, [(name,)], deadline, poll_interval)

    async def ingest_from_s3(
        self,
        collection_id: str,
        urls: list[str],
        *,
        deadline: float | None = INGEST_DEADLINE,
        poll_interval: float = 0.5,
        **options: Unpack[S3IngestOptions],
    ) -> IngestResult:
        """Ingest `s3://` objects (`region=`, `credentials=` an `S3Credentials` or a mapping, ...), waiting for
        the job; returns the documents it added."""
        require("ingest_from_s3", options)
        check_options(options, S3IngestOptions, what="ingest", also=spec_options("ingest_from_s3"))
        known = await self._document_ids(collection_id)
        job = await self.document_ingestion.create_ingest_from_s3_job(urls=urls, collection_id=collection_id, **options)
        return await self._ingested(collection_id, known, job, None, deadline, poll_interval)

    async def ingest_from_gcs(
        self,
        collection_id: str,
        urls: list[str],
        *,
        deadline: float | None = INGEST_DEADLINE,
        poll_interval: float = 0.5,
        **options: Unpack[GCSIngestOptions],
    ) -> IngestResult:
        """Ingest `gs://` objects (`credentials=` a `GCSCredentials` or a mapping, ...), waiting for the job;
        returns the documents it added."""
        require("ingest_from_gcs", options)
        check_options(options, GCSIngestOptions, what="ingest", also=spec_options("ingest_from_gcs"))
        known = await self._document_ids(collection_id)
        job = await self.document_ingestion.create_ingest_from_gcs_job(
            urls=urls, collection_id=collection_id, **options
        )
        return await self._ingested(collection_id, known, job, None, deadline, poll_interval)

    async def ingest_from_azure_blob(
        self,
        collection_id: str,
        container: str,
        paths: list[str],
        *,
        account_name: str,
        deadline: float | None = INGEST_DEADLINE,
        poll_interval: float = 0.5,
        **options: Unpack[AzureBlobIngestOptions],
    ) -> IngestResult:
        """Ingest blobs from an Azure Blob Storage container (`credentials=` an `AzureCredentials` or a
        mapping, ...), waiting for the job; returns the documents it added."""
        require("ingest_from_azure_blob", options)
        check_options(options, AzureBlobIngestOptions, what="ingest", also=spec_options("ingest_from_azure_blob"))
        known = await self._document_ids(collection_id)
        job = await self.document_ingestion.create_ingest_from_azure_blob_storage_job(
            container=container, paths=paths, account_name=account_name, collection_id=collection_id, **options
        )
        return await self._ingested(collection_id, known, job, None, deadline, poll_interval)

    # --- the steps they share ---------------------------------------------------------------------------

    async def _document_ids(self, collection_id: str) -> set[str]:
        return {d.id async for d in self.collections.iter_documents_for_collection(collection_id)}

    async def _ingested(
        self,
        collection_id: str,
        known: set[str],
        job: JobDetails | list[JobDetails],
        expected: Sequence[Sequence[str]] | None,
        deadline: float | None,
        poll_interval: float,
    ) -> IngestResult:
        """Wait for the job (or each of the jobs, within the one deadline), then the documents it added."""
        ends = Deadline(deadline)
        done: list[JobDetails] = []
        for each in job if isinstance(job, list) else [job]:
            left = ends.left() if done else deadline  # the first job has the whole deadline, as given
            try:
                done.append(await self.wait_for_job(each, deadline=left, poll_interval=poll_interval))
            except JobError as error:
                raise IngestError(str(error), error.job, job_id=error.job_id) from None
        documents = [d async for d in self.collections.iter_documents_for_collection(collection_id)]
        return IngestResult(done[0], _files.added(documents, known, expected), jobs=done)

    async def _upload(self, found: list[Source], bar: Any | None, limit: int) -> list[tuple[str, str]]:
        """Upload every source, `limit` at a time; returns each one's upload id and the name the server gave it.
        On a failure, delete what was uploaded and raise `UploadError`."""
        uploaded: dict[int, tuple[str, str]] = {}
        positions = {id(source): i for i, source in enumerate(found)}
        failed: list[str] = []

        async def upload(source: Source) -> None:
            try:
                with source.open() as handle:
                    # Counting the bytes for a progress bar costs a call per chunk: only when a bar is shown.
                    payload = cast(BinaryIO, handle if bar is None else Counted(handle, bar))
                    file = File(payload=payload, file_name=source.name)
                    done = await self.document_ingestion.upload_file(file=file)
            except Exception:
                failed.append(str(source.path or source.name))
                raise
            uploaded[positions[id(source)]] = (done.id, done.filename)

        try:
            await run_bounded(upload, found, limit)
        except BaseException as error:  # Ctrl-C or a cancelled task too: what was uploaded is deleted first
            made = [uploaded[i][0] for i in sorted(uploaded)]
            left = await self._discard(made)
            if not isinstance(error, Exception):
                raise
            raise _files.failure(f"uploading {failed[0] if failed else 'the files'}", error, made, left) from error
        return [uploaded[i] for i in range(len(found))]

    async def _discard(self, upload_ids: list[str]) -> list[str]:
        """Delete uploads that will never be ingested, best effort; returns the ids that could not be deleted."""
        left: list[str] = []
        for upload_id in upload_ids:
            try:
                await self._http.request("DELETE", _files.upload_url(self.address), params={"id": upload_id})
            except Exception as error:  # the clean-up must never mask the error that caused it
                log.warning("could not delete upload %s left by a failed upload_and_ingest: %s", upload_id, error)
                left.append(upload_id)
        return left
