"""Routes outside `/api/v1` that the vendor's Python client (`h2ogpte.H2OGPTE`) calls, answered in the shapes its
code reads (`h2ogpte/types.py`, `h2ogpte_sync_base.py`; the spec does not describe them):

- `GET /rpc/meta`: the server's version, the current user, the licence, the user's permissions and configuration
  (its constructor reads it to compare versions; `get_meta()` returns it as `Meta`);
- `PUT /rpc/fs` (its `upload`: a multipart form with `file`, `mtime` and `uri`, answered `{"id": ...}`),
  `GET /rpc/fs` (`list_upload`: the ids of uploads not ingested yet) and `DELETE /rpc/fs?id=...` (`delete_upload`,
  and our own client's clean-up).

The chat websocket the vendor's `connect()` opens is `_websocket`.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from h2ogpte_ext.testing._state import USER_ID, USERNAME, Call, FakeError, State, error, unauthorized
from h2ogpte_ext.testing.handlers.configurations import GLOBAL, effective, items_of
from h2ogpte_ext.testing.handlers.document_ingestion import receive_upload
from h2ogpte_ext.testing.handlers.permissions import granted, user_role_ids

# The h2oGPTe release api-spec.yaml describes: the vendor's client of the same release prints a warning (or, with
# `strict_version_check=True`, refuses to start) when the server's version differs from its own.
VERSION = "1.7.5"
UI_CONFIG = {
    "logo": "",
    "chat_logo": "",
    "primary_color": "#ffe600",
    "chat_name": "h2oGPTe",
    "greeting": "Hello from the fake h2oGPTe.",
    "show_private_button": True,
    "show_workers_status": False,
    "show_live_logs": False,
    "show_eval": False,
    "show_extractors": True,
    "public_mode": False,
}


def meta(state: State) -> dict[str, Any]:
    """What `GET /rpc/meta` answers: the vendor's `Meta`, from the same state the REST API answers from."""
    return {
        "version": VERSION,
        "build": f"{VERSION}-fake",
        "username": USERNAME,
        "user_id": USER_ID,
        "subject": USER_ID,
        "email": f"{USERNAME}@example.com",
        "is_guest": False,
        "license_expired": False,
        "license_expiry_date": "2099-12-31",
        "global_configs": [
            {
                "key_name": item["key_name"],
                "string_value": str(item["string_value"]),
                "value_type": str(item["value_type"]),
                "can_overwrite": bool(item["can_overwrite"]),
                "is_public": bool(item["is_public"]),
                **({"upper_bound": item["upper_bound"]} if isinstance(item.get("upper_bound"), (int, float)) else {}),
            }
            for item in items_of(state, GLOBAL, "").values()
            if item["is_public"]
        ],
        "user_configs": [
            {k: str(item[k]) for k in ("key_name", "string_value", "value_type")} for item in effective(state, USER_ID)
        ],
        "picture": None,
        "groups": [],
        "workspaces": [],
        "permissions": granted(state, user_role_ids(state, USER_ID)),
        "ui_config": UI_CONFIG,
    }


async def get_meta(request: Request) -> Response:
    state: State = request.app.state.fake
    if (denied := unauthorized(request, state)) is not None:
        return denied
    return JSONResponse(meta(state))


async def uploads(request: Request) -> Response:
    """`PUT /rpc/fs` uploads (the vendor's `upload`: answered with the upload's id alone), `GET` lists the uploads
    not ingested yet, `DELETE ?id=UPLOAD_ID` removes one and its file (the vendor's client and ours clean up with
    it; the REST API has no such operation)."""
    state: State = request.app.state.fake
    if (denied := unauthorized(request, state)) is not None:
        return denied
    if request.method == "PUT":
        try:
            upload = await receive_upload(Call(request, state, None, "upload_file"))
        except FakeError as exc:
            return error(exc.status, exc.message)
        return JSONResponse({"id": upload.id})
    if request.method == "GET":
        return JSONResponse(list(state.uploads))
    upload_id = request.query_params.get("id")
    if not upload_id:
        return error(400, "query parameter 'id' is required")
    removed = state.uploads.pop(upload_id, None)
    if removed is None:
        return error(404, f"upload {upload_id!r} not found")
    removed.blob.discard()
    return JSONResponse({"id": upload_id})


def routes() -> list[Route]:
    return [
        Route("/rpc/meta", get_meta, methods=["GET"]),
        Route("/rpc/fs", uploads, methods=["GET", "PUT", "DELETE"]),
    ]
