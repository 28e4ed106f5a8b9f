from typing import Literal

AdminSessionItemTransport = Literal["anonymous", "keycloak", "spoof", "unknown"]

ADMIN_SESSION_ITEM_TRANSPORT_VALUES: set[AdminSessionItemTransport] = {
    "anonymous",
    "keycloak",
    "spoof",
    "unknown",
}


def check_admin_session_item_transport(value: str) -> AdminSessionItemTransport:
    if value in ADMIN_SESSION_ITEM_TRANSPORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADMIN_SESSION_ITEM_TRANSPORT_VALUES!r}"
    )
