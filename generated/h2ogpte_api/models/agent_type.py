from typing import Literal

AgentType = Literal["built_in", "claude", "crewai", "langgraph", "openai"]

AGENT_TYPE_VALUES: set[AgentType] = {
    "built_in",
    "claude",
    "crewai",
    "langgraph",
    "openai",
}


def check_agent_type(value: str) -> AgentType:
    if value in AGENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_TYPE_VALUES!r}"
    )
