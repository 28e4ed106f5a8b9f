from typing import Literal

CollectionUpdateRequestRagType = Literal[
    "all_data", "auto", "hyde1", "hyde2", "llm_only", "rag", "rag+"
]

COLLECTION_UPDATE_REQUEST_RAG_TYPE_VALUES: set[CollectionUpdateRequestRagType] = {
    "all_data",
    "auto",
    "hyde1",
    "hyde2",
    "llm_only",
    "rag",
    "rag+",
}


def check_collection_update_request_rag_type(
    value: str,
) -> CollectionUpdateRequestRagType:
    if value in COLLECTION_UPDATE_REQUEST_RAG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLECTION_UPDATE_REQUEST_RAG_TYPE_VALUES!r}"
    )
