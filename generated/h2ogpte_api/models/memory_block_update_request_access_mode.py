from typing import Literal

MemoryBlockUpdateRequestAccessMode = Literal["read", "read_write", "write"]

MEMORY_BLOCK_UPDATE_REQUEST_ACCESS_MODE_VALUES: set[
    MemoryBlockUpdateRequestAccessMode
] = {
    "read",
    "read_write",
    "write",
}


def check_memory_block_update_request_access_mode(
    value: str,
) -> MemoryBlockUpdateRequestAccessMode:
    if value in MEMORY_BLOCK_UPDATE_REQUEST_ACCESS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_BLOCK_UPDATE_REQUEST_ACCESS_MODE_VALUES!r}"
    )
