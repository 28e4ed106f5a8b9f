"""The fake's explicit behaviours, one module per tag of the spec (as in `h2ogpte_api.api`).

An operation with a handler here (`@operation("operation_id")`) is answered by it; every other operation is
answered by `_generic` from the spec: the resource store, the permissions table, the job engine, or a value
of its success schema. To simulate a new operation, add a handler to the module of its tag.
"""

from h2ogpte_ext.testing.handlers import (
    admin_sessions,
    agents,
    api_keys,
    chat,
    collections,
    configurations,
    document_ingestion,
    documents,
    extractors,
    graph_rag,
    guardrails,
    jobs,
    llm_registry,
    memory_blocks,
    models,
    permissions,
    prompt_templates,
    secrets,
    shared_chats,
    showcase,
    system,
    tags,
)

MODULES = (
    admin_sessions,
    agents,
    api_keys,
    chat,
    collections,
    configurations,
    document_ingestion,
    documents,
    extractors,
    graph_rag,
    guardrails,
    jobs,
    llm_registry,
    memory_blocks,
    models,
    permissions,
    prompt_templates,
    secrets,
    shared_chats,
    showcase,
    system,
    tags,
)
