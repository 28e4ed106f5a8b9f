from typing import Literal

JobDetailsOverallStatus = Literal["canceled", "completed", "failed", "in progress"]

JOB_DETAILS_OVERALL_STATUS_VALUES: set[JobDetailsOverallStatus] = {
    "canceled",
    "completed",
    "failed",
    "in progress",
}


def check_job_details_overall_status(value: str) -> JobDetailsOverallStatus:
    if value in JOB_DETAILS_OVERALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOB_DETAILS_OVERALL_STATUS_VALUES!r}"
    )
