from typing import Literal

MemoryBlockCreateRequestInjectionMode = Literal[
    "agent_file", "agent_tool", "system_prompt", "user_instruction"
]

MEMORY_BLOCK_CREATE_REQUEST_INJECTION_MODE_VALUES: set[
    MemoryBlockCreateRequestInjectionMode
] = {
    "agent_file",
    "agent_tool",
    "system_prompt",
    "user_instruction",
}


def check_memory_block_create_request_injection_mode(
    value: str,
) -> MemoryBlockCreateRequestInjectionMode:
    if value in MEMORY_BLOCK_CREATE_REQUEST_INJECTION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_BLOCK_CREATE_REQUEST_INJECTION_MODE_VALUES!r}"
    )
