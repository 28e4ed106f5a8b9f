from typing import Literal

UpdateAgentKeyRequestType = Literal["private", "shared"]

UPDATE_AGENT_KEY_REQUEST_TYPE_VALUES: set[UpdateAgentKeyRequestType] = {
    "private",
    "shared",
}


def check_update_agent_key_request_type(value: str) -> UpdateAgentKeyRequestType:
    if value in UPDATE_AGENT_KEY_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_KEY_REQUEST_TYPE_VALUES!r}"
    )
