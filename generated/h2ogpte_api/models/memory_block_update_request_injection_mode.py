from typing import Literal

MemoryBlockUpdateRequestInjectionMode = Literal[
    "agent_file", "agent_tool", "system_prompt", "user_instruction"
]

MEMORY_BLOCK_UPDATE_REQUEST_INJECTION_MODE_VALUES: set[
    MemoryBlockUpdateRequestInjectionMode
] = {
    "agent_file",
    "agent_tool",
    "system_prompt",
    "user_instruction",
}


def check_memory_block_update_request_injection_mode(
    value: str,
) -> MemoryBlockUpdateRequestInjectionMode:
    if value in MEMORY_BLOCK_UPDATE_REQUEST_INJECTION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_BLOCK_UPDATE_REQUEST_INJECTION_MODE_VALUES!r}"
    )
