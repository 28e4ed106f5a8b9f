"""Path parameters that would make a request's path name another resource are refused before anything is sent,
and a redirect that would carry a write to another path (or turn it into a GET) is not followed.

`unshare_collection(collection_id, "")` used to send `DELETE /collections/{id}/permissions/`; the server
redirected it to `/collections/{id}/permissions` and the client followed: `unshare_collection_for_all`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from h2ogpte_ext import H2OGPTE, APIStatusError, AsyncH2OGPTE
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.calls import arguments_for, call_arguments, ident, module_of, path_names, warns_if_deprecated
from tests.either import Either
from tests.spec_tools import load_spec, operations
from tests.test_cli import h2ogpte_ext

ADDRESS = "http://h2ogpte.invalid"
WITH_PATH_PARAMETERS = [
    op for op in operations(load_spec()) if any(p["in"] == "path" for p in op.op.get("parameters", []))
]


def _refused(value: Any) -> list[Any]:
    """The values of a path parameter that must be refused: empty, and (for a list) empty or with an empty item."""
    return [[], ["a", ""]] if isinstance(value, list) else ["", ".", ".."]


def test_every_operation_refuses_an_empty_path_parameter_and_sends_nothing(figures: list[str]) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    sync_client = H2OGPTE(
        address=ADDRESS, api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    async_client = AsyncH2OGPTE(
        address=ADDRESS, api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    loop = asyncio.new_event_loop()
    problems: list[str] = []
    calls = 0
    try:
        for op in WITH_PATH_PARAMETERS:
            tag, name = ident(op.tag), ident(op.operation_id)
            methods: list[tuple[str, Any, bool]] = [
                ("sync", getattr(getattr(sync_client, tag), name), False),
                ("sync raw", getattr(getattr(sync_client, tag).with_raw_response, name), False),
                ("async", getattr(getattr(async_client, tag), name), True),
                ("async raw", getattr(getattr(async_client, tag).with_raw_response, name), True),
            ]
            for label, method, is_async in methods:
                args, kwargs, *_ = call_arguments(op, method)
                for position, parameter in enumerate(path_names(op)):
                    for bad in _refused(args[position]):
                        given = [*args[:position], bad, *args[position + 1 :]]
                        calls += 1
                        try:
                            with warns_if_deprecated(op):
                                outcome = method(*given, **kwargs)
                            if is_async:
                                loop.run_until_complete(outcome)
                        except ValueError as error:
                            if f"`{parameter}`" not in str(error):
                                problems.append(f"{label} {name}({parameter}={bad!r}): {error}")
                        else:
                            problems.append(f"{label} {name}({parameter}={bad!r}) was not refused")
            # The generated module's own functions too (the low-level `client.api` path).
            module = module_of(op)
            for parameter in path_names(op):
                arguments, *_ = arguments_for(op, module.sync_detailed)
                arguments[parameter] = _refused(arguments[parameter])[0]
                with pytest.raises(ValueError, match=f"`{parameter}`"), warns_if_deprecated(op):
                    module.sync_detailed(client=sync_client.api, **arguments)
    finally:
        sync_client.close()
        loop.run_until_complete(async_client.close())
        loop.close()
    assert not problems, "\n".join(problems[:20])
    assert sent == []
    # Exactly the operations whose route holds a parameter: none is missed by reading `parameters`.
    assert {str(op) for op in WITH_PATH_PARAMETERS} == {str(op) for op in operations(load_spec()) if "{" in op.path}
    figures.append(
        f"path parameters: {len(WITH_PATH_PARAMETERS)} operations refuse an empty value, '.' and '..' "
        f"({calls} calls, sync and async, nothing sent)"
    )


def test_an_empty_username_does_not_unshare_with_everyone(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make(max_retries=0)
    collection = c.run(c.client.collections.create_collection(name="shared", description="d"))
    for user in ("alice", "bob"):
        c.run(c.client.collections.share_collection(collection.id, user, permissions=["read"]))
    before = len(fake_h2ogpte.state.requests)
    with pytest.raises(ValueError, match=r"Expected a non-empty value for `username` but received ''"):
        c.run(c.client.collections.unshare_collection(collection.id, ""))
    # The same shape: `DELETE /users/{user_id}/roles/` is reset_user_roles, `DELETE /groups/` is
    # delete_groups_by_names.
    with pytest.raises(ValueError, match="`role_names`"):
        c.run(c.client.permissions.remove_roles_from_user("user-1", []))
    with pytest.raises(ValueError, match="`group_ids`"):
        c.run(c.client.permissions.delete_groups([""]))
    assert fake_h2ogpte.state.requests[before:] == []
    permissions = c.run(c.client.collections.get_collection_permissions(collection.id))
    assert sorted(p.username for p in permissions) == ["alice", "bob"]


def test_the_cli_refuses_an_empty_path_parameter(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        collection = client.collections.create_collection(name="shared", description="d")
        client.collections.share_collection(collection.id, "alice", permissions=["read"])
        before = len(fake_h2ogpte.state.requests)
        done = h2ogpte_ext(
            "api", "unshare_collection", "--collection-id", collection.id, "--username", "", server=fake_h2ogpte
        )
        assert done.returncode == 1
        assert "Expected a non-empty value for `username`" in done.stderr
        assert not [r for r in fake_h2ogpte.state.requests[before:] if r.method == "DELETE"]
        assert [p.username for p in client.collections.get_collection_permissions(collection.id)] == ["alice"]


# --- redirects ---------------------------------------------------------------------------------------------


def _send(c: Either, method: str, path: str) -> httpx.Response:
    """A request through the client's own httpx client (its hooks, retries and redirects)."""
    if isinstance(c.client, H2OGPTE):
        return c.client.api.get_httpx_client().request(method, path)
    return c.run(c.client.api.get_async_httpx_client().request(method, path))  # type: ignore[no-any-return]


def test_a_delete_redirected_to_another_path_is_not_followed(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make(max_retries=0)
    collection = c.run(c.client.collections.create_collection(name="shared", description="d"))
    c.run(c.client.collections.share_collection(collection.id, "alice", permissions=["read"]))
    before = len(fake_h2ogpte.state.requests)
    # The fake redirects a trailing slash away (307), as the server does.
    with pytest.raises(APIStatusError, match=r"307 .*DELETE .*/permissions/\).*not followed") as caught:
        _send(c, "DELETE", f"/collections/{collection.id}/permissions/")
    assert caught.value.status_code == 307
    assert [(r.method, r.path) for r in fake_h2ogpte.state.requests[before:]] == [
        ("DELETE", f"/api/v1/collections/{collection.id}/permissions/")
    ]
    permissions = c.run(c.client.collections.get_collection_permissions(collection.id))
    assert [p.username for p in permissions] == ["alice"]
    # A GET is followed wherever it leads.
    followed = _send(c, "GET", f"/collections/{collection.id}/permissions/")
    assert followed.status_code == 200 and [r.status_code for r in followed.history] == [307]


def test_a_post_turned_into_a_get_is_not_followed_but_a_same_path_redirect_is(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    c = make(max_retries=0)
    fake_h2ogpte.faults.add(path="/api/v1/collections", method="POST", status=302, location="/api/v1/collections")
    with pytest.raises(APIStatusError, match="redirects it as a GET; not followed"):
        c.run(c.client.collections.create_collection(name="a", description="d"))
    assert [r.method for r in fake_h2ogpte.state.requests if r.path == "/api/v1/collections"] == ["POST"]
    # A 308 to the same path keeps the method and the body: followed.
    fake_h2ogpte.faults.add(path="/api/v1/collections", method="POST", status=308, location="/api/v1/collections")
    created = c.run(c.client.collections.create_collection(name="b", description="d"))
    assert created.name == "b"
    assert [r.method for r in fake_h2ogpte.state.requests if r.path == "/api/v1/collections"] == ["POST"] * 3
