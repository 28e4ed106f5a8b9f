from typing import Literal

AgentKeyType = Literal["built_in", "private", "shared"]

AGENT_KEY_TYPE_VALUES: set[AgentKeyType] = {
    "built_in",
    "private",
    "shared",
}


def check_agent_key_type(value: str) -> AgentKeyType:
    if value in AGENT_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_KEY_TYPE_VALUES!r}"
    )
