from typing import Literal

ChatSessionSource = Literal["schedule", "user"]

CHAT_SESSION_SOURCE_VALUES: set[ChatSessionSource] = {
    "schedule",
    "user",
}


def check_chat_session_source(value: str) -> ChatSessionSource:
    if value in CHAT_SESSION_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_SESSION_SOURCE_VALUES!r}"
    )
