"""Tag "Jobs": the job engine's jobs (`h2ogpte_ext.testing._jobs`), polled, listed, canceled, deleted."""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from h2ogpte_ext.testing import _jobs
from h2ogpte_ext.testing._state import USER_ID, USERNAME, Call, FakeError, Job, operation, page


def _job(call: Call) -> Job:
    job = call.state.jobs.get(call.path("job_id"))
    if job is None:
        raise FakeError(404, f"job {call.path('job_id')!r} not found")
    return job


@operation("get_job")
async def get_job(call: Call) -> Response:
    job = _job(call)
    _jobs.advance(job)
    return JSONResponse(job.details)


@operation("list_jobs")
async def list_jobs(call: Call) -> Response:
    return JSONResponse(page([j.details for j in reversed(call.state.jobs.values())], call))


@operation("cancel_job")
async def cancel_job(call: Call) -> Response:
    job = _job(call)
    _jobs.cancel(job)
    return JSONResponse(job.details)


@operation("cancel_user_job")
async def cancel_user_job(call: Call) -> Response:
    job = _job(call)
    _jobs.cancel(job, str((call.json() or {}).get("reason") or "canceled by an administrator"))
    return Response(status_code=204)


@operation("delete_job")
async def delete_job(call: Call) -> Response:
    _job(call)
    del call.state.jobs[call.path("job_id")]
    return Response(status_code=204)


@operation("count_pending_jobs")
async def count_pending_jobs(call: Call) -> Response:
    pending = [j for j in call.state.jobs.values() if j.details["overall_status"] == "in progress"]
    return JSONResponse({"count": len(pending), "queue_infos": []})


@operation("list_user_jobs")
async def list_user_jobs(call: Call) -> Response:
    jobs = [j.details for j in call.state.jobs.values()]
    return JSONResponse([{"username": USERNAME, "user_id": USER_ID, "jobs": jobs}] if jobs else [])
