from typing import Literal

CreateAgentKeyRequestType = Literal["private", "shared"]

CREATE_AGENT_KEY_REQUEST_TYPE_VALUES: set[CreateAgentKeyRequestType] = {
    "private",
    "shared",
}


def check_create_agent_key_request_type(value: str) -> CreateAgentKeyRequestType:
    if value in CREATE_AGENT_KEY_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_KEY_REQUEST_TYPE_VALUES!r}"
    )
