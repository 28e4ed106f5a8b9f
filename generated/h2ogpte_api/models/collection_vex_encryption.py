from typing import Literal

CollectionVexEncryption = Literal["disabled", "enabled"]

COLLECTION_VEX_ENCRYPTION_VALUES: set[CollectionVexEncryption] = {
    "disabled",
    "enabled",
}


def check_collection_vex_encryption(value: str) -> CollectionVexEncryption:
    if value in COLLECTION_VEX_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLECTION_VEX_ENCRYPTION_VALUES!r}"
    )
