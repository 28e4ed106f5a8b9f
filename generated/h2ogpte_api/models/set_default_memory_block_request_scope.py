from typing import Literal

SetDefaultMemoryBlockRequestScope = Literal["agent", "llm"]

SET_DEFAULT_MEMORY_BLOCK_REQUEST_SCOPE_VALUES: set[
    SetDefaultMemoryBlockRequestScope
] = {
    "agent",
    "llm",
}


def check_set_default_memory_block_request_scope(
    value: str,
) -> SetDefaultMemoryBlockRequestScope:
    if value in SET_DEFAULT_MEMORY_BLOCK_REQUEST_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_DEFAULT_MEMORY_BLOCK_REQUEST_SCOPE_VALUES!r}"
    )
