"""The job engine every job-creating operation shares: queued -> running (50 %) -> completed, failed or
canceled, one step per poll of the job; what a job does (add documents, delete records) runs on completion."""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing._state import Call, Job, State, new_id, now


def start(
    state: State,
    kind: str,
    name: str,
    *,
    items: list[str] | None = None,
    on_complete: Callable[[], None] | None = None,
    fail_reason: str | None = None,
) -> Job:
    """A new queued job; `items` are the ids its per-item statuses report on."""
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
            "kind": kind,
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
    kind: str,
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
    job = start(call.state, kind, name(len(ids)), items=ids, on_complete=delete, fail_reason=fail_reason)
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
    details.update(overall_status="canceled", status="canceled", canceled_by="fake-user", cancel_reason=reason)
    details["updated_at"] = now()
    _statuses(job, "canceled")


def _statuses(job: Job, status: str) -> None:
    for item in job.details["statuses"]:
        item["status"] = status
