from typing import Literal

ProcessDocumentJobRequestSamplingStrategy = Literal[
    "auto", "first", "first+last", "uniform"
]

PROCESS_DOCUMENT_JOB_REQUEST_SAMPLING_STRATEGY_VALUES: set[
    ProcessDocumentJobRequestSamplingStrategy
] = {
    "auto",
    "first",
    "first+last",
    "uniform",
}


def check_process_document_job_request_sampling_strategy(
    value: str,
) -> ProcessDocumentJobRequestSamplingStrategy:
    if value in PROCESS_DOCUMENT_JOB_REQUEST_SAMPLING_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROCESS_DOCUMENT_JOB_REQUEST_SAMPLING_STRATEGY_VALUES!r}"
    )
