from typing import Literal

ChatCompletionRequestIncludeChatHistory = Literal["auto", "false", "true"]

CHAT_COMPLETION_REQUEST_INCLUDE_CHAT_HISTORY_VALUES: set[
    ChatCompletionRequestIncludeChatHistory
] = {
    "auto",
    "false",
    "true",
}


def check_chat_completion_request_include_chat_history(
    value: str,
) -> ChatCompletionRequestIncludeChatHistory:
    if value in CHAT_COMPLETION_REQUEST_INCLUDE_CHAT_HISTORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_INCLUDE_CHAT_HISTORY_VALUES!r}"
    )
