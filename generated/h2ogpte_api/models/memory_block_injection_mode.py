from typing import Literal

MemoryBlockInjectionMode = Literal[
    "agent_file", "agent_tool", "system_prompt", "user_instruction"
]

MEMORY_BLOCK_INJECTION_MODE_VALUES: set[MemoryBlockInjectionMode] = {
    "agent_file",
    "agent_tool",
    "system_prompt",
    "user_instruction",
}


def check_memory_block_injection_mode(value: str) -> MemoryBlockInjectionMode:
    if value in MEMORY_BLOCK_INJECTION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_BLOCK_INJECTION_MODE_VALUES!r}"
    )
