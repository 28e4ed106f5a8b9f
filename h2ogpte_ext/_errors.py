"""Every error this SDK raises, in one tree keyed by what the caller does next (modelled on openai-python's).

    H2OGPTEError                      anything this SDK raises; a bad argument or setting is one too
    ├── APIConnectionError            no (complete) response came: the connection failed or was dropped
    │   └── APITimeoutError           ... because a timeout ran out
    ├── APIStatusError                the server answered 4xx/5xx (or a redirect that is not followed)
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       5xx
    ├── APIResponseValidationError    a 2xx whose body is not what the operation documents
    ├── StreamError                   a streamed answer sent an `error` line or a line that is not JSON
    ├── DownloadError                 a download could not be put in its file
    ├── UploadError                   `upload_and_ingest` failed before its ingest job started
    ├── JobError                      a job failed, was canceled, or did not end by the deadline
    │   └── IngestError               ... an ingest job
    ├── UsageError                    arguments that do not fit the operation (the CLI's `api` command)
    ├── NotInSpecError                a helper needs an operation, field or option this client's spec lacks
    └── AnswerKept                    the CLI's own: the answer was printed, a call after it failed

Only the classes and their attributes live here; which error a response or an httpx exception becomes is
decided next to the transport (`h2ogpte_ext._transport`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from h2ogpte_api.models import JobDetails

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DownloadError",
    "H2OGPTEError",
    "IngestError",
    "InternalServerError",
    "JobError",
    "NotFoundError",
    "NotInSpecError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamError",
    "UnprocessableEntityError",
    "UploadError",
    "UsageError",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")


class H2OGPTEError(Exception):
    """Base of every error this SDK raises."""


class APIConnectionError(H2OGPTEError):
    """No (complete) response came: the connection failed or was dropped."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request: httpx.Request | None = request


class APITimeoutError(APIConnectionError):
    """The request timed out before a response came."""


class StreamError(H2OGPTEError):
    """A streamed answer failed: the server sent an `error` line, or a line that is not JSON."""

    def __init__(self, message: str, *, line_number: int | None = None) -> None:
        super().__init__(message)
        self.line_number: int | None = line_number


class DownloadError(H2OGPTEError):
    """A download could not be put in its file: the folder cannot be made or written, the disk is full, a file
    is in the way (`overwrite=False`), ... The partial file was removed; `.target` is the file meant, and an
    OS error behind it is `__cause__`."""

    def __init__(self, message: str, *, target: Path | None = None) -> None:
        super().__init__(message)
        self.target: Path | None = target


class UploadError(H2OGPTEError):
    """`upload_and_ingest` failed before its ingest job started (an upload failed, a file could not be read,
    the job was refused); the uploads it had made were deleted. The original error is `__cause__`;
    `.orphaned` lists the upload ids that could not be deleted (each logged at WARNING)."""

    def __init__(self, message: str, orphaned: list[str]) -> None:
        super().__init__(message)
        self.orphaned: list[str] = orphaned


class JobError(H2OGPTEError):
    """A job ended `failed` or `canceled`, or did not end within the deadline.

    `.job_id` names the job; `.job` is the server's last `JobDetails` (None when no poll answered before the
    deadline), `.status` its `overall_status` (None then too; a status this client does not know is kept as the
    server sent it), `.errors` its error messages.
    """

    def __init__(self, message: str, job: JobDetails | None, *, job_id: str | None = None) -> None:
        super().__init__(message)
        self.job: JobDetails | None = job
        self.job_id: str | None = job.id if job is not None else job_id
        self.status: str | None = job.overall_status if job is not None else None
        self.errors: list[str] = list(job.errors or []) if job is not None else []


class IngestError(JobError):
    """An ingest job ended `failed` or `canceled`, or did not end in time; `.job` has the server's details."""


class UsageError(H2OGPTEError):
    """Arguments that do not fit the operation: an unknown or missing parameter, a value of the wrong type."""


def _request_id(response: httpx.Response) -> str | None:
    return next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)


class APIResponseValidationError(H2OGPTEError):
    """A success status whose body is not what the operation documents: not JSON (an HTML page from a proxy),
    a model that does not parse, or a 2xx status the spec does not list.

    `.status_code`, `.body` (the text, capped), `.response` and `.request_id` as on `APIStatusError`; the parse
    error is the `__cause__`.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.body: Any = body
        self.request_id: str | None = _request_id(response)


class APIStatusError(H2OGPTEError):
    """The server answered with a 4xx or 5xx status, or with a redirect that is not followed (a request other
    than GET or HEAD sent to another path, or turned into a GET).

    `str(error)` is the server's own message; `.status_code`, `.body` (parsed JSON, else text; from at most
    the first 64 KiB of the response), `.request_id`, `.retry_after` (the server's `Retry-After` in seconds,
    or None) and `.response` give the rest. Request headers (the API key) are never included.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.body: Any = body
        self.request_id: str | None = _request_id(response)
        self.retry_after: float | None = retry_after


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """5xx"""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The class of the error for an HTTP status of 400 or more."""
    return _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)


class AnswerKept(H2OGPTEError):
    """(The CLI's own.) A call after the answer failed (its references, metadata or files): the answer was
    printed, and the chat session holding it is kept and named. The failure is the cause."""

    def __init__(self, message: str, *, session_id: str, message_id: str | None) -> None:
        super().__init__(message)
        self.session_id: str = session_id
        self.message_id: str | None = message_id


class NotInSpecError(H2OGPTEError):
    """A helper needs what the spec this client was generated from does not have (an operation, a field, an
    option): raised before anything is sent. `.helper`, `.missing` and `.spec` (title and version) say which."""

    def __init__(self, helper: str, missing: list[str], spec: str) -> None:
        lacks = [m for m in missing if not m.startswith("required option ")]
        asks = [m.removeprefix("required option ") for m in missing if m.startswith("required option ")]
        reasons = [f"{spec} lacks {', '.join(lacks)}"] if lacks else []
        reasons += [f"{spec} requires {', '.join(asks)}: pass it as a keyword argument"] if asks else []
        super().__init__(
            f"{helper} cannot run on this server's API: {'; '.join(reasons)} "
            "(see `h2ogpte-ext spec check`, or regenerate from the server's spec)"
        )
        self.helper: str = helper
        self.missing: list[str] = missing
        self.spec: str = spec
