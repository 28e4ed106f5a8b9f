"""What a type checker sees of the resource layer: each method's flattened and `body=` forms, its success type,
its `with_raw_response` form and its `iter_` listing, on both clients. Checked by mypy --strict, never run."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any

from h2ogpte_api.models import (
    ChatSession,
    Collection,
    CollectionCreateRequest,
    CreateChatSessionRequest,
    GuardrailViolation,
    JobDetails,
    JobDetailsOverallStatus,
    UploadShowcaseThumbnailResponse,
)
from h2ogpte_api.types import File, Response, UnknownEnumValue

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE

if sys.version_info >= (3, 11):
    from typing import assert_type
else:
    from typing_extensions import assert_type


def sync_methods(client: H2OGPTE, thumbnail: File) -> None:
    collections = client.collections
    # A path parameter, the success model.
    assert_type(collections.get_collection("c1"), Collection)
    assert_type(collections.get_collection("c1", request_timeout=5, max_retries=0), Collection)
    # A JSON object body: its fields as keywords, or body= (a model or a mapping).
    assert_type(collections.create_collection(name="n", description="d"), Collection)
    assert_type(collections.create_collection(name="n", description="d", collection_settings={"a": 1}), Collection)
    assert_type(collections.create_collection(body=CollectionCreateRequest("n", "d")), Collection)
    assert_type(collections.create_collection(body={"name": "n", "description": "d"}), Collection)
    # An optional body beside a query parameter.
    assert_type(client.chat.create_chat_session(collection_id="c1"), ChatSession)
    assert_type(client.chat.create_chat_session(workspace="w", collection_id="c1"), ChatSession)
    assert_type(client.chat.create_chat_session(body=CreateChatSessionRequest(), collection_id="c1"), ChatSession)
    # A multipart body, flattened the same way; a binary answer.
    assert_type(client.showcase.upload_showcase_thumbnail("s1", file=thumbnail), UploadShowcaseThumbnailResponse)
    assert_type(client.showcase.get_showcase_thumbnail("s1"), File)
    # A text body; no content (204) is None.
    assert_type(
        client.document_ingestion.ingest_from_plain_text(body="text", collection_id="c1", file_name="a.txt"), None
    )
    assert_type(collections.delete_collection("c1"), None)
    assert_type(collections.create_delete_collection_job(collection_ids=["c1"]), JobDetails)
    # A string enum is open: a value the spec does not list (a newer server's) is an UnknownEnumValue.
    job = client.jobs.get_job("j1")
    assert_type(job.overall_status, JobDetailsOverallStatus | UnknownEnumValue)
    assert_type(
        collections.create_collection(name="n", description="d", vex_encryption=UnknownEnumValue("x")), Collection
    )
    # Listings: the page, and every item page by page (a bare list, and `{items, total}`).
    assert_type(collections.list_collections(offset=0, limit=10), list[Collection])
    assert_type(collections.iter_collections(page_size=10, name_filter="n"), Iterator[Collection])
    assert_type(client.guardrails.iter_guardrail_violations(page_size=10), Iterator[GuardrailViolation])
    # The whole response.
    raw = collections.with_raw_response
    assert_type(raw.get_collection("c1"), Response[Collection])
    assert_type(raw.create_collection(name="n", description="d"), Response[Collection])
    assert_type(raw.create_collection(body={"name": "n", "description": "d"}), Response[Collection])
    assert_type(raw.delete_collection("c1"), Response[None])
    assert_type(raw.list_collections(), Response[list[Collection]])
    assert_type(client.chat.with_raw_response.create_chat_session(collection_id="c1"), Response[ChatSession])
    # `parsed` is the success type itself (any other status raises): no narrowing before `.name`.
    assert_type(raw.get_collection("c1").parsed, Collection)
    assert_type(raw.get_collection("c1").parsed.name, str)
    assert_type(raw.delete_collection("c1").parsed, None)


def sync_misuse(client: H2OGPTE) -> None:
    """Calls a type checker refuses (each ignore is an error of its own once the call is accepted)."""
    collections = client.collections
    collections.create_collection(name="n")  # type: ignore[call-overload]  # description is required
    collections.create_collection(name=1, description="d")  # type: ignore[call-overload]
    collections.create_collection(nme="n", description="d")  # type: ignore[call-overload]
    collections.create_collection(body={"name": "n"}, name="n")  # type: ignore[call-overload]  # not both forms
    collections.with_raw_response.create_collection(name="n")  # type: ignore[call-overload]
    collections.get_collection()  # type: ignore[call-arg]
    collections.get_collection(collection_id="c1", timeout=1)  # type: ignore[call-arg]
    collections.iter_collections(offset=0)  # type: ignore[call-arg]  # the iterator owns offset and limit
    with_status: Collection = collections.with_raw_response.get_collection("c1")  # type: ignore[assignment]
    del with_status


async def async_methods(client: AsyncH2OGPTE, thumbnail: File) -> None:
    collections = client.collections
    pending = assert_type(collections.get_collection("c1"), Coroutine[Any, Any, Collection])
    pending.close()
    assert_type(await collections.get_collection("c1"), Collection)
    assert_type(await collections.create_collection(name="n", description="d"), Collection)
    assert_type(await collections.create_collection(body=CollectionCreateRequest("n", "d")), Collection)
    assert_type(await collections.create_collection(body={"name": "n", "description": "d"}), Collection)
    assert_type(await client.chat.create_chat_session(collection_id="c1"), ChatSession)
    assert_type(await client.chat.create_chat_session(body={}, collection_id="c1"), ChatSession)
    assert_type(await client.showcase.upload_showcase_thumbnail("s1", file=thumbnail), UploadShowcaseThumbnailResponse)
    assert_type(await client.showcase.get_showcase_thumbnail("s1"), File)
    assert_type(await collections.delete_collection("c1"), None)
    assert_type(await collections.list_collections(), list[Collection])
    assert_type(collections.iter_collections(page_size=10), AsyncIterator[Collection])
    assert_type(client.guardrails.iter_guardrail_violations(), AsyncIterator[GuardrailViolation])
    raw = collections.with_raw_response
    pending_raw = assert_type(raw.get_collection("c1"), Coroutine[Any, Any, Response[Collection]])
    pending_raw.close()
    assert_type(await raw.get_collection("c1"), Response[Collection])
    assert_type(await raw.create_collection(name="n", description="d"), Response[Collection])
    assert_type(await raw.create_collection(body=CollectionCreateRequest("n", "d")), Response[Collection])
    assert_type(await raw.delete_collection("c1"), Response[None])
    assert_type((await raw.get_collection("c1")).parsed.name, str)
    assert_type(await client.chat.with_raw_response.create_chat_session(body={}), Response[ChatSession])


async def async_misuse(client: AsyncH2OGPTE) -> None:
    collections = client.collections
    await collections.create_collection(name="n")  # type: ignore[call-overload]
    await collections.create_collection(body={"name": "n"}, description="d")  # type: ignore[call-overload]
    await collections.with_raw_response.create_collection(nme="n", description="d")  # type: ignore[call-overload]
    await collections.get_collection(1)  # type: ignore[arg-type]
    not_awaited: Collection = collections.get_collection("c1")  # type: ignore[assignment]
    del not_awaited
