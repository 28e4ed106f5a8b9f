from typing import Literal

DocumentStatus = Literal[
    "agent_only",
    "canceled",
    "completed",
    "failed",
    "queued",
    "running",
    "scheduled",
    "unknown",
]

DOCUMENT_STATUS_VALUES: set[DocumentStatus] = {
    "agent_only",
    "canceled",
    "completed",
    "failed",
    "queued",
    "running",
    "scheduled",
    "unknown",
}


def check_document_status(value: str) -> DocumentStatus:
    if value in DOCUMENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOCUMENT_STATUS_VALUES!r}"
    )
