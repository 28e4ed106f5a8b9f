"""Scripted job servers, for what the fake cannot be made to do: a job that never ends, a job that ends after
some polls."""

from __future__ import annotations

from typing import Any

import httpx


def _running_job(job_id: str) -> dict[str, Any]:
    return {
        "id": job_id,
        "name": "Deleting",
        "overall_status": "in progress",
        "passed_percentage": 0.0,
        "failed_percentage": 0.0,
        "progress": 0.25,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "kind": "DeleteCollectionsJob",
        "statuses": [],
        "errors": [],
        "duration": "1s",
        "duration_seconds": 1.0,
    }


class _Server:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(f"{request.method} {request.url.path}")
        job_id = request.url.path.split("/")[4]
        job = _running_job(job_id)
        if request.url.path.endswith("/cancel"):
            job.update(overall_status="canceled", cancel_reason="asked to")
        return httpx.Response(200, json=job)


class _SlowJobServer:
    """A job that completes at its `polls`-th GET."""

    def __init__(self, polls: int) -> None:
        self.polls = polls
        self.seen = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen += 1
        job = _running_job(request.url.path.split("/")[4])
        if self.seen >= self.polls:
            job.update(overall_status="completed", progress=1.0)
        return httpx.Response(200, json=job)
