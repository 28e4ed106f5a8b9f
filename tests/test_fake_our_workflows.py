"""Our client runs the same workflows as the vendor's does in `tests/test_fake_vendor_workflows.py`, against the
fake, one test each and each with `H2OGPTE` and `AsyncH2OGPTE` (the `make` fixture): the REST guide's whole
workflow, then ingest files, a website, text and cloud storage; a RAG question with citations; multi-turn chat;
streaming; cancellation; summarize; structured extraction; documents; chunk search; sharing; tags; an agent and
its files; models; jobs; prompt templates; settings; usage; imports; chat sessions; collections; clean-up. Where
the vendor's client chats over its websocket, ours streams JSONL from the REST API: the same answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from h2ogpte_api.models import UpdateCollectionMetadataBody

from h2ogpte_ext import JobError
from h2ogpte_ext._files import FileInput
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either
from tests.in_spec import has, require
from tests.workflows import AGENT_PROMPT, CSV, INVOICE

# End to end: our client on every supported Python and dependency leg (the vendor's client is not needed here).
pytestmark = pytest.mark.e2e

Make = Callable[..., Either]
POLL = 0.01  # seconds between polls of a job: the fake's jobs move one step per poll


def _collection(c: Either, name: str = "docs") -> str:
    return str(c.run(c.client.collections.create_collection(name=name, description=f"the {name} collection")).id)


def _ingest(c: Either, collection_id: str, files: dict[str, bytes]) -> list[str]:
    """Upload the files and ingest them in one job; the documents' ids, in the order given."""
    result = c.run(c.client.upload_and_ingest(collection_id, list(files.items()), poll_interval=POLL))
    assert (result.job.overall_status, result.job.kind) == ("completed", "IngestUploadsJob")
    by_name = {d.name: d.id for d in result.documents}
    return [by_name[name] for name in files]


def _count(c: Either, counted: object) -> int:
    return int(c.run(counted).count)


def test_ours_runs_the_rest_guides_workflow(make: Make, tmp_path: Path) -> None:
    """The guide's steps: health, models, a collection, upload and ingest, a chat session, an agent's answer
    with its files, generation control, message metadata, agent server files and directory stats, tools, a
    download, and clean-up."""
    c = make()
    assert c.run(c.client.health()).ok
    assert c.run(c.client.models.list_models())
    collection_id = _collection(c)
    (document_id,) = _ingest(c, collection_id, {"sales.csv": CSV})
    session = c.run(c.client.chat.create_chat_session(collection_id=collection_id))
    run = c.run(c.client.run_agent(AGENT_PROMPT, session_id=session.id, accuracy="quick"))
    assert "sales_summary.csv" in run.text and run.usage["output_tokens"] > 0
    question = c.collect(c.client.chat.iter_chat_session_messages(session.id))[0]
    for control in (
        name
        for name in ("pause_chat_message", "resume_chat_message", "stop_chat_message", "finish_chat_message")
        if has(f"chat.{name}")
    ):
        c.run(getattr(c.client.chat, control)(question.id))
    assert sorted(f.name for f in run.files) == ["monthly_revenue.md", "sales_summary.csv"]
    server_files = c.run(c.client.chat.list_agent_server_files(session.id))
    assert sorted(f.filename for f in server_files) == ["monthly_revenue.md", "sales_summary.csv"]
    stats = c.run(c.client.chat.get_agent_server_directory_stats(session.id, "agent_files", detail_level=1))
    assert stats.file_count == 2
    assert "python" in {tool.name for tool in c.run(c.client.agents.list_agent_tools())}
    assert c.run(c.client.download_document(document_id, tmp_path)).read_bytes() == CSV
    c.run(c.client.delete_chat_sessions([session.id], poll_interval=POLL))
    c.run(c.client.delete_collections([collection_id], poll_interval=POLL))
    assert _count(c, c.client.collections.get_collection_count()) == 0


def test_ours_ingests_files(make: Make, tmp_path: Path) -> None:
    c = make()
    collection_id = _collection(c)
    (tmp_path / "notes.txt").write_text("minutes of the meeting")
    files: list[FileInput] = [tmp_path / "notes.txt", ("sales.csv", CSV)]
    result = c.run(c.client.upload_and_ingest(collection_id, files, poll_interval=POLL))
    assert result.job.kind == "IngestUploadsJob"
    if has("JobDetails.files_total"):
        assert result.job.files_total == 2
    assert sorted(d.name for d in result.documents) == ["notes.txt", "sales.csv"]
    listed = c.collect(c.client.collections.iter_documents_for_collection(collection_id))
    assert sorted(d.id for d in listed) == sorted(d.id for d in result.documents)
    assert _count(c, c.client.collections.get_document_count_for_collection(collection_id)) == 2
    collection = c.run(c.client.collections.get_collection(collection_id))
    assert (collection.document_count, collection.document_size) == (2, len(CSV) + len("minutes of the meeting"))


def test_ours_ingests_a_website(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    url = "https://example.com/pricing.html"
    result = c.run(c.client.ingest_website(collection_id, url, follow_links=False, poll_interval=POLL))
    assert result.job.kind == "IngestWebsiteJob"
    (document,) = result.documents
    assert document.name == "pricing.html"
    assert url.encode() in c.run(c.client.get_document_content(document.id))


def test_ours_ingests_text_and_cloud_storage(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    text = c.run(c.client.ingest_text(collection_id, "The quarterly revenue rose.", name="q3.txt", poll_interval=POLL))
    s3 = c.run(c.client.ingest_from_s3(collection_id, ["s3://bucket/report.pdf"], poll_interval=POLL))
    gcs = c.run(c.client.ingest_from_gcs(collection_id, ["gs://bucket/plan.docx"], poll_interval=POLL))
    assert [d.name for r in (text, s3, gcs) for d in r.documents] == ["q3.txt", "report.pdf", "plan.docx"]
    names = sorted(d.name for d in c.collect(c.client.collections.iter_documents_for_collection(collection_id)))
    assert names == ["plan.docx", "q3.txt", "report.pdf"]
    assert [r.job.kind for r in (text, s3, gcs)] == ["IngestPlainTextJob", *["IngestFromCloudStorageJob"] * 2]


def test_ours_asks_a_rag_question_with_citations(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    document_ids = _ingest(c, collection_id, {"sales.csv": CSV, "notes.txt": b"Widget A sells best."})
    answer = c.run(
        c.client.ask("Which widget sells best?", collection_id=collection_id, rag_config={"rag_type": "rag"})
    )
    assert "sales.csv" in answer.text
    references = c.run(answer.references())
    assert {r.document_id for r in references} == set(document_ids)
    assert all(r.collection_id == collection_id for r in references)
    messages = c.collect(c.client.chat.iter_chat_session_messages(answer.session_id))
    assert [m.has_references for m in messages] == [False, True]
    assert messages[1].total_references == len(references)


def test_ours_holds_a_multi_turn_chat(make: Make) -> None:
    c = make()
    session = c.run(c.client.chat.create_chat_session())
    first = c.run(c.client.ask("What is a widget?", session_id=session.id))
    second = c.run(c.client.ask("And what does it cost?", session_id=session.id))
    assert first.message_id != second.message_id
    messages = c.collect(c.client.chat.iter_chat_session_messages(session.id))
    assert [m.content for m in messages] == ["What is a widget?", first.text, "And what does it cost?", second.text]
    assert messages[1].reply_to == messages[0].id and messages[3].reply_to == messages[2].id
    assert c.run(c.client.chat.list_questions_for_chat_session(session.id, limit=2))
    (listed,) = c.run(c.client.chat.list_chat_sessions())
    assert listed.latest_message_content == second.text
    c.run(c.client.chat.set_message_votes(second.message_id, votes=1))


def test_ours_streams_an_answer(make: Make) -> None:
    c = make()
    seen: list[object] = []
    answer = c.run(c.client.ask("Tell me about widgets in a few words.", stream=True, on_delta=seen.append))
    assert len(seen) > 3 and "".join(d.body for d in seen) == answer.text  # type: ignore[attr-defined]
    assert seen[-1].finished and seen[-1].message_id == answer.message_id  # type: ignore[attr-defined]


def test_ours_cancels_a_streaming_answer(make: Make, fake_h2ogpte: FakeH2OGPTE) -> None:
    fake_h2ogpte.state.token_delay = 0.02
    c = make()
    session = c.run(c.client.chat.create_chat_session())
    message = "Write a long essay about widgets " + "and their prices " * 20
    require("chat.stop_chat_message")
    deltas, _ = c.stream(session.id, message, after_first=lambda stream: stream.stop())
    text = "".join(d.body for d in deltas)
    assert 0 < len(text.split()) < len(message.split())
    assert c.collect(c.client.chat.iter_chat_session_messages(session.id))[-1].content == text


def test_ours_summarizes(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    (document_id,) = _ingest(c, collection_id, {"notes.txt": b"The meeting agreed on a budget of 10k."})
    summary = c.run(c.client.process_document(document_id, prompt_summary="Summarize in one line.", poll_interval=POLL))
    assert summary.document_id == document_id and summary.content
    assert [s.id for s in c.run(c.client.documents.list_document_summaries(document_id))] == [summary.id]
    answer = c.run(c.client.summarize_content(["The meeting agreed on a budget of 10k.", "Next meeting on Monday."]))
    assert answer.content and answer.error == ""


def test_ours_extracts_structured_data(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    (document_id,) = _ingest(c, collection_id, {"invoice.txt": b"ACME invoice: 3 x ABC-1234, 120 EUR"})
    processed = c.run(c.client.process_document(document_id, schema=INVOICE, poll_interval=POLL))
    jsonschema.validate(json.loads(processed.content), INVOICE)
    extracted = c.run(c.client.extract_data(["ACME invoice: 3 x ABC-1234"], llm_args={"guided_json": INVOICE}))
    assert len(extracted.content) == 1
    jsonschema.validate(json.loads(extracted.content[0]), INVOICE)
    again = c.run(c.client.extract_data(["ACME invoice: 3 x ABC-1234"], llm_args={"guided_json": INVOICE}))
    assert again.content == extracted.content  # the same answer for the same request
    choice = c.run(c.client.answer_question("Which currency?", "120 EUR", llm_args={"guided_choice": ["EUR", "USD"]}))
    assert choice.content in ("EUR", "USD")
    answer = c.run(c.client.ask("The invoice as JSON.", collection_id=collection_id, llm_args={"guided_json": INVOICE}))
    jsonschema.validate(json.loads(answer.text), INVOICE)


def test_ours_manages_documents(make: Make, tmp_path: Path) -> None:
    c = make()
    collection_id = _collection(c)
    (document_id,) = _ingest(c, collection_id, {"sales.csv": CSV})
    document = c.run(c.client.documents.get_document(document_id))
    assert (document.name, document.size, document.status) == ("sales.csv", len(CSV), "completed")
    c.run(c.client.documents.update_document(document_id, name="revenue.csv"))
    assert c.run(c.client.documents.get_document(document_id)).name == "revenue.csv"
    holders = c.run(c.client.documents.list_collections_for_document(document_id))
    assert [h.id for h in holders] == [collection_id]
    assert c.run(c.client.get_document_content(document_id)) == CSV
    assert c.run(c.client.download_document(document_id, tmp_path / "copy.csv")).read_bytes() == CSV
    assert _count(c, c.client.documents.get_document_count()) == 1
    assert [d.id for d in c.run(c.client.documents.list_documents())] == [document_id]


def test_ours_searches_chunks(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    document_ids = _ingest(c, collection_id, {"a.txt": b"alpha", "b.txt": b"beta"})
    search = c.client.collections.search_collection_chunks
    hits = c.run(search(collection_id, query="widgets", topics=[], offset=0, limit=10))
    assert sorted(h.name for h in hits) == ["a.txt", "b.txt"]
    assert hits == sorted(hits, key=lambda h: -h.score)
    assert len(c.run(search(collection_id, query="widgets", topics=[], offset=1, limit=10))) == 1
    chunks = c.run(c.client.documents.list_document_chunks(document_ids[0], collection_id=collection_id))
    assert chunks and all(chunk.name == "a.txt" for chunk in chunks)


def test_ours_shares_a_collection(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    (user,) = c.run(c.client.permissions.list_users())
    c.run(c.client.collections.share_collection(collection_id, user.username, permissions=["read"]))
    shared = c.run(c.client.collections.get_collection_permissions(collection_id))
    assert [p.username for p in shared] == [user.username]
    c.run(c.client.collections.unshare_collection(collection_id, user.username))
    assert c.run(c.client.collections.get_collection_permissions(collection_id)) == []
    for public in (True, False):
        c.run(c.client.collections.update_collection_privacy(collection_id, is_public=public))
        assert c.run(c.client.collections.get_collection(collection_id)).is_public is public


def test_ours_tags_documents(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    first, second = _ingest(c, collection_id, {"a.txt": b"alpha", "b.txt": b"beta"})
    c.run(c.client.documents.create_tag_on_document(first, name="finance"))
    c.run(c.client.documents.create_tag_on_document(second, name="legal"))
    assert sorted(t.name for t in c.run(c.client.tags.list_tags())) == ["finance", "legal"]
    c.run(c.client.tags.update_tag("finance", description="money matters", format_="text"))
    assert c.run(c.client.tags.get_tag("finance")).description == "money matters"
    tagged = c.client.tags.list_documents_for_tags
    assert [d.id for d in c.run(tagged(["finance"], collection_id=collection_id))] == [first]
    c.run(c.client.documents.delete_tag_from_document(first, "finance"))
    assert c.run(tagged(["finance"], collection_id=collection_id)) == []
    if has("tags.delete_tag"):
        c.run(c.client.tags.delete_tag("legal"))
        assert [t.name for t in c.run(c.client.tags.list_tags())] == ["finance"]


def test_ours_runs_an_agent_and_reads_its_files(make: Make, tmp_path: Path) -> None:
    c = make()
    seen: list[object] = []
    run = c.run(c.client.run_agent(AGENT_PROMPT, stream=True, on_delta=seen.append))
    assert "monthly_revenue.md" in run.text and seen
    assert sorted(f.name for f in run.files) == ["monthly_revenue.md", "sales_summary.csv"]
    assert AGENT_PROMPT in c.run(run.trace())
    paths = c.run(c.client.download_agent_files(run, tmp_path))
    assert (tmp_path / "sales_summary.csv").read_bytes().startswith(b"item,value\n") and len(paths) == 2
    stats = c.run(c.client.chat.get_agent_server_directory_stats(run.session_id, "agent_files", detail_level=1))
    assert stats.file_count == 2
    c.run(c.client.chat.delete_agent_server_files(run.session_id))
    assert c.run(c.client.chat.list_agent_server_files(run.session_id)) == []


def test_ours_lists_models(make: Make) -> None:
    c = make()
    models = c.run(c.client.models.list_models())
    names = {m.id for m in models}
    assert names and {m.display_name for m in models} == names
    assert set(c.run(c.client.models.get_vision_capable_model_names())) <= names
    assert set(c.run(c.client.models.get_reasoning_capable_model_names())) <= names
    mapping = c.run(c.client.models.get_model_to_vision_model_mapping()).to_dict()
    assert set(mapping) == names and set(mapping.values()) <= names
    assert c.run(c.client.models.list_embedding_models())
    first = models[0].id
    answer = c.run(c.client.answer_question("Hello?", "A greeting.", llm=first))
    assert answer.llm == first and answer.content


def test_ours_follows_and_cancels_jobs(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    _ingest(c, collection_id, {"a.txt": b"alpha"})
    (job,) = c.run(c.client.jobs.list_jobs())
    assert c.run(c.client.jobs.get_job(job.id)).overall_status == "completed"
    pending = c.run(
        c.client.document_ingestion.create_ingest_from_website_job(
            url="https://example.com", collection_id=collection_id
        )
    )
    canceled = c.run(c.client.jobs.cancel_job(pending.id))
    assert (canceled.overall_status, canceled.kind) == ("canceled", "IngestWebsiteJob")
    with pytest.raises(JobError, match="canceled"):
        c.run(c.client.wait_for_job(pending, poll_interval=POLL))
    assert c.run(c.client.jobs.count_pending_jobs()).count == 0
    (user_jobs,) = c.run(c.client.jobs.list_user_jobs())
    assert {j.id for j in user_jobs.jobs} == {job.id, pending.id}


def test_ours_manages_prompt_templates(make: Make) -> None:
    c = make()
    templates = c.client.prompt_templates
    made = c.run(templates.create_prompt_template(name="terse", description="short answers", system_prompt="Be brief."))
    template = c.run(templates.get_prompt_template(made.id))
    assert (template.name, template.system_prompt, template.is_system_default) == ("terse", "Be brief.", False)
    assert c.run(templates.get_default_prompt_template()).is_system_default
    assert [t.id for t in c.run(templates.list_prompt_templates())] == [made.id]
    assert _count(c, templates.get_prompt_template_count()) == 1
    c.run(templates.update_prompt_template(made.id, name="terser"))
    assert c.run(templates.get_prompt_template(made.id)).name == "terser"
    collection_id = _collection(c)
    c.run(c.client.collections.update_collection_prompt_template(collection_id, prompt_template_id=made.id))
    assert c.run(c.client.collections.get_collection(collection_id)).prompt_template_id == made.id
    session = c.run(c.client.chat.create_chat_session(collection_id=collection_id))
    c.run(c.client.chat.update_chat_session_prompt_template(session.id, prompt_template_id=made.id))
    assert c.run(c.client.chat.get_chat_session(session.id)).prompt_template_id == made.id
    second = c.run(templates.create_prompt_template(name="wordy"))
    c.run(templates.delete_prompt_template([made.id, second.id]))
    assert _count(c, templates.get_prompt_template_count()) == 0
    assert not c.run(c.client.collections.get_collection(collection_id)).prompt_template_id  # the default again


def test_ours_changes_settings(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    c.run(c.client.collections.update_collection_settings(collection_id, max_tokens_per_chunk=320))
    assert c.run(c.client.collections.get_collection_settings(collection_id)).max_tokens_per_chunk == 320
    c.run(
        c.client.collections.update_collection_metadata(
            collection_id, body=UpdateCollectionMetadataBody.from_dict({"team": "sales"})
        )
    )
    assert c.run(c.client.collections.get_collection(collection_id)).metadata_dict.to_dict() == {"team": "sales"}
    configurations = c.client.configurations
    c.run(configurations.set_global_configuration("max_uploads", string_value="10", can_overwrite=True, is_public=True))
    assert [item.key_name for item in c.run(configurations.list_global_configurations())] == ["max_uploads"]
    assert c.run(c.client.collections.get_collection_metadata(collection_id)).to_dict() == {"team": "sales"}
    c.run(c.client.agents.update_agent_tool_preference(reference_value=["python"]))
    assert c.run(c.client.agents.list_agent_tool_preference()) == ["python"]
    c.run(c.client.agents.delete_agent_tool_preference())
    assert c.run(c.client.agents.list_agent_tool_preference()) == []


def test_ours_reads_usage(make: Make) -> None:
    c = make()
    answer = c.run(c.client.ask("How much did this cost?"))
    usage = c.run(answer.usage())
    assert usage["input_tokens"] > 0 and usage["output_tokens"] > 0
    stats = c.run(c.client.models.get_usage_stats(interval="24 hours"))
    assert stats.max_allowed_24h >= stats.current > 0
    by_model = c.run(c.client.models.get_usage_stats_by_model(interval="24 hours"))
    assert [u.llm_name for u in by_model] == [usage["llm"]]
    assert sum(u.llm_cost for u in by_model) == pytest.approx(stats.current)
    (performance,) = c.run(c.client.models.get_performance_stats_by_model(interval="24 hours"))
    assert (performance.llm_name, performance.call_count) == (usage["llm"], 1)


def test_ours_imports_documents_and_collections(make: Make) -> None:
    c = make()
    collections = c.client.collections
    source = _collection(c, "source")
    (document_id,) = _ingest(c, source, {"sales.csv": CSV})
    target = _collection(c, "target")
    job = c.run(collections.create_insert_document_to_collection_job(target, document_id=document_id))
    assert c.run(c.client.wait_for_job(job, poll_interval=POLL)).kind == "ImportDocumentIntoCollectionJob"
    assert [d.id for d in c.collect(collections.iter_documents_for_collection(target))] == [document_id]
    assert c.run(collections.get_collection(target)).document_count == 1
    assert _count(c, collections.get_document_count_for_collection(target)) == 1
    assert c.run(collections.get_collection(source)).document_count == 1  # the document is in both now
    at_once = _collection(c, "at once")
    c.run(collections.insert_document_into_collection(at_once, document_id))
    copy = _collection(c, "copy")
    imported = c.run(collections.create_import_collection_to_collection_job(copy, source_collection_id=source))
    assert c.run(c.client.wait_for_job(imported, poll_interval=POLL)).kind == "ImportCollectionIntoCollectionJob"
    assert _count(c, collections.get_document_count_for_collection(copy)) == 1
    holders = {h.id for h in c.run(c.client.documents.list_collections_for_document(document_id))}
    assert holders == {source, target, at_once, copy}


def test_ours_manages_chat_sessions(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    session = c.run(c.client.chat.create_chat_session(collection_id=collection_id))
    c.run(c.client.chat.update_chat_session(session.id, name="weekly numbers"))
    (listed,) = c.run(c.client.chat.list_chat_sessions())
    assert (listed.id, listed.name, listed.collection_id) == (session.id, "weekly numbers", collection_id)
    assert _count(c, c.client.chat.get_chat_session_count()) == 1
    assert _count(c, c.client.collections.get_chat_session_count_for_collection(collection_id)) == 1
    on_collection = c.run(c.client.collections.list_chat_sessions_for_collection(collection_id))
    assert [s.id for s in on_collection] == [session.id]
    c.run(c.client.delete_collections([collection_id], poll_interval=POLL))  # its chat sessions with it
    assert _count(c, c.client.chat.get_chat_session_count()) == 0


def test_ours_manages_collections(make: Make) -> None:
    c = make()
    first, second = _collection(c, "first"), _collection(c, "second")
    c.run(c.client.collections.update_collection(first, name="renamed", description="a new description"))
    assert c.run(c.client.collections.get_collection(first)).name == "renamed"
    listed = c.collect(c.client.collections.iter_collections())
    assert {(x.id, x.name) for x in listed} == {(first, "renamed"), (second, "second")}
    assert _count(c, c.client.collections.get_collection_count()) == 2


def test_ours_cleans_up(make: Make) -> None:
    c = make()
    collection_id = _collection(c)
    document_ids = _ingest(c, collection_id, {"a.txt": b"alpha", "b.txt": b"beta"})
    answer = c.run(c.client.ask("Anything?", collection_id=collection_id))
    job = c.run(
        c.client.collections.create_delete_document_from_collection_job(collection_id, document_ids=document_ids[:1])
    )
    assert c.run(c.client.wait_for_job(job, poll_interval=POLL)).overall_status == "completed"
    assert _count(c, c.client.collections.get_document_count_for_collection(collection_id)) == 1
    c.run(c.client.delete_documents(document_ids[1:], poll_interval=POLL))
    assert _count(c, c.client.collections.get_document_count_for_collection(collection_id)) == 0
    c.run(c.client.delete_chat_sessions([answer.session_id], poll_interval=POLL))
    assert _count(c, c.client.chat.get_chat_session_count()) == 0
    c.run(c.client.delete_collections([collection_id], poll_interval=POLL))
    assert _count(c, c.client.collections.get_collection_count()) == 0
    assert {j.kind for j in c.run(c.client.jobs.list_jobs())} >= {
        "DeleteDocumentsFromCollectionJob",
        "DeleteDocumentsJob",
        "DeleteChatSessionsJob",
        "DeleteCollectionsJob",
    }
