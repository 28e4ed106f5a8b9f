from typing import Literal

SharepointIngestionEntryEntryType = Literal[
    "directory", "drive", "drive_by_id", "file", "site"
]

SHAREPOINT_INGESTION_ENTRY_ENTRY_TYPE_VALUES: set[SharepointIngestionEntryEntryType] = {
    "directory",
    "drive",
    "drive_by_id",
    "file",
    "site",
}


def check_sharepoint_ingestion_entry_entry_type(
    value: str,
) -> SharepointIngestionEntryEntryType:
    if value in SHAREPOINT_INGESTION_ENTRY_ENTRY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHAREPOINT_INGESTION_ENTRY_ENTRY_TYPE_VALUES!r}"
    )
