from typing import Literal

CollectionRagType = Literal[
    "all_data", "auto", "hyde1", "hyde2", "llm_only", "rag", "rag+"
]

COLLECTION_RAG_TYPE_VALUES: set[CollectionRagType] = {
    "all_data",
    "auto",
    "hyde1",
    "hyde2",
    "llm_only",
    "rag",
    "rag+",
}


def check_collection_rag_type(value: str) -> CollectionRagType:
    if value in COLLECTION_RAG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLECTION_RAG_TYPE_VALUES!r}"
    )
