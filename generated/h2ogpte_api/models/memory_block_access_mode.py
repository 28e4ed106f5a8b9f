from typing import Literal

MemoryBlockAccessMode = Literal["read", "read_write", "write"]

MEMORY_BLOCK_ACCESS_MODE_VALUES: set[MemoryBlockAccessMode] = {
    "read",
    "read_write",
    "write",
}


def check_memory_block_access_mode(value: str) -> MemoryBlockAccessMode:
    if value in MEMORY_BLOCK_ACCESS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_BLOCK_ACCESS_MODE_VALUES!r}"
    )
