from typing import Literal

MemoryBlockCreateRequestAccessMode = Literal["read", "read_write", "write"]

MEMORY_BLOCK_CREATE_REQUEST_ACCESS_MODE_VALUES: set[
    MemoryBlockCreateRequestAccessMode
] = {
    "read",
    "read_write",
    "write",
}


def check_memory_block_create_request_access_mode(
    value: str,
) -> MemoryBlockCreateRequestAccessMode:
    if value in MEMORY_BLOCK_CREATE_REQUEST_ACCESS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_BLOCK_CREATE_REQUEST_ACCESS_MODE_VALUES!r}"
    )
