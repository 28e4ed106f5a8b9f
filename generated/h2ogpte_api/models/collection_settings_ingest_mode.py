from typing import Literal

CollectionSettingsIngestMode = Literal["agent_only", "lite", "standard"]

COLLECTION_SETTINGS_INGEST_MODE_VALUES: set[CollectionSettingsIngestMode] = {
    "agent_only",
    "lite",
    "standard",
}


def check_collection_settings_ingest_mode(value: str) -> CollectionSettingsIngestMode:
    if value in COLLECTION_SETTINGS_INGEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLECTION_SETTINGS_INGEST_MODE_VALUES!r}"
    )
