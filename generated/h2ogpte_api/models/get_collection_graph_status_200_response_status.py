from typing import Literal

GetCollectionGraphStatus200ResponseStatus = Literal[
    "building", "failed", "none", "ready"
]

GET_COLLECTION_GRAPH_STATUS_200_RESPONSE_STATUS_VALUES: set[
    GetCollectionGraphStatus200ResponseStatus
] = {
    "building",
    "failed",
    "none",
    "ready",
}


def check_get_collection_graph_status_200_response_status(
    value: str,
) -> GetCollectionGraphStatus200ResponseStatus:
    if value in GET_COLLECTION_GRAPH_STATUS_200_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_COLLECTION_GRAPH_STATUS_200_RESPONSE_STATUS_VALUES!r}"
    )
