"""Every operation of api-spec.yaml is generated, and each of its four functions sends the right request."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from h2ogpte_api import AuthenticatedClient

from tests.calls import arguments_for, module_of, reply_for, success_of, warns_if_deprecated
from tests.spec_tools import Operation, load_spec, operations

BASE = "http://h2ogpte.invalid/api/v1"
FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _check(op: Operation, requests: list[httpx.Request], expected_path: str, query: dict[str, Any]) -> str:
    if len(requests) != 1:
        return f"{len(requests)} requests sent"
    req = requests[0]
    if req.method != op.method.upper():
        return f"method {req.method}"
    if req.url.raw_path.split(b"?")[0].decode() != "/api/v1" + expected_path:
        return f"URL {req.url.raw_path.decode()!r}, expected {'/api/v1' + expected_path!r}"
    for name in query:
        if name not in req.url.params:
            return f"required query parameter {name!r} not sent"
    return ""


def test_every_operation_is_generated_with_the_right_method_and_url(figures: list[str]) -> None:
    spec = load_spec()
    sent: list[httpx.Request] = []
    replies: dict[str, httpx.Response] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return replies["next"]

    client = AuthenticatedClient(base_url=BASE, token="k", raise_on_unexpected_status=True)
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler)))
    client.set_async_httpx_client(httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler)))

    problems: list[str] = []
    checked = 0
    ops = list(operations(spec))

    async def call_async(func: Any, kwargs: dict[str, Any]) -> Any:
        return await func(client=client, **kwargs)

    for op in ops:
        try:
            module = module_of(op)
        except ImportError as exc:
            problems.append(f"{op}: not generated ({exc})")
            continue
        missing = [name for name in FUNCTIONS if not callable(getattr(module, name, None))]
        if missing:
            problems.append(f"{op}: missing {', '.join(missing)}")
            continue
        for name in FUNCTIONS:
            func = getattr(module, name)
            kwargs, path, query = arguments_for(op, func)
            replies["next"] = reply_for(op)
            sent.clear()
            try:
                with warns_if_deprecated(op):
                    if name.startswith("asyncio"):
                        result = asyncio.run(call_async(func, kwargs))
                    else:
                        result = func(client=client, **kwargs)
            except Exception as exc:
                problems.append(f"{op}: {name} raised {type(exc).__name__}: {exc}")
                continue
            problem = _check(op, sent, path, query)
            if not problem and name.endswith("detailed") and result.status_code != success_of(op)[0]:
                problem = f"status {result.status_code}"
            if problem:
                problems.append(f"{op}: {name}: {problem}")
        checked += 1

    figures.append(f"spec parity: {checked} of {len(ops)} operations generated and checked")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
    assert checked == len(ops) == sum(1 for _ in operations(spec)) > 0
