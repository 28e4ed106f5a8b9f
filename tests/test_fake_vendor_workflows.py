"""The vendor's high-level client, `h2ogpte.H2OGPTE` (pinned in the test group), runs the workflows people script
against the fake, unpatched: the REST guide's whole workflow, then one test per workflow (ingest files, a website,
text; a RAG question with citations; multi-turn chat; streaming; cancellation; summarize; structured extraction;
documents; chunk search; sharing; tags; an agent and its files; models; jobs; prompt templates; settings; usage;
imports; chat sessions; collections; clean-up). Its chat runs over the `/ws` websocket (`connect()` and
`session.query()`), as its users' scripts do."""

from __future__ import annotations

import asyncio
import io
import json
import threading
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from h2ogpte import H2OGPTE, H2OGPTEAsync
from h2ogpte.types import ChatMessage, PartialChatMessage

from h2ogpte_ext.testing import FakeH2OGPTE
from tests.in_spec import has, require
from tests.workflows import AGENT_PROMPT, CSV, INVOICE


@pytest.fixture
def vendor(fake_h2ogpte: FakeH2OGPTE) -> H2OGPTE:
    return H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key)


def _collection(vendor: H2OGPTE, name: str = "docs") -> str:
    return str(vendor.create_collection(name, f"the {name} collection"))


def _ingest(vendor: H2OGPTE, collection_id: str, files: dict[str, bytes]) -> list[str]:
    """Upload each file (the vendor's `upload`, `PUT /rpc/fs`) and ingest them in one job; the documents' ids."""
    upload_ids = [vendor.upload(name, io.BytesIO(data)) for name, data in files.items()]
    job = vendor.ingest_uploads(collection_id, upload_ids)
    assert job.completed and not job.failed and job.kind == "IngestUploadsJob"
    documents = vendor.list_documents_in_collection(collection_id, offset=0, limit=100)
    return [d.id for d in documents if d.name in files]


def _ask(vendor: H2OGPTE, session_id: str, message: str, **options: Any) -> ChatMessage:
    with vendor.connect(session_id) as session:
        reply = session.query(message, timeout=30, **options)
    assert reply is not None
    return reply


def test_vendor_runs_the_rest_guides_workflow(vendor: H2OGPTE, tmp_path: Path) -> None:
    """The guide's steps, each through the vendor's client: models, a collection, upload and ingest, a chat
    session, an agent's answer with its files, generation control, message metadata, agent server files and
    directory stats, tools, a download, and clean-up."""
    assert vendor.get_meta().version
    assert vendor.get_llm_names()
    collection_id = _collection(vendor)
    (document_id,) = _ingest(vendor, collection_id, {"sales.csv": CSV})
    session_id = vendor.create_chat_session(collection_id)
    reply = _ask(vendor, session_id, AGENT_PROMPT, llm_args={"use_agent": True, "agent_accuracy": "quick"})
    assert "sales_summary.csv" in reply.content
    question_id = str(reply.reply_to)
    for verb, control in [
        ("pause", vendor.pause_chat),
        ("resume", vendor.resume_chat),
        ("stop", vendor.stop_chat),
        ("finish", vendor.finish_chat),
    ]:
        if has(f"chat.{verb}_chat_message"):  # what the vendor's method calls
            assert control(question_id).status == "completed"
    files = json.loads(vendor.list_chat_message_meta_part(reply.id, "agent_files").content)
    assert sorted(n for entry in files for n in entry.values()) == ["monthly_revenue.md", "sales_summary.csv"]
    assert json.loads(vendor.list_chat_message_meta_part(reply.id, "usage_stats").content)["output_tokens"] > 0
    server_files = vendor.get_agent_server_files(session_id)
    assert sorted(f["filename"] for f in server_files) == ["monthly_revenue.md", "sales_summary.csv"]
    stats = vendor.get_all_directory_stats(session_id, detail_level=1)
    assert stats["agent_files"]["file_count"] == 2
    assert "python" in vendor.get_agent_tools_dict()
    path = vendor.download_document(str(tmp_path), "sales.csv", document_id)
    assert path.read_bytes() == CSV
    vendor.delete_chat_sessions([session_id])
    vendor.delete_collections([collection_id])
    assert vendor.count_collections() == 0


def test_vendor_ingests_files(vendor: H2OGPTE, tmp_path: Path) -> None:
    collection_id = _collection(vendor)
    (tmp_path / "notes.txt").write_text("minutes of the meeting")
    with (tmp_path / "notes.txt").open("rb") as f:
        text_upload = vendor.upload("notes.txt", f)
    csv_upload = vendor.upload("sales.csv", io.BytesIO(CSV))
    job = vendor.ingest_uploads(collection_id, [text_upload, csv_upload])
    assert (job.completed, job.kind, job.files_total) == (True, "IngestUploadsJob", 2)
    documents = vendor.list_documents_in_collection(collection_id, offset=0, limit=10)
    assert sorted(d.name for d in documents) == ["notes.txt", "sales.csv"]
    assert vendor.count_documents_in_collection(collection_id) == 2
    collection = vendor.get_collection(collection_id)
    assert (collection.document_count, collection.document_size) == (2, len(CSV) + len("minutes of the meeting"))


def test_vendor_ingests_a_website(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    job = vendor.ingest_website(collection_id, "https://example.com/pricing.html", follow_links=False)
    assert (job.completed, job.kind) == (True, "IngestWebsiteJob")
    (document,) = vendor.list_documents_in_collection(collection_id, offset=0, limit=10)
    assert document.name == "pricing.html"
    assert b"https://example.com/pricing.html" in vendor.get_document_content(document.name, document.id)


def test_vendor_ingests_text_and_cloud_storage(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    vendor.ingest_from_plain_text(collection_id, "The quarterly revenue rose.", "q3.txt")
    vendor.ingest_from_s3(collection_id, "s3://bucket/report.pdf")
    names = sorted(d.name for d in vendor.list_documents_in_collection(collection_id, offset=0, limit=10))
    assert names == ["q3.txt", "report.pdf"]
    kinds = {job.kind for job in vendor.list_jobs()}
    assert {"IngestPlainTextJob", "IngestFromCloudStorageJob"} <= kinds


def test_vendor_asks_a_rag_question_with_citations(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    document_ids = _ingest(vendor, collection_id, {"sales.csv": CSV, "notes.txt": b"Widget A sells best."})
    session_id = vendor.create_chat_session(collection_id)
    reply = _ask(vendor, session_id, "Which widget sells best?", rag_config={"rag_type": "rag"})
    assert "sales.csv" in reply.content
    references = vendor.list_chat_message_references(reply.id)
    assert {r.document_id for r in references} == set(document_ids)
    assert all(r.collection_id == collection_id for r in references)
    full = vendor.list_chat_messages_full(session_id, offset=0, limit=10)
    assert [m.has_references for m in full] == [False, True]
    assert full[1].total_references == len(references)


def test_vendor_holds_a_multi_turn_chat(vendor: H2OGPTE) -> None:
    session_id = vendor.create_chat_session()
    with vendor.connect(session_id) as session:
        first = session.query("What is a widget?", timeout=30)
        second = session.query("And what does it cost?", timeout=30)
    assert first is not None and second is not None and first.id != second.id
    messages = vendor.list_chat_messages(session_id, offset=0, limit=10)
    assert [m.content for m in messages] == [
        "What is a widget?",
        first.content,
        "And what does it cost?",
        second.content,
    ]
    assert messages[1].reply_to == messages[0].id and messages[3].reply_to == messages[2].id
    assert [q.question for q in vendor.get_chat_session_questions(session_id, limit=2)]
    (info,) = vendor.list_recent_chat_sessions(offset=0, limit=10)
    assert info.latest_message_content == second.content
    assert vendor.set_chat_message_votes(second.id, 1).status == "completed"


def test_vendor_streams_an_answer(vendor: H2OGPTE) -> None:
    session_id = vendor.create_chat_session()
    partials: list[PartialChatMessage] = []
    finals: list[ChatMessage] = []

    def callback(message: ChatMessage | PartialChatMessage) -> None:
        (partials if isinstance(message, PartialChatMessage) else finals).append(message)

    reply = _ask(vendor, session_id, "Tell me about widgets in a few words.", callback=callback)
    assert len(partials) > 3 and finals == [reply]
    assert "".join(p.content for p in partials) == reply.content  # each partial is the next piece
    assert {p.reply_to for p in partials} == {reply.reply_to}


def test_vendor_async_client_chats_over_the_websocket(fake_h2ogpte: FakeH2OGPTE) -> None:
    """`H2OGPTEAsync.connect()` (the older `websockets` client API, `session_async.py`): each partial the next
    piece (the vendor's own CLI adds them up), the answer the whole text, an agent's files as metadata."""

    async def chat() -> None:
        client = H2OGPTEAsync(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key)
        session_id = await client.create_chat_session()
        seen: list[ChatMessage | PartialChatMessage] = []
        async with client.connect(session_id) as session:
            reply = await session.query("Tell me about widgets.", timeout=30, callback=seen.append)
            run = await session.query(AGENT_PROMPT, timeout=30, llm_args={"use_agent": True}, callback=seen.append)
        assert reply is not None and run is not None and "sales_summary.csv" in run.content
        first = seen[: seen.index(reply)]
        assert "".join(m.content for m in first) == reply.content
        assert seen[-1] == run and any(isinstance(m, PartialChatMessage) and m.meta for m in seen)
        messages = await client.list_chat_messages(session_id, offset=0, limit=10)
        assert [m.content for m in messages[1::2]] == [reply.content, run.content]

    asyncio.run(chat())


def test_vendor_cancels_a_streaming_answer(vendor: H2OGPTE, fake_h2ogpte: FakeH2OGPTE) -> None:
    require("chat.stop_chat_message")  # what the vendor's cancel calls
    fake_h2ogpte.state.token_delay = 0.02
    session_id = vendor.create_chat_session()
    stopped = threading.Event()

    def stop_after_the_first_pieces(message: ChatMessage | PartialChatMessage) -> None:
        if isinstance(message, PartialChatMessage) and not stopped.is_set():
            stopped.set()
            assert vendor.stop_chat(str(message.reply_to)).status == "completed"

    message = "Write a long essay about widgets " + "and their prices " * 20
    reply = _ask(vendor, session_id, message, callback=stop_after_the_first_pieces)
    assert stopped.is_set() and 0 < len(reply.content.split()) < len(message.split())
    assert vendor.list_chat_messages(session_id, offset=0, limit=10)[-1].content == reply.content


def test_vendor_summarizes(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    (document_id,) = _ingest(vendor, collection_id, {"notes.txt": b"The meeting agreed on a budget of 10k."})
    summary = vendor.summarize_document(document_id, prompt_summary="Summarize in one line.")
    assert summary.document_id == document_id and summary.content
    assert [s.id for s in vendor.list_recent_document_summaries(document_id, offset=0, limit=10)] == [summary.id]
    answer = vendor.summarize_content(["The meeting agreed on a budget of 10k.", "Next meeting on Monday."])
    assert answer.content and answer.error == ""


def test_vendor_extracts_structured_data(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    (document_id,) = _ingest(vendor, collection_id, {"invoice.txt": b"ACME invoice: 3 x ABC-1234, 120 EUR"})
    processed = vendor.process_document(document_id, schema=INVOICE)
    jsonschema.validate(json.loads(str(processed.content)), INVOICE)
    extracted = vendor.extract_data(["ACME invoice: 3 x ABC-1234"], llm_args={"guided_json": INVOICE})
    assert len(extracted.content) == 1
    jsonschema.validate(json.loads(extracted.content[0]), INVOICE)
    again = vendor.extract_data(["ACME invoice: 3 x ABC-1234"], llm_args={"guided_json": INVOICE})
    assert again.content == extracted.content  # the same answer for the same request
    answer = vendor.answer_question("Which currency?", llm_args={"guided_choice": ["EUR", "USD"]})
    assert answer.content in ("EUR", "USD")
    session_id = vendor.create_chat_session(collection_id)  # a chat answer over the websocket, guided too
    reply = _ask(vendor, session_id, "The invoice as JSON.", llm_args={"guided_json": INVOICE})
    jsonschema.validate(json.loads(reply.content), INVOICE)


def test_vendor_manages_documents(vendor: H2OGPTE, tmp_path: Path) -> None:
    collection_id = _collection(vendor)
    (document_id,) = _ingest(vendor, collection_id, {"sales.csv": CSV})
    document = vendor.get_document(document_id)
    assert (document.name, document.size, document.status) == ("sales.csv", len(CSV), "completed")
    vendor.update_document_name(document_id, "revenue.csv")
    assert vendor.get_document(document_id).name == "revenue.csv"
    assert [c.id for c in vendor.list_collections_for_document(document_id, offset=0, limit=10)] == [collection_id]
    assert vendor.get_document_content("revenue.csv", document_id) == CSV
    assert vendor.download_document(str(tmp_path), "copy.csv", document_id).read_bytes() == CSV
    assert vendor.count_documents_owned_by_me() == 1
    assert [d.id for d in vendor.list_recent_documents(offset=0, limit=10)] == [document_id]


def test_vendor_searches_chunks(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    document_ids = _ingest(vendor, collection_id, {"a.txt": b"alpha", "b.txt": b"beta"})
    hits = vendor.search_chunks(collection_id, "widgets", topics=[], offset=0, limit=10)
    assert sorted(h.name for h in hits) == ["a.txt", "b.txt"]
    assert hits == sorted(hits, key=lambda h: -h.score)
    assert len(vendor.search_chunks(collection_id, "widgets", topics=[], offset=1, limit=10)) == 1
    chunks = vendor.list_document_chunks(document_ids[0], collection_id)
    assert chunks and all(c.name == "a.txt" for c in chunks)


def test_vendor_shares_a_collection(vendor: H2OGPTE) -> None:
    from h2ogpte.types import SharePermission

    collection_id = _collection(vendor)
    (user,) = vendor.list_users(offset=0, limit=10)
    permission = SharePermission(username=user.username, permissions=["read"])
    assert vendor.share_collection(collection_id, permission).status == "completed"
    assert [p.username for p in vendor.list_collection_permissions(collection_id)] == [user.username]
    assert vendor.unshare_collection(collection_id, permission).status == "completed"
    assert vendor.list_collection_permissions(collection_id) == []
    vendor.make_collection_public(collection_id)
    assert vendor.get_collection(collection_id).is_public
    vendor.make_collection_private(collection_id)
    assert not vendor.get_collection(collection_id).is_public


def test_vendor_tags_documents(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    first, second = _ingest(vendor, collection_id, {"a.txt": b"alpha", "b.txt": b"beta"})
    vendor.tag_document(first, "finance")
    vendor.tag_document(second, "legal")
    assert sorted(t.name for t in vendor.list_all_tags()) == ["finance", "legal"]
    vendor.update_tag("finance", "money matters", "text")
    assert vendor.get_tag("finance").description == "money matters"
    assert [d.id for d in vendor.list_documents_from_tags(collection_id, ["finance"])] == [first]
    vendor.untag_document(first, "finance")
    assert vendor.list_documents_from_tags(collection_id, ["finance"]) == []
    require("tags.delete_tag")  # what the vendor's delete_tag calls
    vendor.delete_tag("legal")
    assert [t.name for t in vendor.list_all_tags()] == ["finance"]


def test_vendor_runs_an_agent_and_reads_its_files(vendor: H2OGPTE) -> None:
    session_id = vendor.create_chat_session()
    metas: list[Any] = []

    def callback(message: ChatMessage | PartialChatMessage) -> None:
        if isinstance(message, PartialChatMessage) and message.meta:
            metas.extend(message.meta)

    reply = _ask(vendor, session_id, AGENT_PROMPT, llm_args={"use_agent": True}, callback=callback)
    assert "monthly_revenue.md" in reply.content and metas
    files = json.loads(vendor.list_chat_message_meta_part(reply.id, "agent_files").content)
    ids = {name: doc_id for entry in files for doc_id, name in entry.items()}
    assert sorted(ids) == ["monthly_revenue.md", "sales_summary.csv"]
    content = vendor.get_document_content("sales_summary.csv", ids["sales_summary.csv"])
    assert content.startswith(b"item,value\n")
    history = json.loads(vendor.list_chat_message_meta_part(reply.id, "agent_chat_history").content)
    assert history[0]["content"] == AGENT_PROMPT
    assert vendor.get_directory_stats("agent_files", session_id, detail_level=1)["file_count"] == 2
    assert vendor.delete_agent_server_files(session_id)
    assert vendor.get_agent_server_files(session_id) == []


def test_vendor_lists_models(vendor: H2OGPTE) -> None:
    names = vendor.get_llm_names()
    assert names and [m["display_name"] for m in vendor.get_llms()]
    assert set(vendor.get_vision_capable_llm_names()) <= set(names)
    assert set(vendor.get_reasoning_capable_llm_names()) <= set(names)
    mapping = vendor.get_llm_and_auto_vision_llm_names()
    assert set(mapping) <= set(names) and set(mapping.values()) <= set(names)
    assert vendor.list_embedding_models()
    answer = vendor.answer_question("Hello?", llm=names[0])
    assert answer.llm == names[0] and answer.content


def test_vendor_follows_and_cancels_jobs(vendor: H2OGPTE, fake_h2ogpte: FakeH2OGPTE) -> None:
    collection_id = _collection(vendor)
    _ingest(vendor, collection_id, {"a.txt": b"alpha"})
    (job,) = vendor.list_jobs()
    assert vendor.get_job(job.id).completed
    # A job the client does not wait for, to cancel it: through the generated API the client holds.
    pending = vendor._ingestion_api.create_ingest_from_website_job(
        collection_id=collection_id,
        ingest_from_website_body={"url": "https://example.com"},
        _headers=vendor._get_auth_header(),
    )
    assert vendor.cancel_job(pending.id).status == "completed"
    canceled = vendor.get_job(pending.id)
    assert canceled.canceled and not canceled.completed and canceled.kind == "IngestWebsiteJob"
    assert vendor.get_scheduler_stats().queue_length == 0
    (user_jobs,) = vendor.list_all_jobs()
    assert {j.id for j in user_jobs.jobs} == {job.id, pending.id}


def test_vendor_manages_prompt_templates(vendor: H2OGPTE) -> None:
    template_id = vendor.create_prompt_template("terse", "short answers", system_prompt="Be brief.")
    template = vendor.get_prompt_template(template_id)
    assert (template.name, template.system_prompt, template.is_system_default) == ("terse", "Be brief.", False)
    assert vendor.get_prompt_template().is_system_default  # the default one
    assert [t.id for t in vendor.list_recent_prompt_templates(offset=0, limit=10)] == [template_id]
    assert vendor.count_prompt_templates() == 1
    vendor.update_prompt_template(template_id, "terser")
    assert vendor.get_prompt_template(template_id).name == "terser"
    collection_id = _collection(vendor)
    vendor.set_collection_prompt_template(collection_id, template_id)
    assert vendor.get_collection_prompt_template(collection_id).id == template_id
    session_id = vendor.create_chat_session(collection_id)
    vendor.set_chat_session_prompt_template(session_id, template_id)
    assert vendor.get_chat_session_prompt_template(session_id).id == template_id
    second = vendor.create_prompt_template("wordy", "long answers")
    vendor.delete_prompt_templates([template_id, second])  # several at once: the spec's array parameter
    assert vendor.count_prompt_templates() == 0
    assert vendor.get_collection_prompt_template(collection_id) is None  # no template: the default applies


def test_vendor_changes_settings(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    vendor.update_collection_settings(collection_id, {"max_tokens_per_chunk": 320})
    vendor.update_collection_metadata(collection_id, {"team": "sales"})
    collection = vendor.get_collection(collection_id)
    assert collection.collection_settings["max_tokens_per_chunk"] == 320
    assert collection.metadata_dict == {"team": "sales"}
    vendor.set_global_configuration("max_uploads", "10", can_overwrite=True, is_public=True)
    assert [c.key_name for c in vendor.get_global_configurations()] == ["max_uploads"]
    vendor.update_agent_tool_preference(["python"])
    assert vendor.get_agent_tool_preference() == ["python"]
    vendor.delete_agent_tool_preference()


def test_vendor_reads_usage(vendor: H2OGPTE) -> None:
    session_id = vendor.create_chat_session()
    _ask(vendor, session_id, "How much did this cost?")
    assert vendor.get_llm_usage_24h() >= 0
    assert isinstance(vendor.get_llm_usage_24h_by_llm(), list)
    limits = vendor.get_llm_usage_with_limits("24 hours")
    assert limits.max_allowed_24h >= limits.current >= 0
    assert isinstance(vendor.get_llm_performance_by_llm("24 hours"), list)
    usage = json.loads(
        vendor.list_chat_message_meta_part(vendor.list_chat_messages(session_id, 0, 2)[1].id, "usage_stats").content
    )
    assert usage["input_tokens"] > 0


def test_vendor_imports_documents_and_collections(vendor: H2OGPTE) -> None:
    source = _collection(vendor, "source")
    (document_id,) = _ingest(vendor, source, {"sales.csv": CSV})
    target = _collection(vendor, "target")
    job = vendor.import_document_into_collection(target, document_id)
    assert (job.completed, job.kind) == (True, "ImportDocumentIntoCollectionJob")
    assert [d.id for d in vendor.list_documents_in_collection(target, offset=0, limit=10)] == [document_id]
    assert vendor.get_collection(target).document_count == 1 == vendor.count_documents_in_collection(target)
    assert vendor.get_collection(source).document_count == 1  # the document is in both now
    copy = _collection(vendor, "copy")
    vendor.import_collection_into_collection(copy, source)
    assert vendor.count_documents_in_collection(copy) == 1
    collections = {c.id for c in vendor.list_collections_for_document(document_id, offset=0, limit=10)}
    assert collections == {source, target, copy}


def test_vendor_manages_chat_sessions(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    session_id = vendor.create_chat_session(collection_id)
    vendor.rename_chat_session(session_id, "weekly numbers")
    (info,) = vendor.list_recent_chat_sessions(offset=0, limit=10)
    assert (info.id, info.name, info.collection_id) == (session_id, "weekly numbers", collection_id)
    assert vendor.count_chat_sessions() == 1 == vendor.count_chat_sessions_for_collection(collection_id)
    assert [s.id for s in vendor.list_chat_sessions_for_collection(collection_id, offset=0, limit=10)] == [session_id]
    assert vendor.get_collection_for_chat_session(session_id).id == collection_id


def test_vendor_manages_collections(vendor: H2OGPTE) -> None:
    first = _collection(vendor, "first")
    second = _collection(vendor, "second")
    vendor.update_collection(first, "renamed", "a new description")
    assert vendor.get_collection(first).name == "renamed"
    listed = vendor.list_recent_collections(offset=0, limit=10)
    assert {c.id for c in listed} == {first, second} and vendor.count_collections() == 2
    assert {c.name for c in listed} == {"renamed", "second"}


def test_vendor_cleans_up(vendor: H2OGPTE) -> None:
    collection_id = _collection(vendor)
    document_ids = _ingest(vendor, collection_id, {"a.txt": b"alpha", "b.txt": b"beta"})
    session_id = vendor.create_chat_session(collection_id)
    _ask(vendor, session_id, "Anything?")
    pending = vendor.upload("left.txt", io.BytesIO(b"never ingested"))
    assert vendor.delete_upload(pending) == pending
    assert vendor.delete_documents_from_collection(collection_id, document_ids[:1]).completed
    assert vendor.count_documents_in_collection(collection_id) == 1
    assert vendor.delete_documents(document_ids[1:]).completed
    assert vendor.count_documents_in_collection(collection_id) == 0
    assert vendor.delete_chat_sessions([session_id]).completed
    assert vendor.count_chat_sessions() == 0
    assert vendor.delete_collections([collection_id]).completed
    assert vendor.count_collections() == 0
    assert {job.kind for job in vendor.list_jobs()} >= {
        "DeleteDocumentsFromCollectionJob",
        "DeleteDocumentsJob",
        "DeleteChatSessionsJob",
        "DeleteCollectionsJob",
    }
