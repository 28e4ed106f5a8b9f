from typing import Literal

UpdateUserBuiltinMcpRequestType = Literal["api_app", "oauth_app"]

UPDATE_USER_BUILTIN_MCP_REQUEST_TYPE_VALUES: set[UpdateUserBuiltinMcpRequestType] = {
    "api_app",
    "oauth_app",
}


def check_update_user_builtin_mcp_request_type(
    value: str,
) -> UpdateUserBuiltinMcpRequestType:
    if value in UPDATE_USER_BUILTIN_MCP_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_USER_BUILTIN_MCP_REQUEST_TYPE_VALUES!r}"
    )
