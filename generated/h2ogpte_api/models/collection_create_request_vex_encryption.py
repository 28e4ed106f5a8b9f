from typing import Literal

CollectionCreateRequestVexEncryption = Literal["disabled", "enabled"]

COLLECTION_CREATE_REQUEST_VEX_ENCRYPTION_VALUES: set[
    CollectionCreateRequestVexEncryption
] = {
    "disabled",
    "enabled",
}


def check_collection_create_request_vex_encryption(
    value: str,
) -> CollectionCreateRequestVexEncryption:
    if value in COLLECTION_CREATE_REQUEST_VEX_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLECTION_CREATE_REQUEST_VEX_ENCRYPTION_VALUES!r}"
    )
