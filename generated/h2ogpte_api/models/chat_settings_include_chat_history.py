from typing import Literal

ChatSettingsIncludeChatHistory = Literal["auto", "off", "on"]

CHAT_SETTINGS_INCLUDE_CHAT_HISTORY_VALUES: set[ChatSettingsIncludeChatHistory] = {
    "auto",
    "off",
    "on",
}


def check_chat_settings_include_chat_history(
    value: str,
) -> ChatSettingsIncludeChatHistory:
    if value in CHAT_SETTINGS_INCLUDE_CHAT_HISTORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_SETTINGS_INCLUDE_CHAT_HISTORY_VALUES!r}"
    )
