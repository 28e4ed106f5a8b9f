# pyright: basic
"""The README's first example, as a type checker reads it: a `with_raw_response` call's `parsed` is the success
type itself, so `raw.parsed.name` needs no narrowing. Checked by mypy --strict (`nox -s typecheck`) and by
basedpyright (`nox -s verifytypes`); never run (tests/test_model_values.py runs the same lines against the fake)."""

from __future__ import annotations

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE


def sync_name(client: H2OGPTE) -> str:
    raw = client.collections.with_raw_response.get_collection("c1")
    print(raw.status_code, raw.headers["x-request-id"], raw.parsed.name)
    return raw.parsed.name


async def async_name(client: AsyncH2OGPTE) -> str:
    raw = await client.collections.with_raw_response.get_collection("c1")
    return raw.parsed.name


def no_content(client: H2OGPTE) -> None:
    raw = client.collections.with_raw_response.delete_collection("c1")
    nothing: None = raw.parsed  # an answer without content parses to None
    return nothing
