from typing import Literal

SharepointOnlineCredentialsAuthType = Literal["app", "user"]

SHAREPOINT_ONLINE_CREDENTIALS_AUTH_TYPE_VALUES: set[
    SharepointOnlineCredentialsAuthType
] = {
    "app",
    "user",
}


def check_sharepoint_online_credentials_auth_type(
    value: str,
) -> SharepointOnlineCredentialsAuthType:
    if value in SHAREPOINT_ONLINE_CREDENTIALS_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHAREPOINT_ONLINE_CREDENTIALS_AUTH_TYPE_VALUES!r}"
    )
