from typing import Literal

SetDefaultMemoryBlockResponseScope = Literal["agent", "llm"]

SET_DEFAULT_MEMORY_BLOCK_RESPONSE_SCOPE_VALUES: set[
    SetDefaultMemoryBlockResponseScope
] = {
    "agent",
    "llm",
}


def check_set_default_memory_block_response_scope(
    value: str,
) -> SetDefaultMemoryBlockResponseScope:
    if value in SET_DEFAULT_MEMORY_BLOCK_RESPONSE_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_DEFAULT_MEMORY_BLOCK_RESPONSE_SCOPE_VALUES!r}"
    )
