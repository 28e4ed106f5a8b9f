# Written by scripts/unasync_twins.py from h2ogpte_ext/_async/documents.py: edit that file, not this one.
"""Documents and texts in one call each: ask about a text, summarise or extract from it, process a document
(job, wait, result), read a document's bytes, and delete many things at once (waiting for the job)."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

if sys.version_info >= (3, 11):
    from typing import Unpack
else:
    from typing_extensions import Unpack

from h2ogpte_api.models import DocumentSummary, JobDetails, ModelAnswer, ModelExtractionAnswer

from h2ogpte_ext._errors import H2OGPTEError
from h2ogpte_ext._files import file_url
from h2ogpte_ext._jobs import JOB_DEADLINE
from h2ogpte_ext._needs import (
    AnswerQuestionOptions,
    ExtractOptions,
    ProcessDocumentOptions,
    SummarizeOptions,
    check_options,
    require,
    spec_options,
)
from h2ogpte_ext._sync.downloads import DownloadsMixin, check_length
from h2ogpte_ext._sync.jobs import JobsMixin

# What `get_document_content` reads into memory at most; larger documents go to a file (`download_document`).
MAX_CONTENT_BYTES = 64 * 1024 * 1024


def _texts(text: str | Sequence[str]) -> list[str]:
    return [text] if isinstance(text, str) else list(text)


def _answered(answer: ModelAnswer | ModelExtractionAnswer, what: str) -> None:
    if answer.error:
        raise H2OGPTEError(f"{what}: the LLM {answer.llm or ''} answered with an error: {answer.error}")


class DocumentsMixin(DownloadsMixin, JobsMixin):
    """`H2OGPTE.answer_question`, `summarize_content`, `extract_data`, `process_document`,
    `get_document_content`, `download_document` and the bulk deletes."""

    def answer_question(
        self,
        question: str,
        context: str | Sequence[str],
        *,
        llm: str = "auto",
        **options: Unpack[AnswerQuestionOptions],
    ) -> ModelAnswer:
        """Ask `question` about the given text(s), without a collection; returns the answer (`.content`).

        answer = client.answer_question("Who won?", "The home team won 3-1.")
        """
        require("answer_question", options)
        check_options(options, AnswerQuestionOptions, what="LLM", also=spec_options("answer_question"))
        answer = self.models.answer_question(llm, question=question, text_context_list=_texts(context), **options)
        _answered(answer, "answer_question")
        return answer

    def summarize_content(
        self, text: str | Sequence[str], *, llm: str = "auto", **options: Unpack[SummarizeOptions]
    ) -> ModelAnswer:
        """Summarise the given text(s); returns the summary (`.content`)."""
        require("summarize_content", options)
        check_options(options, SummarizeOptions, what="LLM", also=spec_options("summarize_content"))
        answer = self.models.summarize_content(llm, text_context_list=list(_texts(text)), **options)
        _answered(answer, "summarize_content")
        return answer

    def extract_data(
        self, text: str | Sequence[str], *, llm: str = "auto", **options: Unpack[ExtractOptions]
    ) -> ModelExtractionAnswer:
        """Extract from the given text(s) what `prompt_extract=` asks for; returns the pieces (`.content`)."""
        require("extract_data", options)
        check_options(options, ExtractOptions, what="LLM", also=spec_options("extract_data"))
        answer = self.models.extract_data(llm, text_context_list=_texts(text), **options)
        _answered(answer, "extract_data")
        return answer

    def process_document(
        self,
        document_id: str,
        *,
        deadline: float | None = JOB_DEADLINE,
        poll_interval: float = 0.5,
        **options: Unpack[ProcessDocumentOptions],
    ) -> DocumentSummary:
        """Process a document with the LLM (summarise it, or follow `prompt_summary=`, `schema=`, ...), waiting
        for the job; returns the result (`.content`).

            summary = client.process_document(document.id, prompt_summary="List the risks.")
        """
        require("process_document", options)
        check_options(options, ProcessDocumentOptions, what="processing", also=spec_options("process_document"))
        summary_id = str(uuid.uuid4())  # the job writes its result under the id we ask for
        job = self.documents.create_process_document_job(document_id=document_id, summary_id=summary_id, **options)
        self.wait_for_job(job, deadline=deadline, poll_interval=poll_interval)
        return self.documents.get_document_summary(summary_id)

    def get_document_content(self, document_id: str, *, max_bytes: int = MAX_CONTENT_BYTES) -> bytes:
        """A document's original bytes, in memory (at most `max_bytes`; use `download_document` for more)."""
        require("get_document_content")
        document = self.documents.get_document(document_id)
        params = {"id": document_id, "name": document.name}
        with self._http.stream("GET", file_url(self.address), params=params) as response:
            parts: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise H2OGPTEError(
                        f"document {document_id} ({document.name}) is larger than max_bytes={max_bytes}: "
                        "use download_document() to stream it to a file"
                    )
                parts.append(chunk)
            check_length(response)
        return b"".join(parts)

    def download_document(
        self, document_id: str, dest: str | Path, *, overwrite: bool = False, progress: bool = False
    ) -> Path:
        """Stream a document's original file to `dest` (a folder: an existing directory or
        a path ending in a separator, made with its parents; else the file's path); returns the path."""
        require("download_document")
        document = self.documents.get_document(document_id)
        return self.download_file(document_id, document.name, dest, overwrite=overwrite, progress=progress)

    def delete_collections(
        self, collection_ids: Sequence[str], *, deadline: float | None = JOB_DEADLINE, poll_interval: float = 0.5
    ) -> JobDetails:
        """Delete collections (and their documents' links) in one job, waiting for it."""
        require("delete_collections")
        job = self.collections.create_delete_collection_job(collection_ids=list(collection_ids))
        return self.wait_for_job(job, deadline=deadline, poll_interval=poll_interval)

    def delete_documents(
        self, document_ids: Sequence[str], *, deadline: float | None = JOB_DEADLINE, poll_interval: float = 0.5
    ) -> JobDetails:
        """Delete documents in one job, waiting for it."""
        require("delete_documents")
        job = self.documents.create_delete_document_job(document_ids=list(document_ids))
        return self.wait_for_job(job, deadline=deadline, poll_interval=poll_interval)

    def delete_chat_sessions(
        self, session_ids: Sequence[str], *, deadline: float | None = JOB_DEADLINE, poll_interval: float = 0.5
    ) -> JobDetails:
        """Delete chat sessions in one job, waiting for it."""
        require("delete_chat_sessions")
        job = self.chat.create_delete_chat_session_job(session_ids=list(session_ids))
        return self.wait_for_job(job, deadline=deadline, poll_interval=poll_interval)
