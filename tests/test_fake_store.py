"""The fake's generic behaviours (`_generic.py`), driven from the spec's classification: every resource it serves is
created, read, listed, updated, counted and deleted; the routing of every operation is pinned; one permissions
table; server-owned fields; archiving, lookup by name, and varied data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS30Validator

from h2ogpte_ext.testing import FakeH2OGPTE, handlers
from h2ogpte_ext.testing._app import _missing as _missing_answer
from h2ogpte_ext.testing._data import instance
from h2ogpte_ext.testing._generic import _paged, route
from h2ogpte_ext.testing._spec import CREATED_ELSEWHERE, Operation, component, keys, operations, resolve, resources
from h2ogpte_ext.testing._state import HANDLERS
from h2ogpte_ext.testing._validation import spec_document
from tests.in_spec import body_property, has, not_found, require, require_the_readmes_spec
from tests.raw import api_client, ok
from tests.spec_tools import ROOT
from tests.spec_tools import operations as spec_operations

assert handlers.MODULES  # registers every handler before the routing is read


def _collection_record(api: httpx.Client, name: str = "c") -> dict[str, Any]:
    return dict(ok(api.post("/collections", json={"name": name, "description": "d"}), 201))


@pytest.fixture
def strict() -> Iterator[FakeH2OGPTE]:
    with FakeH2OGPTE(strict=True) as server:
        yield server


def _ops(resource: str, kind: str) -> list[Operation]:
    return [op for op in operations().values() if op.resource == resource and op.kind == kind]


def _one(resource: str, kind: str, item: bool | None = None) -> Operation | None:
    found = [op for op in _ops(resource, kind) if item is None or bool(op.path_params) == item]
    return found[0] if found else None


def served() -> list[str]:
    """Every resource created through the API that the store answers at least one operation of."""
    return sorted(
        r
        for r in resources()
        if r not in CREATED_ELSEWHERE
        and _ops(r, "create")
        and any(op.operation_id not in HANDLERS for op in operations().values() if op.resource == r)
    )


def _request_schema(op: Operation) -> tuple[str, dict[str, Any]] | None:
    content = spec_document()["paths"][op.path][op.method.lower()].get("requestBody", {}).get("content", {})
    for media_type in ("application/json", "multipart/form-data"):
        if media_type in content:
            return media_type, content[media_type]["schema"]
    return None


def body(op: Operation, **changes: Any) -> dict[str, Any]:
    """httpx arguments carrying a request body for `op` built from its schema (every property, tidy)."""
    found = _request_schema(op)
    if found is None:
        return {}
    media_type, schema = found
    value = {**instance(schema), **changes}
    if media_type == "application/json":
        return {"json": value}
    properties = resolve(schema).get("properties", {})
    files = {n: ("f.bin", b"PK") for n, p in properties.items() if p.get("format") == "binary"}
    files.update({n: ("f.bin", b"PK") for n, p in properties.items() if p.get("items", {}).get("format") == "binary"})
    data = {n: v if isinstance(v, str) else json.dumps(v) for n, v in value.items() if n not in files}
    return {"data": data, "files": files}


def _path(op: Operation, key: str) -> str:
    path = op.path
    for param in op.path_params:
        path = path.replace("{" + param + "}", key)
    return path


def _listed(api: httpx.Client, resource: str) -> list[dict[str, Any]] | None:
    """The records the resource's list answers (a wrapped list's items), or None without one."""
    lister = _one(resource, "list")
    if lister is None:
        return None
    answer = ok(api.get(lister.path))
    return list(answer["items"] if lister.wrapped else answer)


def _keys_listed(api: httpx.Client, resource: str) -> set[str] | None:
    records = _listed(api, resource)
    if records is not None:
        return {str(r[keys()[resource]]) for r in records}
    ids = _one(resource, "ids")
    return set(ok(api.get(ids.path))) if ids is not None else None


def create(api: httpx.Client, resource: str, **changes: Any) -> tuple[str, Any]:
    """A new record of `resource` made through its create operation: its key, and the answer."""
    creator = _ops(resource, "create")[0]
    before = _keys_listed(api, resource)
    answer = ok(api.post(creator.path, **body(creator, **changes)), creator.status)
    after = _keys_listed(api, resource)
    if before is not None and after is not None:
        (key,) = after - before
        return key, answer
    first = answer[0] if isinstance(answer, list) else answer
    key_name = keys()[resource]
    return str(first.get(key_name) or next(v for k, v in first.items() if k.endswith("_id"))), answer


def _changeable(update: Operation, schema_name: str) -> str | None:
    """A plain string property both the update's body and the record have, to change and see changed."""
    found = _request_schema(update)
    if found is None or found[0] != "application/json":
        return None
    record = resolve(component(schema_name)).get("properties", {})
    for name, prop in resolve(found[1]).get("properties", {}).items():
        if prop.get("type") == "string" and "enum" not in prop and "format" not in prop and name in record:
            return str(name)
    return None


def _fits(schema_name: str, name: str, value: Any) -> bool:
    prop = resolve(component(schema_name)).get("properties", {}).get(name)
    if prop is None:
        return False
    return bool(OAS30Validator({**prop, "components": spec_document()["components"]}).is_valid(value))


def _missing_status(op: Operation) -> int:
    """What a missing record answers: 404 where documented (and on any DELETE, as the vendor's guide
    states, and where the spec lists neither), else the documented 400."""
    return 404 if "404" in op.documented or "400" not in op.documented or op.method == "DELETE" else 400


def _seen(api: httpx.Client, resource: str, key: str) -> dict[str, Any] | None:
    getter = _one(resource, "get")
    if getter is not None:
        response = api.get(_path(getter, key))
        return ok(response) if response.status_code == 200 else None
    records = _listed(api, resource)
    return next((r for r in records or [] if str(r[keys()[resource]]) == key), None)


def _count(api: httpx.Client, counter: Operation | None, lister: Operation | None) -> int | None:
    """The resource's count and its wrapped list's total, which must agree; None where it has neither."""
    counts = [] if counter is None else [ok(api.get(counter.path))["count"]]
    if lister is not None and lister.wrapped:
        counts.append(ok(api.get(lister.path))["total"])
    assert len(set(counts)) <= 1
    return counts[0] if counts else None


# What stays a value of its success schema, with no state: the spec gives these nothing to keep
# (answers and bodies that name no stored record), or they belong to another part of the fake.
GENERATED = {
    "add_builtin_mcp",
    "add_builtin_skill",
    "confirm_current_user_deletion",
    "create_agent_key_tool_associations",
    "create_guardrails_settings",
    "create_runtime_model",
    "create_topic_model",
    "delete_agent_server_directories",
    "delete_agent_tool_association",
    "delete_collection_graph",
    "delete_runtime_model",
    "delete_showcase_thumbnail",
    "delete_topic_model",
    "download_builtin_skill_file",
    "download_custom_agent",
    "download_custom_agent_tool",
    "download_feedback_export",
    "download_user_limits_export",
    "encode_chunks_for_retrieval",
    "fetch_configuration_url",
    "get_admin_jobs_stats",
    "get_admin_sessions_stats",
    "get_agent_suggestions",
    "get_all_agents",
    "get_audio_timestamps",
    "get_chat_session_guardrails",
    "get_collection_graph",
    "get_collection_graph_node",
    "get_collection_graph_status",
    "get_default_memory_blocks",
    "get_document_guardrails_settings",
    "get_document_internal_metadata",
    "get_document_page_layout",
    "get_document_page_ocr_model",
    "get_document_user_source_file",
    "get_effective_guardrails",
    "get_graph_config",
    "get_guardrail_violations_dashboard",
    "get_guardrail_violations_summary",
    "get_h2ogpt_system_info",
    "get_llm_registry_admin_models",
    "get_mcp_sdk_options",
    "get_role_llm_registry_access",
    "get_showcase_thumbnail",
    "insert_command_synth_pair",
    "inspect_mcp_tool",
    "launch_custom_agent_tool",
    "list_admin_jobs",
    "list_admin_sessions",
    "list_agent_key_tool_associations",
    "list_builtin_mcps",
    "list_builtin_skills",
    "list_extractor_results",
    "list_guardrail_violations",
    "list_mcp_tools",
    "list_questions_for_collection",
    "list_scheduled_connectors_for_collection",
    "list_showcase_categories",
    "list_skill_associations",
    "remove_admin_mcp_logo",
    "remove_custom_agent_tool_from_codeapi",
    "reorder_showcase_chats",
    "request_current_user_deletion",
    "reset_all_collection_expirations",
    "reset_collection_prompt_settings",
    "revoke_admin_session",
    "run_extractor",
    "run_model_self_test",
    "search_collection_graph_labels",
    "send_hitl_message",
    "set_agent_skill_preference",
    "set_default_memory_block",
    "set_role_llm_registry_access",
    "set_skill_associations",
    "star_library_item",
    "test_runtime_model",
    "test_saved_runtime_model",
    "unstar_library_item",
    "update_admin_mcp_logo",
    "update_default_prompt_template_visibility",
    "update_runtime_model",
    "upload_showcase_thumbnail",
}


# Floors: a resource silently dropping out of the store (or sharing) makes these fail. They count what the
# spec's classification gives the store, whether or not a handler answers the operation first.
FLOORS = {"store": 124, "permissions": 33, "resources": 21}


def _routing() -> dict[str, set[str]]:
    routed: dict[str, set[str]] = {}
    for op_id, op in operations().items():
        routed.setdefault("handler" if op_id in HANDLERS else route(op), set()).add(op_id)
    return routed


def _items(page: Any) -> list[Any]:
    return list(page.get("items") or []) if isinstance(page, dict) else list(page)


def _collection(api: httpx.Client, name: str = "c") -> str:
    return str(ok(api.post("/collections", json={"name": name, "description": "d"}), 201)["id"])


def _collections_seen(seed: int) -> list[dict[str, Any]]:
    with FakeH2OGPTE(variety=seed) as server, api_client(server) as api:
        for i in range(40):
            _collection(api, f"c{i}")
        return [
            {k: v for k, v in c.items() if k not in ("id", "created_at", "updated_at")}
            for c in ok(api.get("/collections"))
        ]


def test_an_update_cannot_take_another_records_id(strict: FakeH2OGPTE) -> None:
    with api_client(strict) as api:
        first, second = _collection_record(api, "first"), _collection_record(api, "second")
        forged = {"name": "renamed", "id": first["id"], "username": "mallory", "document_count": 99}
        updated = ok(api.patch(f"/collections/{second['id']}", json=forged))
        assert (updated["id"], updated["name"]) == (second["id"], "renamed")
        assert (updated["username"], updated["document_count"]) == ("fake-user", 0)
        listed = ok(api.get("/collections"))
        assert sorted(c["id"] for c in listed) == sorted([first["id"], second["id"]])
        assert ok(api.get(f"/collections/{first['id']}")) == first


def test_a_create_takes_no_owner_count_or_stamp_from_the_body(strict: FakeH2OGPTE) -> None:
    with api_client(strict) as api:
        forged = {"id": "chosen", "username": "mallory", "user_count": 99, "created_at": "1999-01-01T00:00:00Z"}
        created = ok(api.post("/prompt_templates", json={"name": "p", **forged}), 201)
        assert created["id"] != "chosen" and created["username"] == "fake-user"
        assert created.get("user_count") != 99 and created["created_at"] != forged["created_at"]
        require("memory_blocks.create_memory_block", "memory_blocks.update_memory_block")
        block = ok(api.post("/memory_blocks", json={"name": "m", "content": "c", **forged}), 201)
        assert block["id"] != "chosen" and block["username"] == "fake-user" and block.get("user_count") != 99
        update = api.put(f"/memory_blocks/{block['id']}", json={"name": "n", "content": "c", **forged})
        assert update.status_code < 300, update.text
        changed = ok(api.get(f"/memory_blocks/{block['id']}"))
        assert (changed["id"], changed["name"], changed["username"]) == (block["id"], "n", "fake-user")
        assert changed["created_at"] == block["created_at"]


@pytest.mark.parametrize("resource", served())
def test_every_served_resource_lives_through_its_operations(fake_h2ogpte: FakeH2OGPTE, resource: str) -> None:
    schema_name = resources()[resource]
    creator = _ops(resource, "create")[0]
    counter, lister = _one(resource, "count"), _one(resource, "list")
    with api_client(fake_h2ogpte) as api:
        before = _count(api, counter, lister)  # records the fake starts with (none, or e.g. built-in roles)
        key, _ = create(api, resource)
        sent = body(creator).get("json") or body(creator).get("data") or {}
        record = _seen(api, resource, key)
        if record is not None and creator.operation_id not in HANDLERS:  # what was sent is kept where it fits
            kept = {n: v for n, v in sent.items() if _fits(schema_name, n, v) and n in record}
            assert {n: record[n] for n in kept} == kept
        listed = _keys_listed(api, resource)
        assert listed is None or key in listed

        update = _one(resource, "update", item=True)
        if update is not None and update.path_params == update.path_params[-1:]:
            name = _changeable(update, schema_name)
            sent_update = body(update, **({name: "changed"} if name else {}))
            assert api.request(update.method, _path(update, key), **sent_update).status_code < 300
            if name is not None and (after := _seen(api, resource, key)) is not None and name in after:
                assert after[name] == "changed"

        assert _count(api, counter, lister) == (None if before is None else before + 1)

        if not _ops(resource, "delete"):
            pytest.skip(f"the spec generated from has no operation deleting {resource}")
        deleter = _one(resource, "delete", item=True) or _ops(resource, "delete")[0]
        by_body = None if deleter.path_params else {str(deleter.field): [key]}

        def delete() -> httpx.Response:
            return api.request(deleter.method, _path(deleter, key), json=by_body)

        assert delete().status_code < 300
        getter = _one(resource, "get")
        if getter is not None:
            assert api.get(_path(getter, key)).status_code == _missing_status(getter)
        assert key not in (_keys_listed(api, resource) or set())
        assert _count(api, counter, lister) == before
        again = delete()
        assert again.status_code == _missing_status(deleter) == again.json()["code"]


def test_the_readme_counts_what_the_fake_serves() -> None:
    """The README's counts of the fake's operations come from api-spec.yaml and the routing, not by hand."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    require_the_readmes_spec(readme)
    total = len(list(spec_operations()))
    assert f"answers all {total} operations of `api-spec.yaml`" in readme
    generated = len(_routing().get("generated", set()))
    assert f"the {generated} operations with nothing stored to answer from" in readme


def test_the_routing_of_every_operation_is_pinned(figures: list[str]) -> None:
    routed = _routing()
    assert sum(len(v) for v in routed.values()) == len(list(spec_operations()))
    require_the_readmes_spec((ROOT / "README.md").read_text(encoding="utf-8"))  # the floors and the list are its
    classified = {
        "store": sum(op.kind != "other" for op in operations().values()),
        "permissions": sum(route(op) == "permissions" for op in operations().values()),
        "resources": len(resources()),
    }
    for what, floor in FLOORS.items():
        assert classified[what] >= floor, f"{what}: {classified[what]} < {floor}"
    # Exact: an operation a handler takes over leaves the list, one the spec adds without a behaviour joins it.
    generated = routed.get("generated", set())
    assert generated == GENERATED, {
        "now generated": sorted(generated - GENERATED),
        "no longer": sorted(GENERATED - generated),
    }
    figures.append("fake routing: " + ", ".join(f"{len(v)} {k}" for k, v in sorted(routed.items())))


def test_public_sharing_follows_the_records_privacy(api: httpx.Client) -> None:
    collection = ok(api.post("/collections", json={"name": "c", "description": "d"}), 201)["id"]
    assert ok(api.get(f"/collections/{collection}/public_permissions")) == []
    assert api.post(f"/collections/{collection}/is_public", json={"is_public": True}).status_code == 204
    assert ok(api.get(f"/collections/{collection}"))["is_public"] is True
    assert ok(api.get(f"/collections/{collection}/public_permissions")) == ["read"]
    assert api.post(f"/collections/{collection}/is_public", json={"is_public": False}).status_code == 204
    assert ok(api.get(f"/collections/{collection}/public_permissions")) == []

    require("memory_blocks.list_public_memory_block_permissions")
    block = ok(api.post("/memory_blocks", json={"name": "b"}), 201)["id"]
    assert api.put(f"/memory_blocks/{block}/privacy", json={"is_public": True}).status_code == 204
    assert ok(api.get(f"/memory_blocks/{block}"))["is_public"] is True
    assert ok(api.get(f"/memory_blocks/{block}/public_permissions")) == ["read"]
    for path in ("/extractors", "/prompt_templates"):
        creator = _ops(path, "create")[0]
        made = ok(api.post(path, **body(creator, is_public=False)), creator.status)["id"]
        assert api.post(f"{path}/{made}/is_public", json={"is_public": True}).status_code == 204
        assert ok(api.get(f"{path}/{made}"))["is_public"] is True


def test_archive_and_unarchive_change_the_record(api: httpx.Client) -> None:
    collection = ok(api.post("/collections", json={"name": "c", "description": "d"}), 201)["id"]
    assert api.post(f"/collections/{collection}/archive").status_code == 204
    assert ok(api.get(f"/collections/{collection}"))["status"] == "archived"
    assert api.post(f"/collections/{collection}/unarchive").status_code == 204
    assert ok(api.get(f"/collections/{collection}"))["status"] == "active"

    require("chat.archive_chat_session", "chat.unarchive_chat_session")
    session = ok(api.post("/chats", json={}), 201)["id"]
    assert api.post(f"/chats/{session}/archive").status_code == 204
    archived = ok(api.get(f"/chats/{session}"))
    assert archived["status"] == "archived" and archived["archived_at"]
    assert [s["id"] for s in ok(api.get("/admin/chats/archived"))["items"]] == [session]
    assert api.post(f"/chats/{session}/unarchive").status_code == 204
    unarchived = ok(api.get(f"/chats/{session}"))
    assert unarchived["status"] == "active" and "archived_at" not in unarchived
    assert ok(api.get("/admin/chats/archived"))["items"] == []
    assert api.post("/chats/nope/archive").status_code == 404


def test_records_are_found_by_name_only_where_the_path_names_them(api: httpx.Client) -> None:
    ok(api.post("/collections", json={"name": "by-name", "description": "d"}), 201)
    assert api.get("/collections/by-name").status_code == 404
    assert api.delete("/collections/by-name").status_code == 404
    ok(api.post("/tags", json={"name": "finance"}), 201)
    assert ok(api.get("/tags/finance"))["name"] == "finance"


def one_of_each(api: httpx.Client, made: set[str]) -> dict[str, str]:
    """A record of every served resource not in `made`, by the prefix of each path under it that names
    one (`/admin/api_keys/expire` for `/admin/api_keys/expire/{key_id}`), as the every-operation tests
    look ids up."""
    ids: dict[str, str] = {}
    for resource in served():
        if resource in made:
            continue
        key, _ = create(api, resource)
        for op in operations().values():
            if op.path.startswith(resource + "/") and op.path_params:
                ids[op.path.split("/{")[0]] = key
    return ids


def test_variety_fills_what_was_not_sent_and_keeps_what_was() -> None:
    require("memory_blocks.create_memory_block", "memory_blocks.list_memory_blocks")
    for seed in (1, 2, 3):
        with FakeH2OGPTE(variety=seed) as server, api_client(server) as api:
            for i in range(10):
                ok(api.post("/memory_blocks", json={"name": f"b{i}", "content": "c"}), 201)
            blocks = ok(api.get("/memory_blocks"))["items"]
            assert [(b["name"], b["content"]) for b in blocks] == [(f"b{i}", "c") for i in range(10)]
            assert {b.get("is_public", "absent") for b in blocks} != {"absent"}


@pytest.mark.parametrize("variety", [None, 3])
def test_a_made_up_listing_still_honours_offset_and_limit(variety: int | None) -> None:
    # Clients page until an empty page and refuse a server that repeats itself: a made-up listing must page.
    listings = [
        op
        for op in operations().values()
        if route(op) == "generated" and op.method == "GET" and not op.path_params and _paged(op.method, op.path)
    ]
    assert listings  # e.g. GET /guardrails/violations
    shown = 0
    with FakeH2OGPTE(variety=variety) as server, api_client(server) as client:
        for op in listings:
            assert _items(ok(client.get(op.path, params={"offset": 1000, "limit": 100}))) == [], op.operation_id
            if variety is None:  # tidy data: the page after the first page's items is empty
                everything = _items(ok(client.get(op.path, params={"offset": 0, "limit": 100})))
                past = ok(client.get(op.path, params={"offset": len(everything), "limit": 100}))
                assert _items(past) == [], op.operation_id
                shown += len(everything)
    assert variety is not None or shown > 0


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_pages_of_a_made_up_listing_are_windows_of_one_list(seed: int) -> None:
    # Paged one item at a time, a made-up listing shows what one page of everything shows, without an id twice:
    # a client that pages (`iter_*`, `run_job`'s extractions) would otherwise see the next offset answered
    # with the same items and stop, as from a server that ignores offset.
    listings = [
        op
        for op in operations().values()
        if route(op) == "generated"
        and op.method == "GET"
        and _paged(op.method, op.path)
        and (not op.path_params or op.path == "/extractors/{extractor_id}/results")
    ]
    assert listings
    with FakeH2OGPTE(variety=seed) as server, api_client(server) as client:
        extractor = ok(
            client.post("/extractors", json={"name": "e", "description": "d", "llm": "auto", "schema": "{}"})
        )
        for op in listings:
            path = op.path.replace("{extractor_id}", extractor["id"])
            everything = _items(ok(client.get(path, params={"offset": 0, "limit": 1000})))
            one_by_one = [
                _items(ok(client.get(path, params={"offset": i, "limit": 1}))) for i in range(len(everything) + 1)
            ]
            assert [item for window in one_by_one for item in window] == everything, op.operation_id
            ids = [item["id"] for item in everything if isinstance(item, dict) and "id" in item]
            assert len(ids) == len(set(ids)), op.operation_id


def test_made_up_listings_kept_for_their_pages_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fuzzer asks one listing with ever new queries: the made-up listings kept stay few, the oldest let go.
    from h2ogpte_ext.testing import _generic

    monkeypatch.setattr(_generic, "MADE_UP_LISTINGS", 3)
    with FakeH2OGPTE(variety=1) as server, api_client(server) as client:
        extractor = ok(
            client.post("/extractors", json={"name": "e", "description": "d", "llm": "auto", "schema": "{}"})
        )
        results = f"/extractors/{extractor['id']}/results"
        for i in range(10):
            ok(client.get(results, params={"offset": 0, "limit": 5, "unknown": str(i)}))
        assert len(server.state.made_up) == 3
        keys = [key[2] for key in server.state.made_up]
        assert keys == [(("unknown", str(i)),) for i in (7, 8, 9)]


def test_a_resource_is_created_listed_counted_updated_and_deleted(api: httpx.Client) -> None:
    created = ok(api.post("/prompt_templates", json={"name": "terse", "system_prompt": "Be brief."}), 201)
    template = f"/prompt_templates/{created['id']}"
    assert ok(api.get(template)) == created
    assert created["name"] == "terse" and created["system_prompt"] == "Be brief."
    assert [t["id"] for t in ok(api.get("/prompt_templates"))] == [created["id"]]
    assert ok(api.get("/prompt_templates/count")) == {"count": 1}

    updated = ok(api.patch(template, json={"name": "verbose"}))
    assert updated["name"] == "verbose" and ok(api.get(template))["name"] == "verbose"

    assert api.delete(template).status_code == 204
    assert api.get(template).status_code == 404
    assert ok(api.get("/prompt_templates/count")) == {"count": 0}
    # The vendor's guide: deleting what is already deleted answers 404 (the spec lists only 400 here).
    again = api.delete(template)
    assert again.status_code == 404 and again.json()["code"] == 404


def test_a_resource_created_by_a_form_answering_only_its_id(api: httpx.Client) -> None:
    require("agents.add_custom_agent")
    form = {"agent_type": "general", "agent_args": '{"goal": "tidy"}', "agent_name": "tidy"}
    (created,) = ok(api.post("/agents/custom_agents", data=form, files={"file": ("a.zip", b"PK")}), 201)
    agent_id = created["agent_custom_agent_id"]
    agent = ok(api.get(f"/agents/custom_agents/{agent_id}"))
    assert (agent["id"], agent["agent_type"], agent["agent_name"]) == (agent_id, "general", "tidy")
    assert [a["id"] for a in ok(api.get("/agents/custom_agents"))] == [agent_id]
    assert ok(api.delete(f"/agents/custom_agents/{agent_id}")) == {"count": 1}
    assert api.get(f"/agents/custom_agents/{agent_id}").status_code == 404


def test_a_property_of_a_resource_is_set_and_cleared(api: httpx.Client) -> None:
    collection_id = _collection(api)
    path = f"/collections/{collection_id}"
    # An older release's spec takes a date only (`format: date`).
    expiry = body_property("PUT", "/collections/{collection_id}/expiry_date", "expiry_date") or {}
    sent = "2030-01-02" if expiry.get("format") == "date" else "2030-01-02T03:04:05Z"
    assert api.put(f"{path}/expiry_date", json={"expiry_date": sent}).status_code == 204
    assert ok(api.get(path))["expiry_date"].startswith(sent.removesuffix("Z"))
    if expiry.get("format") in (None, "date"):  # a date alone (where the body takes one): that day's midnight
        assert api.put(f"{path}/expiry_date", json={"expiry_date": "2031-05-06"}).status_code == 204
        assert ok(api.get(path))["expiry_date"].startswith("2031-05-06T00:00:00")
    assert api.delete(f"{path}/expiry_date").status_code == 204
    assert "expiry_date" not in ok(api.get(path))
    assert api.put(f"{path}/size_limit", json={"current_size_limit": 1}).status_code in (204, 400)


def test_settings_under_a_resource_are_kept(api: httpx.Client) -> None:
    collection_id = _collection(api)
    settings = ok(api.get(f"/collections/{collection_id}/chat_settings"))
    changed = {**settings, "llm": "meta-llama/Llama-3.3-70B-Instruct"}
    assert api.put(f"/collections/{collection_id}/chat_settings", json=changed).status_code == 204
    assert ok(api.get(f"/collections/{collection_id}/chat_settings"))["llm"] == "meta-llama/Llama-3.3-70B-Instruct"


def test_resources_under_a_missing_parent_are_404(api: httpx.Client) -> None:
    assert api.get("/collections/nope/settings").status_code == 404
    # The documented status (1.7.5: 400).
    missing = not_found("GET", "/prompt_templates/{prompt_template_id}/permissions")
    assert api.get("/prompt_templates/nope/permissions").status_code == missing


def test_one_permissions_table_for_sharing(api: httpx.Client) -> None:
    collection_id = _collection(api)
    permissions = f"/collections/{collection_id}/permissions"
    assert ok(api.get(permissions)) == []
    assert api.put(f"{permissions}/alice", json={"permissions": ["read", "write"]}).status_code == 204
    assert api.put(f"/collections/{collection_id}/group_permissions/team", json={}).status_code == 204
    assert ok(api.get(permissions)) == [{"username": "alice", "permissions": ["read", "write"]}]
    assert [g["group_id"] for g in ok(api.get(f"/collections/{collection_id}/group_permissions"))] == ["team"]
    assert api.delete(f"{permissions}/alice").status_code == 204
    assert ok(api.get(permissions)) == []

    template = ok(api.post("/prompt_templates", json={"name": "t"}), 201)["id"]
    shared = f"/prompt_templates/{template}/permissions"
    assert api.put(shared, json={"usernames": ["bob", "carol"]}).status_code == 204
    assert sorted(p["username"] for p in ok(api.get(shared))) == ["bob", "carol"]
    assert api.delete(shared).status_code == 204
    assert ok(api.get(shared)) == []


def test_variety_is_deterministic_and_covers_nulls_absences_and_every_enum_value() -> None:
    first, again, other = _collections_seen(7), _collections_seen(7), _collections_seen(8)
    assert first == again
    assert first != other
    assert {c["name"] for c in first} == {f"c{i}" for i in range(40)}  # what the workflow relies on stays
    if has("Collection.vex_encryption"):
        encryption = [c.get("vex_encryption", "absent") for c in first]
        assert {None, "absent", "enabled", "disabled"} <= set(encryption)
    assert {"auto", "llm_only", "rag", "hyde1", "hyde2", "rag+", "all_data"} <= {c.get("rag_type") for c in first}


@pytest.mark.parametrize(
    ("method", "documented", "strict", "status"),
    [
        ("GET", {"200", "400", "404"}, False, 404),
        ("GET", {"200", "400"}, False, 400),  # the documented 400
        ("GET", {"200", "401"}, False, 404),  # neither listed (an older release's spec): the server's 404
        ("GET", {"200", "401"}, True, 404),
        ("DELETE", {"204", "400"}, False, 404),  # the vendor's guide
        ("DELETE", {"204", "400"}, True, 400),
    ],
)
def test_a_missing_record_answers_404_unless_the_operation_lists_400_and_not_404(
    method: str, documented: set[str], strict: bool, status: int
) -> None:
    assert _missing_answer(404, "gone", method, frozenset(documented), strict).status == status
    assert _missing_answer(409, "taken", method, frozenset(documented), strict).status == 409
