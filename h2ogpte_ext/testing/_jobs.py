"""The job engine every job-creating operation shares: queued -> running (50 %) -> completed, failed or
canceled, one step per poll of the job; what a job does (add documents, delete records) runs on completion."""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._state import USERNAME, Call, Job, State, new_id, now

_CLOUD = "IngestFromCloudStorageJob"
# The `kind` the server reports for the job each operation starts: the names of the vendor's `JobKind` enum
# (`h2ogpte.types`), which its client's `Job` model requires; the spec's `kind` is a free string. Cloud sources
# and connectors are one job on the server (the vendor's client starts them all as `IngestFromCloudStorageJob`).
KINDS = {
    "admin_cleanup_chat_sessions": "DeleteChatSessionsAsAdminJob",
    "build_collection_graph": "BuildCollectionGraphJob",
    "create_delete_chat_session_job": "DeleteChatSessionsJob",
    "create_delete_collection_job": "DeleteCollectionsJob",
    "create_delete_collection_thumbnail_job": "DeleteCollectionThumbnailJob",
    "create_delete_document_from_collection_job": "DeleteDocumentsFromCollectionJob",
    "create_delete_document_job": "DeleteDocumentsJob",
    "create_extractor_run_job": "RunExtractorJob",
    "create_import_collection_to_collection_job": "ImportCollectionIntoCollectionJob",
    "create_ingest_agent_only_to_standard_job": "IngestAgentOnlyToStandardJob",
    "create_ingest_from_azure_blob_storage_job": _CLOUD,
    "create_ingest_from_confluence_job": _CLOUD,
    "create_ingest_from_file_system_job": "IngestFromFileSystemJob",
    "create_ingest_from_gcs_job": _CLOUD,
    "create_ingest_from_plain_text_job": "IngestPlainTextJob",
    "create_ingest_from_s3_job": _CLOUD,
    "create_ingest_from_sharepoint_online_job": _CLOUD,
    "create_ingest_from_website_job": "IngestWebsiteJob",
    "create_ingest_upload_job": "IngestUploadsJob",
    "create_insert_document_to_collection_job": "ImportDocumentIntoCollectionJob",
    "create_migrate_collection_chat_sessions_job": "MigrateCollectionChatSessionsJob",
    "create_process_document_job": "DocumentProcessJob",
    "create_topic_model_job": "CreateTopicModelJob",  # 1.6.64's; later specs dropped the operation
    "create_update_collection_thumbnail_job": "UpdateCollectionThumbnailJob",
    "migrate_scheduled_connectors_to_collection": "MigrateScheduledConnectorsToCollectionJob",
}


def start(
    state: State,
    operation_id: str,
    name: str,
    *,
    items: list[str] | None = None,
    on_complete: Callable[[], None] | None = None,
    fail_reason: str | None = None,
) -> Job:
    """A new queued job of the kind `operation_id` starts (`KINDS`); `items` are the ids its per-item statuses
    report on."""
    stamp = now()
    items = items if items is not None else [new_id()]
    job = Job(
        details={
            "id": new_id(),
            "name": name,
            "overall_status": "in progress",
            "status": "queued",
            "passed_percentage": 0.0,
            "failed_percentage": 0.0,
            "progress": 0.0,
            "created_at": stamp,
            "updated_at": stamp,
            "kind": KINDS[operation_id],
            "statuses": [{"id": i, "status": "queued"} for i in items],
            "errors": [],
            "duration": "0s",
            "duration_seconds": 0.0,
            "files_total": len(items),
            "files_failed": 0,
        },
        fail_reason=fail_reason,
        on_complete=on_complete,
    )
    state.jobs[job.details["id"]] = job
    return job


def deleting(
    call: Call,
    field: str,
    name: Callable[[int], str],
    missing: Callable[[str], bool],
    remove: Callable[[str], None],
    not_found: str,
) -> Response:
    """A bulk delete job (answered 201): the ids the body lists under `field` are removed (`remove`) when it
    completes; if one is `missing`, it fails with `not_found` naming them, deleting none."""
    ids = [str(i) for i in (call.json() or {}).get(field, [])]
    absent = [i for i in ids if missing(i)]

    def delete() -> None:
        for item in ids:
            remove(item)

    fail_reason = f"{not_found}: {', '.join(absent)}" if absent else None
    job = start(call.state, call.operation_id, name(len(ids)), items=ids, on_complete=delete, fail_reason=fail_reason)
    return JSONResponse(job.details, status_code=201)


def advance(job: Job) -> None:
    """Move a job one step: queued -> running (50 %) -> completed or failed; a finished job stays."""
    details = job.details
    if details["overall_status"] != "in progress":
        return
    job.polls += 1
    details["updated_at"] = now()
    details["duration_seconds"] = float(job.polls)
    details["duration"] = f"{job.polls}s"
    if job.polls == 1:
        details.update(status="running", progress=0.5)
        _statuses(job, "running")
        return
    if job.fail_reason is not None:
        details.update(overall_status="failed", status="failed", progress=1.0, failed_percentage=1.0)
        details["errors"] = [job.fail_reason]
        details["files_failed"] = details["files_total"]
        _statuses(job, "failed")
        return
    if job.on_complete is not None:
        job.on_complete()
    details.update(overall_status="completed", status="completed", progress=1.0, passed_percentage=1.0)
    _statuses(job, "completed")


def cancel(job: Job, reason: str = "canceled by the user") -> None:
    """Cancel a job still in progress (nothing it would do happens); a finished job is left as it is."""
    details = job.details
    if details["overall_status"] != "in progress":
        return
    details.update(overall_status="canceled", status="canceled", canceled_by=USERNAME, cancel_reason=reason)
    details["updated_at"] = now()
    _statuses(job, "canceled")


def _statuses(job: Job, status: str) -> None:
    for item in job.details["statuses"]:
        item["status"] = status
