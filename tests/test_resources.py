"""The resource layer: every operation of the spec as `client.<tag>.<operation_id>(...)` on both clients.

The parity test calls each of the spec's operations through `H2OGPTE` and `AsyncH2OGPTE` (and their
`with_raw_response` forms) on a mock transport, passing flattened body fields where the body is a JSON
object, and checks the request on the wire and the typed result. The other tests run against the fake.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import inspect
import json
import pkgutil
import sys
import typing
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from h2ogpte_api import api as resources
from h2ogpte_api.models import Collection, CollectionCreateRequest
from h2ogpte_api.types import File, Response, Unset

from h2ogpte_ext import H2OGPTE, APIResponseValidationError, AsyncH2OGPTE, H2OGPTEError, NotFoundError
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.calls import call_arguments, ident, module_of, reply_for, success_of, warns_if_deprecated
from tests.either import Either
from tests.in_spec import is_the_readmes_spec, needs, require
from tests.spec_tools import ROOT, Operation, load_spec, minimal_instance, operations, resolve

ADDRESS = "http://h2ogpte.invalid"


def _check(
    op: Operation, sent: list[httpx.Request], path: str, query: dict[str, Any], expected_json: Any
) -> str | None:
    if len(sent) != 1:
        return f"{len(sent)} requests sent"
    request = sent[0]
    if request.method != op.method.upper():
        return f"method {request.method}"
    if request.url.raw_path.split(b"?")[0].decode() != "/api/v1" + path:
        return f"URL {request.url.raw_path.decode()!r}"
    missing = [name for name in query if name not in request.url.params]
    if missing:
        return f"required query {missing} not sent"
    if expected_json is not None and json.loads(request.content) != json.loads(json.dumps(expected_json, default=str)):
        return f"body {request.content[:200]!r} != {expected_json!r}"
    return None


def test_every_operation_is_a_typed_method_of_both_clients(figures: list[str]) -> None:
    replies: dict[str, httpx.Response] = {}
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        reply = replies["next"]
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    sync = H2OGPTE(
        address=ADDRESS, api_key="k", max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    asynchronous = AsyncH2OGPTE(
        address=ADDRESS,
        api_key="k",
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )
    problems: list[str] = []
    ops = list(operations(load_spec()))
    calls = 0
    for op in ops:
        tag, name = ident(op.tag), ident(op.operation_id)
        status = success_of(op)[0]
        for kind, client in (("sync", sync), ("async", asynchronous)):
            for raw in (False, True):
                resource = getattr(client, tag)
                method = getattr(resource.with_raw_response if raw else resource, name, None)
                if method is None:
                    problems.append(f"{op}: {kind} {'raw ' if raw else ''}method missing")
                    continue
                args, kwargs, path, query, expected_json = call_arguments(op, getattr(resource, name))
                replies["next"] = reply_for(op)
                sent.clear()
                try:
                    with warns_if_deprecated(op):
                        result = method(*args, **kwargs)
                    if kind == "async":
                        result = asyncio.run(result)
                except Exception as exc:
                    problems.append(f"{op}: {kind} raised {type(exc).__name__}: {exc}")
                    continue
                calls += 1
                problem = _check(op, sent, path, query, expected_json)
                expected = module_of(op).parse(reply_for(op))
                if raw:
                    if not isinstance(result, Response) or result.status_code != status:
                        problem = problem or f"raw result {result!r}"
                    result = result.parsed
                if isinstance(result, File) and isinstance(expected, File):
                    result, expected = result.payload.read(), expected.payload.read()
                if problem is None and result != expected:
                    problem = f"returned {result!r}, expected {expected!r}"
                if problem:
                    problems.append(f"{op}: {kind}{' raw' if raw else ''}: {problem}")
    sync.close()
    asyncio.run(asynchronous.close())
    figures.append(f"resource layer: {len(ops)} of {len(ops)} operations called on both clients, {calls} calls")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])
    assert calls == 4 * len(ops) > 0


def test_every_tag_is_an_attribute_of_both_clients() -> None:
    tags = sorted({ident(op.tag) for op in operations(load_spec())})
    # The spec's tags are exactly the generated package's tag modules.
    assert tags == sorted(m.name for m in pkgutil.iter_modules(resources.__path__) if m.ispkg)
    for tag in tags:
        assert isinstance(getattr(resources.Resources, tag), property | type(resources.Resources.collections))
        module = importlib.import_module(f"h2ogpte_api.api.{tag}")
        assert {n for n in module.__all__ if not n.startswith("Async")} <= set(dir(module))


# --- against the fake ---------------------------------------------------------------------------------------


def test_create_get_and_delete_with_flattened_bodies(make: Callable[..., Either]) -> None:
    c = make()
    created = c.run(c.client.collections.create_collection(name="reports", description="Q3"))
    assert isinstance(created, Collection)
    assert c.run(c.client.collections.get_collection(created.id)).name == "reports"
    session = c.run(c.client.chat.create_chat_session(collection_id=created.id))
    assert session.collection_id == created.id
    assert c.run(c.client.collections.delete_collection(created.id)) is None
    with pytest.raises(NotFoundError):
        c.run(c.client.chat.get_chat_session("no-such-session"))


def test_a_body_may_be_a_model_or_a_mapping(make: Callable[..., Either]) -> None:
    c = make()
    from_model = c.run(c.client.collections.create_collection(body=CollectionCreateRequest("a", "first")))
    from_dict = c.run(c.client.collections.create_collection(body={"name": "b", "description": "second"}))
    assert (from_model.name, from_dict.name) == ("a", "b")


def test_nested_objects_may_be_mappings_and_enum_values_are_checked(make: Callable[..., Either]) -> None:
    c = make()
    settings = {"max_tokens_per_chunk": 320, "chunk_overlap_tokens": 0}
    created = c.run(c.client.collections.create_collection(name="n", description="d", collection_settings=settings))
    assert c.run(c.client.collections.get_collection(created.id)).name == "n"
    require("CollectionCreateRequest.vex_encryption")
    not_an_enum_value: Any = "maybe"  # what mypy would refuse, from untyped code
    with pytest.raises(TypeError, match="maybe"):
        c.run(c.client.collections.create_collection(name="n", description="d", vex_encryption=not_an_enum_value))


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"name": "only a name"}, "missing required argument.*description"),
        ({"name": "x", "description": "y", "body": {"name": "x", "description": "y"}}, "not both"),
        ({"body": ["not", "a", "mapping"]}, "must be a CollectionCreateRequest or a mapping"),
    ],
)
def test_bad_body_arguments_name_the_problem_before_sending(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE, kwargs: dict[str, Any], problem: str
) -> None:
    c = make()
    before = len(fake_h2ogpte.state.requests)
    with pytest.raises(TypeError, match=problem):
        c.run(c.client.collections.create_collection(**kwargs))
    assert len(fake_h2ogpte.state.requests) == before


def test_raw_response_gives_status_and_headers(make: Callable[..., Either]) -> None:
    c = make()
    response = c.run(c.client.collections.with_raw_response.create_collection(name="r", description="d"))
    assert response.status_code == 201
    assert "x-request-id" in response.headers
    assert isinstance(response.parsed, Collection) and response.parsed.name == "r"


def test_iterators_cover_every_page(make: Callable[..., Either]) -> None:
    c = make()
    for i in range(5):
        c.run(c.client.collections.create_collection(name=f"c{i}", description="d"))
    names = c.collect(c.client.collections.iter_collections(page_size=2, sort_column="name", ascending=True))
    assert [n.name for n in names] == [f"c{i}" for i in range(5)]


def _page_server(pages: Callable[[int, int], list[dict[str, Any]]]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        return httpx.Response(200, json=pages(offset, limit))

    return handler


def _collection(i: int) -> dict[str, Any]:
    return Collection.from_dict(
        {**minimal_instance({"$ref": "#/components/schemas/Collection"}), "id": str(i), "name": f"c{i}"}
    ).to_dict()


def _mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> H2OGPTE:
    return H2OGPTE(address=ADDRESS, api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_a_server_capping_its_pages_still_gives_every_item() -> None:
    items = [_collection(i) for i in range(120)]
    with _mock_client(_page_server(lambda offset, limit: items[offset : offset + min(limit, 50)])) as client:
        assert [c.id for c in client.collections.iter_collections(page_size=100)] == [str(i) for i in range(120)]


def test_a_server_ignoring_offset_is_an_error_not_an_endless_loop() -> None:
    items = [_collection(i) for i in range(3)]
    with _mock_client(_page_server(lambda offset, limit: items)) as client:
        iterator: Iterator[Collection] = client.collections.iter_collections(page_size=3)
        with pytest.raises(H2OGPTEError, match="ignores offset"):
            list(iterator)


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        (httpx.Response(200, text="<html>proxy login</html>", headers={"content-type": "text/html"}), "text/html"),
        (httpx.Response(200, json={"id": 1}), "does not parse"),
        (httpx.Response(202, json={}), "202 is not a status this operation documents"),
    ],
)
def test_a_success_that_does_not_parse_is_our_error(reply: httpx.Response, problem: str) -> None:
    with _mock_client(lambda request: reply) as client:
        with pytest.raises(APIResponseValidationError, match=problem) as caught:
            client.collections.get_collection("c1")
        assert caught.value.status_code == reply.status_code
        # The generated layer itself raises the same error through client.api.
        from h2ogpte_api.api.collections import get_collection

        with pytest.raises(APIResponseValidationError):
            get_collection.sync("c1", client=client.api)


def test_per_call_options_are_sent_and_validated(fake_h2ogpte: FakeH2OGPTE, sleeps: list[float]) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key, max_retries=0) as client:
        fake_h2ogpte.faults.add(path="/api/v1/collections", status=503, times=2)
        assert client.collections.list_collections(max_retries=2) == []
        assert len(sleeps) == 2
        fake_h2ogpte.faults.add(path="/api/v1/collections", latency=0.5, times=1)
        with pytest.raises(H2OGPTEError, match="timed out"):
            client.collections.list_collections(request_timeout=0.1)
        for bad in ({"request_timeout": float("nan")}, {"request_timeout": -1}, {"max_retries": -1}):
            with pytest.raises(H2OGPTEError):
                client.collections.list_collections(**bad)


def test_resources_are_built_once_and_only_when_used(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        assert "collections" not in vars(client)
        assert client.collections is client.collections
        assert client.with_options(timeout=5).collections is not client.collections


def test_results_are_typed_without_narrowing(fake_h2ogpte: FakeH2OGPTE) -> None:
    """Checked by mypy --strict (`nox -s typecheck`): each result is the success type, not `X | None`."""
    url, key = fake_h2ogpte.url, fake_h2ogpte.api_key
    with H2OGPTE(address=url, api_key=key) as client:
        collection_id: str = client.collections.create_collection(name="typed", description="d").id
        session_id: str = client.chat.create_chat_session(collection_id=collection_id).id
        names: list[str] = [c.name for c in client.collections.list_collections()]
        raw_status: int = client.chat.with_raw_response.get_chat_session(session_id).status_code
        client.chat.delete_chat_session(session_id)
    assert names == ["typed"] and raw_status == 200

    async def use() -> str:
        async with AsyncH2OGPTE(address=url, api_key=key) as client:
            created = await client.collections.create_collection(name="typed async", description="d")
            names = [c.name async for c in client.collections.iter_collections() if c.id == created.id]
            return names[0]

    assert asyncio.run(use()) == "typed async"


# --- return types, iterators and docstrings of every resource method ------------------------------------------


@functools.cache
def _namespace() -> dict[str, Any]:
    """The names the resource modules' annotations use (imported there for type checkers only)."""
    import collections.abc
    import datetime
    import uuid

    from h2ogpte_api import models, types

    return {
        **vars(collections.abc),
        **vars(types),
        **{name: getattr(models, name) for name in models.__all__},
        "datetime": datetime,
        "uuid": uuid,
        "httpx": httpx,
        "Any": Any,
    }


def _resource_methods() -> Iterator[tuple[str, type[Any], str, Any]]:
    """(tag, class, name, function) for every public method of the four resource classes of every tag."""
    for tag in sorted({ident(op.tag) for op in operations(load_spec())}):
        module = importlib.import_module(f"h2ogpte_api.api.{tag}")
        for class_name in module.__all__:
            cls = getattr(module, class_name)
            for name, function in vars(cls).items():
                if not name.startswith("_") and inspect.isfunction(function):
                    yield tag, cls, name, function


def _return_type(function: Any) -> Any:
    return typing.get_type_hints(function, globalns=_namespace())["return"]


def _contains_any(annotation: Any) -> bool:
    return annotation is Any or any(_contains_any(arg) for arg in typing.get_args(annotation))


def _without_body(op: Operation) -> bool:
    """Every documented success of `op` is a 204 or has no content."""
    ok = {str(code): r for code, r in op.op["responses"].items() if str(code).startswith("2")}
    return bool(ok) and all(code == "204" or not r.get("content") for code, r in ok.items())


def test_no_resource_method_returns_any_and_a_success_without_body_is_none(figures: list[str]) -> None:
    namespace = _namespace()
    ops = {ident(op.operation_id): op for op in operations(load_spec())}
    problems: list[str] = []
    checked = 0
    for _tag, cls, name, function in _resource_methods():
        if cls.__name__.endswith("WithRawResponse"):
            # The resource's own method, sent with send_raw: `Response[...]` is its type for type checkers only
            # (raw_response; tests/typing_examples checks it), its annotations stay the resource's.
            resource = getattr(sys.modules[cls.__module__], cls.__name__.removesuffix("WithRawResponse"))
            if vars(resource).get(name) is not function:
                problems.append(f"{cls.__name__}.{name} is not {resource.__name__}.{name}")
            checked += 1
            continue
        annotations = [function, *getattr(typing, "get_overloads", lambda f: [])(function)]
        returned = {repr(typing.get_type_hints(f, globalns=namespace)["return"]) for f in annotations}
        if len(returned) != 1:
            problems.append(f"{cls.__name__}.{name}: its overloads return {sorted(returned)}")
        annotation = _return_type(function)
        checked += 1
        if _contains_any(annotation):
            # A success without content is `None`; content the spec gives no schema is `h2ogpte_api.types.JSON`.
            problems.append(f"{cls.__name__}.{name} -> {annotation}")
        if name in ops and _without_body(ops[name]) and annotation is not type(None):
            problems.append(f"{cls.__name__}.{name}: no body documented, yet -> {annotation}")
    without_body = [op for op in ops.values() if _without_body(op)]
    for op in without_body:
        status, _ = success_of(op)
        for reply in (httpx.Response(status), httpx.Response(status, json={"stray": "body"})):
            if module_of(op).parse(reply) is not None:
                problems.append(f"{op}: a {status} answer parses as {module_of(op).parse(reply)!r}")
    figures.append(
        f"return types: {checked} resource methods, none with a bare Any; {len(without_body)} operations "
        "without a success body return None"
    )
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])
    assert checked > 4 * len(ops) and len(without_body) > 2


def _listings() -> list[Operation]:
    """The operations that take `offset` and `limit` query parameters."""
    return [
        op
        for op in operations(load_spec())
        if {"offset", "limit"} <= {p["name"] for p in op.op.get("parameters", []) if p["in"] == "query"}
    ]


def _iterator_name(op: Operation) -> str:
    name = ident(op.operation_id)
    for prefix in ("list_", "get_"):
        if name.startswith(prefix):
            return "iter_" + name[len(prefix) :]
    return "iter_" + name


def _listed_schema(op: Operation) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The schema of one listed item, and that of the object wrapping the list as `items` (None for a list)."""
    schema = resolve(success_of(op)[1]["content"]["application/json"]["schema"])
    if schema.get("type") == "array":
        return schema["items"], None
    return schema["properties"]["items"]["items"], schema


def _item_type(listed: Any) -> Any:
    """X of a listing's answer: `list[X]`, or a model whose `items` is `list[X]` (or `list[X] | Unset`)."""
    if typing.get_origin(listed) is not list:
        field = typing.get_type_hints(listed, globalns=_namespace())["items"]
        listed = next(a for a in typing.get_args(field) if a is not Unset) if Unset in typing.get_args(field) else field
    return typing.get_args(listed)[0]


def _collect(items: Iterator[Any] | AsyncIterator[Any]) -> list[Any]:
    if isinstance(items, AsyncIterator):

        async def gather() -> list[Any]:
            return [item async for item in items]

        return asyncio.run(gather())
    return list(items)


def test_every_offset_limit_listing_has_an_iterator_on_both_clients(figures: list[str]) -> None:
    listings = _listings()
    wrapped = [op for op in listings if _listed_schema(op)[1] is not None]
    served: list[httpx.Request] = []
    op_now: dict[str, Operation] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        # One item at offset 0, then an empty page.
        served.append(request)
        item_schema, wrapper = _listed_schema(op_now["op"])
        items = [minimal_instance(item_schema)] if request.url.params["offset"] == "0" else []
        return httpx.Response(200, json=items if wrapper is None else {**minimal_instance(wrapper), "items": items})

    sync = _mock_client(handler)
    asynchronous = AsyncH2OGPTE(
        address=ADDRESS, api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    problems: list[str] = []
    for op in listings:
        op_now["op"] = op
        tag, name = ident(op.tag), _iterator_name(op)
        listing = ident(op.operation_id)
        for kind, client in (("sync", sync), ("async", asynchronous)):
            resource = getattr(client, tag)
            iterator = getattr(resource, name, None)
            if iterator is None:
                problems.append(f"{op}: no {kind} {tag}.{name}")
                continue
            item = _item_type(_return_type(getattr(type(resource), listing)))
            origin = AsyncIterator if kind == "async" else Iterator
            if _return_type(getattr(type(resource), name)) != origin[item]:
                problems.append(f"{op}: {kind} {name} -> {_return_type(getattr(type(resource), name))}")
            args, kwargs, *_ = call_arguments(op, getattr(resource, listing))
            kwargs = {k: v for k, v in kwargs.items() if k not in ("offset", "limit")}
            served.clear()
            items = _collect(iterator(*args, page_size=1, **kwargs))
            pages = [(r.url.params["offset"], r.url.params["limit"]) for r in served]
            if len(items) != 1 or not isinstance(items[0], item) or pages != [("0", "1"), ("1", "1")]:
                problems.append(f"{op}: {kind} {name} gave {items!r} over pages {pages}")
    sync.close()
    asyncio.run(asynchronous.close())
    figures.append(
        f"iterators: {len(listings)} offset/limit listings ({len(wrapped)} answering {{items, total}}), "
        "each iterated on both clients"
    )
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
    # api-spec.yaml has listings answering {items, total}; an older release's spec may have none.
    assert wrapped or not is_the_readmes_spec((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(listings) > len(wrapped)


def test_a_wrapped_listing_iterates_every_page_of_the_fake(
    make: Callable[..., Either], fake_h2ogpte: FakeH2OGPTE
) -> None:
    require("memory_blocks.create_memory_block", "memory_blocks.list_memory_blocks")
    c = make()
    made = [c.run(c.client.memory_blocks.create_memory_block(name=f"block {i}")).id for i in range(3)]
    listed = c.collect(c.client.memory_blocks.iter_memory_blocks(page_size=2, name_filter="block"))
    assert [block.id for block in listed] == made
    listings = [r for r in fake_h2ogpte.state.requests if r.method == "GET" and r.path.endswith("/memory_blocks")]
    pages = [dict(httpx.QueryParams(r.query)) for r in listings]
    assert pages == [{"name_filter": "block", "offset": str(offset), "limit": "2"} for offset in (0, 2, 3)]


def _violations(offset: int, limit: int, total: int) -> dict[str, Any]:
    schema = {"$ref": "#/components/schemas/GuardrailViolation"}
    window = range(offset, min(offset + limit, total))
    return {"total": total, "items": [{**minimal_instance(schema), "id": str(i)} for i in window]}


@needs("guardrails.list_guardrail_violations")
def test_a_wrapped_listing_ends_at_an_empty_page_or_one_without_items() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        page = _violations(offset, limit, 5)
        return httpx.Response(200, json=page if page["items"] else {"total": 5})  # `items` is optional

    with _mock_client(handler) as client:
        assert [v.id for v in client.guardrails.iter_guardrail_violations(page_size=2)] == [str(i) for i in range(5)]


@needs("guardrails.list_guardrail_violations")
def test_a_wrapped_listing_from_a_server_ignoring_offset_is_an_error() -> None:
    def first_page_always(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=_violations(0, 2, 5))

    with _mock_client(first_page_always) as client, pytest.raises(H2OGPTEError, match="ignores offset"):
        list(client.guardrails.iter_guardrail_violations(page_size=2))


def _summary(op: Operation) -> str:
    """The spec's summary of `op` (its description when it has none), whitespace collapsed."""
    return " ".join(str(op.op.get("summary") or op.op["description"]).split())


def test_every_resource_method_docstring_starts_with_the_summary(figures: list[str]) -> None:
    ops = {ident(op.operation_id): op for op in operations(load_spec())}
    iterated = {_iterator_name(op): op for op in _listings()}
    problems: list[str] = []
    checked = 0
    for _tag, cls, name, function in _resource_methods():
        op = ops.get(name) or iterated.get(name)
        if op is None:
            problems.append(f"{cls.__name__}.{name}: neither an operation nor the iterator of a listing")
            continue
        doc = " ".join((inspect.getdoc(function) or "").split())
        if not doc.startswith(_summary(op)):
            problems.append(f"{cls.__name__}.{name}: {doc[:80]!r} does not start with {_summary(op)!r}")
        checked += 1
    without = sorted(ident(op.operation_id) for op in ops.values() if not op.op.get("summary"))
    figures.append(f"docstrings: {checked} resource methods start with their summary ({len(without)} ops have none)")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])
    assert checked >= 4 * len(ops)
