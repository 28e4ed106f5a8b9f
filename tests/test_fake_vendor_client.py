"""A client nobody on this project wrote accepts the fake's responses: the vendor's `h2ogpte.rest_sync`,
with its strict pydantic models, drives every simulated step of the guide against the fake."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from h2ogpte.rest_sync import ApiClient, Configuration
from h2ogpte.rest_sync.api import AgentsApi, ChatApi, CollectionsApi, DocumentIngestionApi, JobsApi, ModelsApi
from h2ogpte.rest_sync.models import (
    ChatCompletionRequest,
    CollectionCreateRequest,
    UpdateAgentToolPreferenceRequest,
)

from h2ogpte_ext.testing import FakeH2OGPTE, simulated_operations


@pytest.fixture
def vendor(fake_h2ogpte: FakeH2OGPTE) -> Iterator[ApiClient]:
    config = Configuration(host=f"{fake_h2ogpte.url}/api/v1", access_token=fake_h2ogpte.api_key)
    with ApiClient(config) as client:
        yield client


def test_vendor_client_runs_the_guide_against_the_fake(vendor: ApiClient, figures: list[str]) -> None:
    called: set[str] = set()

    def track(name: str) -> str:
        called.add(name)
        return name

    models, collections, ingestion = ModelsApi(vendor), CollectionsApi(vendor), DocumentIngestionApi(vendor)
    chat, jobs, agents = ChatApi(vendor), JobsApi(vendor), AgentsApi(vendor)

    assert getattr(models, track("list_models"))()
    collection = getattr(collections, track("create_collection"))(
        CollectionCreateRequest(name="vendor", description="checked by the vendor's client")
    )
    assert getattr(collections, track("get_collection"))(collection.id).name == "vendor"
    assert [c.id for c in getattr(collections, track("list_collections"))(limit=5)] == [collection.id]

    upload = getattr(ingestion, track("upload_file"))(file=("sales.csv", b"a,b\n1,2\n"))
    getattr(ingestion, track("ingest_upload"))([upload.id], collection_id=collection.id)
    second = ingestion.upload_file(file=("notes.txt", b"hello"))
    job = getattr(ingestion, track("create_ingest_upload_job"))([second.id], collection_id=collection.id)
    while job.overall_status == "in progress":
        job = getattr(jobs, track("get_job"))(job.id)
    assert job.overall_status == "completed"
    documents = getattr(collections, track("list_documents_for_collection"))(collection.id)
    assert sorted(d.name for d in documents) == ["notes.txt", "sales.csv"]

    session = getattr(chat, track("create_chat_session"))()
    rag = chat.create_chat_session(collection_id=collection.id)
    request = ChatCompletionRequest(
        message="Save the totals as 'totals.csv'",
        llm="auto",
        llm_args={"use_agent": True, "agent_accuracy": "quick"},
        rag_config={"rag_type": "llm_only"},
    )
    completion = getattr(chat, track("get_completion"))(session.id, request)
    assert getattr(chat, track("get_chat_session"))(session.id).id == session.id
    assert len(getattr(chat, track("list_chat_sessions"))(limit=5)) == 2
    messages = getattr(chat, track("get_chat_session_messages"))(session.id, offset=0, limit=20)
    assert messages[-1].reply_to == messages[0].id
    assert getattr(chat, track("list_questions_for_chat_session"))(session.id, limit=2)
    (files_meta,) = getattr(chat, track("get_message_meta"))(completion.message_id, info_type="agent_files")
    assert [list(e.values()) for e in json.loads(files_meta.content)] == [["totals.csv"]]
    rag_answer = chat.get_completion(rag.id, ChatCompletionRequest(message="What is in there?"))
    assert getattr(chat, track("get_message_references"))(rag_answer.message_id)

    (server_file,) = getattr(chat, track("list_agent_server_files"))(session.id)
    (directory,) = getattr(chat, track("list_all_agent_server_directories_stats"))(session.id, detail_level=1)
    single = getattr(chat, track("get_agent_server_directory_stats"))(session.id, directory.id, detail_level=1)
    assert single.file_count == 1 and server_file.filename == "totals.csv"
    assert getattr(agents, track("list_agent_directory_stats"))(offset=0, limit=10)
    assert getattr(agents, track("list_agent_tools"))()
    getattr(agents, track("update_agent_tool_preference"))(UpdateAgentToolPreferenceRequest(reference_value=["python"]))
    assert getattr(agents, track("list_agent_tool_preference"))() == ["python"]
    getattr(agents, track("delete_agent_tool_preference"))()

    for control in ("pause_chat_message", "resume_chat_message", "stop_chat_message", "finish_chat_message"):
        getattr(chat, track(control))(messages[0].id)
    getattr(chat, track("delete_agent_server_files"))(session.id)
    # The vendor's typed delete_chat_session parses a ChatSession out of its 204, which HTTP leaves empty
    # (RFC 9110, 15.3.5), so it fails against any server; its raw form is the usable one.
    track("delete_chat_session")
    for chat_id in (session.id, rag.id):
        assert chat.delete_chat_session_without_preload_content(chat_id).status == 204
    getattr(collections, track("delete_collection"))(collection.id)

    assert called == simulated_operations(), sorted(simulated_operations() ^ called)
    figures.append(f"vendor client (h2ogpte.rest_sync) accepted the fake on all {len(called)} simulated operations")
