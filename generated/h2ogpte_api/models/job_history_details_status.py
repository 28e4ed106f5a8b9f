from typing import Literal

JobHistoryDetailsStatus = Literal[
    "canceled",
    "completed",
    "failed",
    "queued",
    "running",
    "stale",
    "timeout",
    "unknown",
]

JOB_HISTORY_DETAILS_STATUS_VALUES: set[JobHistoryDetailsStatus] = {
    "canceled",
    "completed",
    "failed",
    "queued",
    "running",
    "stale",
    "timeout",
    "unknown",
}


def check_job_history_details_status(value: str) -> JobHistoryDetailsStatus:
    if value in JOB_HISTORY_DETAILS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOB_HISTORY_DETAILS_STATUS_VALUES!r}"
    )
