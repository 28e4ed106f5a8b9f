"""The generated models refuse JSON values of the wrong type: a success body whose values do not have the spec's
types is `APIResponseValidationError` naming the model, the field and the value, never a wrong value kept
(`is_public: "false"`, truthy) nor a null where the spec allows none (a later TypeError far from the cause).

The rules (scripts/codegen/templates/type_checks.jinja): string is a str; integer an int, never a bool nor a
float, even 3.0; number an int or a float, never a bool; boolean a bool only; date-time and date a string that
parses; a string enum a string (one it does not list is kept as an `UnknownEnumValue`: forward compatible); an
array a list (of items of the declared scalar type); an object a dict (what it does not declare is kept in
`additional_properties`).
null only where the spec makes the property nullable; an absent optional property is UNSET, and so is an
optional scalar, enum or date-time one sent as null. A subclass of the
type (a str enum, an IntEnum) passes.

Unit cases on `from_dict`, table-driven, then end to end over real HTTP: a test's own loopback server answers
with wrong types, and the client's resource methods raise `APIResponseValidationError`.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
from typing import Any

import attrs
import h2ogpte_api.models
import httpx
import pytest
from h2ogpte_api.api.permissions import is_permission_granted
from h2ogpte_api.models import Collection, CollectionCreateRequest, JobDetails, PermissionCheckRequest
from h2ogpte_api.types import UNSET, UnknownEnumValue
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from h2ogpte_ext import H2OGPTE, APIResponseValidationError
from h2ogpte_ext._errors import UsageError
from h2ogpte_ext._spec import body as operation_body
from tests.either import Either
from tests.in_spec import needs, require
from tests.raw import serving
from tests.spec_tools import minimal_instance


def _model(name: str, *fields: str) -> Any:
    """The generated model `name`, or a skip naming what this spec lacks: these tests take their examples
    from 1.7.5's models, and a client generated from another spec may not have them."""
    model = getattr(h2ogpte_api.models, name, None)
    if model is None:
        pytest.skip(f"the spec generated from has no model {name}")
    missing = [f for f in fields if f not in attrs.fields_dict(model)]
    if missing:
        pytest.skip(f"the spec generated from has no {', '.join(f'{name}.{f}' for f in missing)}")
    return model


def valid(schema: str, **fields: Any) -> dict[str, Any]:
    """A JSON object valid for the spec's `schema` (required properties only), with `fields` on top."""
    return {**minimal_instance({"$ref": f"#/components/schemas/{schema}"}), **fields}


class Colour(str, enum.Enum):
    RED = "red"


class Size(enum.IntEnum):
    BIG = 7


# (model, JSON changes, the error's message): each body differs from a valid one in one value.
REFUSED: list[tuple[str, dict[str, Any], str]] = [
    # boolean: a bool only
    ("Collection", {"is_public": "false"}, "Collection.is_public: expected a boolean, got str 'false'"),
    ("Collection", {"is_public": 0}, "Collection.is_public: expected a boolean, got int 0"),
    ("Collection", {"is_public": None}, "Collection.is_public: expected a boolean, got null"),
    # integer: an int, not a bool, not a float (not even a whole one), not a string of digits
    ("Collection", {"document_count": True}, "Collection.document_count: expected an integer, got bool True"),
    ("Collection", {"document_count": 3.0}, "Collection.document_count: expected an integer, got float 3.0"),
    ("Collection", {"document_count": "3"}, "Collection.document_count: expected an integer, got str '3'"),
    # string
    ("Collection", {"name": 5}, "Collection.name: expected a string, got int 5"),
    ("Collection", {"name": None}, "Collection.name: expected a string, got null"),
    ("Collection", {"name": ["a"]}, "Collection.name: expected a string, got list ['a']"),
    # number: an int or a float, not a bool, not null unless nullable
    ("JobDetails", {"progress": None}, "JobDetails.progress: expected a number, got null"),
    ("JobDetails", {"progress": False}, "JobDetails.progress: expected a number, got bool False"),
    ("JobDetails", {"progress": "0.5"}, "JobDetails.progress: expected a number, got str '0.5'"),
    ("Collection", {"size_limit": 1.5}, "Collection.size_limit: expected an integer, got float 1.5"),
    ("Collection", {"exempt_from_chat_expiry": "no"}, "Collection.exempt_from_chat_expiry: expected a boolean"),
    # date-time: a string that parses
    ("Collection", {"created_at": 1714979289}, "Collection.created_at: expected a date-time string, got int"),
    ("Collection", {"created_at": "yesterday"}, "Collection.created_at: expected a date-time string, got str"),
    ("Collection", {"created_at": None}, "Collection.created_at: expected a date-time string, got null"),
    # enum: a string (any other is kept: see the forward compatibility tests), never another type (an unhashable
    # value too, named the same way)
    ("JobDetails", {"overall_status": 5}, "JobDetails.overall_status: expected one of 'canceled', 'completed'"),
    ("JobDetails", {"overall_status": ["completed"]}, "JobDetails.overall_status: expected one of"),
    ("Collection", {"vex_encryption": 1}, "Collection.vex_encryption: expected one of 'disabled', 'enabled', got int"),
    # nullable: null passes, other types do not
    ("Agent", {"owner": 5}, "Agent.owner: expected a string or null, got int 5"),
    ("Chunk", {"start_time": "1.5"}, "Chunk.start_time: expected a number or null, got str '1.5'"),
    ("Chunk", {"start_time": True}, "Chunk.start_time: expected a number or null, got bool True"),
    ("KnowledgeGraphData", {"total_nodes": 2.5}, "KnowledgeGraphData.total_nodes: expected an integer or null"),
    ("JobHistoryDetails", {"started_at": 0}, "JobHistoryDetails.started_at: expected a date-time string or null"),
    # arrays: a list, with items of the declared scalar type
    ("JobDetails", {"errors": "it failed"}, "JobDetails.errors: expected an array, got str 'it failed'"),
    ("JobDetails", {"errors": ["ok", None]}, "JobDetails.errors[1]: expected a string, got null"),
    ("JobDetails", {"statuses": {}}, "JobDetails.statuses: expected an array, got dict {}"),
    # objects: a dict (a nested model names itself), and typed additional properties
    ("Collection", {"metadata_dict": "x"}, "CollectionMetadataDict: expected an object, got str 'x'"),
    ("JobDetails", {"statuses": ["done"]}, "JobDetailsStatus: expected an object, got str 'done'"),
    ("AgentSkill", {"api_key_hints": {"KEY": 1}}, "AgentSkillApiKeyHints['KEY']: expected a string, got int 1"),
]


@pytest.mark.parametrize(
    ("model", "changes", "message"),
    REFUSED,
    ids=[f"{model}-{'-'.join(changes)}-{type(next(iter(changes.values()))).__name__}" for model, changes, _ in REFUSED],
)
def test_a_value_of_the_wrong_type_is_a_type_error_naming_model_field_and_value(
    model: str, changes: dict[str, Any], message: str
) -> None:
    parser = _model(model, *changes)
    data = valid(model, **changes)
    with pytest.raises(TypeError, match="^" + re.escape(message)):
        parser.from_dict(data)


# (model, JSON changes, the attribute's expected value): values the spec allows, including null where nullable.
ACCEPTED: list[tuple[str, dict[str, Any], str, Any]] = [
    ("Collection", {"vex_encryption": None}, "vex_encryption", None),
    ("Collection", {"vex_encryption": "enabled"}, "vex_encryption", "enabled"),
    ("Collection", {}, "thumbnail", UNSET),  # absent: UNSET, not None
    # optional but not nullable, sent as null (as pydantic servers send an unset Optional): absent, UNSET
    ("Collection", {"thumbnail": None}, "thumbnail", UNSET),
    ("Collection", {"expiry_date": None}, "expiry_date", UNSET),
    ("Collection", {"size_limit": None}, "size_limit", UNSET),
    ("Collection", {"document_count": 0}, "document_count", 0),
    ("Collection", {"is_public": False}, "is_public", False),
    ("Agent", {"owner": None}, "owner", None),
    ("Agent", {"owner": "someone@example.com"}, "owner", "someone@example.com"),
    ("Chunk", {"start_time": None}, "start_time", None),
    ("Chunk", {"start_time": 3}, "start_time", 3),  # a whole number is a JSON number too
    ("KnowledgeGraphData", {"total_nodes": None}, "total_nodes", None),
    ("KnowledgeGraphData", {"total_nodes": 12}, "total_nodes", 12),
    ("JobHistoryDetails", {"started_at": None}, "started_at", None),
    ("JobDetails", {"progress": 1}, "progress", 1),
    ("JobDetails", {"progress": 0.25}, "progress", 0.25),
    ("JobDetails", {"errors": ["a", "b"]}, "errors", ["a", "b"]),
    # subclasses of the JSON types, as a caller's own dict may hold them
    ("Collection", {"name": Colour.RED}, "name", Colour.RED),
    ("Collection", {"document_count": Size.BIG}, "document_count", Size.BIG),
    ("JobDetails", {"errors": [Colour.RED]}, "errors", [Colour.RED]),
]


@pytest.mark.parametrize(("model", "changes", "attribute", "expected"), ACCEPTED)
def test_values_the_spec_allows_parse(model: str, changes: dict[str, Any], attribute: str, expected: Any) -> None:
    parsed = _model(model, *changes, attribute).from_dict(valid(model, **changes))
    assert getattr(parsed, attribute) == expected
    assert type(getattr(parsed, attribute)) is type(expected)


def test_a_nullable_date_time_parses_and_an_absent_one_is_unset() -> None:
    JobHistoryDetails = _model("JobHistoryDetails", "started_at")
    parsed = JobHistoryDetails.from_dict(valid("JobHistoryDetails", started_at="2024-05-06T07:08:09Z"))
    assert isinstance(parsed.started_at, datetime.datetime) and parsed.started_at.year == 2024
    assert JobHistoryDetails.from_dict(valid("JobHistoryDetails")).started_at is UNSET


def test_a_mapping_that_is_not_a_dict_is_still_an_object() -> None:
    from types import MappingProxyType

    parsed = Collection.from_dict(MappingProxyType(valid("Collection")))
    assert parsed.name == "text"
    with pytest.raises(TypeError, match=r"^Collection: expected an object, got list \[\]"):
        Collection.from_dict([])  # type: ignore[arg-type]


# --- end to end: the client refuses what a server sends of the wrong type ------------------------------------


def _api(**answers: Any) -> Starlette:
    """A server answering GET /collections/{id}, GET /collections, GET /jobs/{id} and POST
    /permissions/is_granted with the JSON values given (by route name)."""

    def route(name: str) -> Any:
        async def answer(request: Request) -> Response:
            return JSONResponse(answers[name])

        return answer

    return Starlette(
        routes=[
            Route("/api/v1/collections", route("collections")),
            Route("/api/v1/collections/{collection_id}", route("collection")),
            Route("/api/v1/jobs/{job_id}", route("job")),
            Route("/api/v1/permissions/is_granted", route("granted"), methods=["POST"]),
        ]
    )


def _client(kind: str, address: str) -> Either:
    return Either(kind, address=address, api_key="sk-test", max_retries=0)


def test_a_string_for_a_boolean_is_api_response_validation_error_naming_the_field(kind: str) -> None:
    collection = valid("Collection", id="c1", is_public="false")
    with serving(_api(collection=collection)) as address:
        c = _client(kind, address)
        try:
            with pytest.raises(APIResponseValidationError) as caught:
                c.run(c.client.collections.get_collection("c1"))
            with pytest.raises(APIResponseValidationError, match=r"Collection\.is_public"):
                c.run(c.client.collections.with_raw_response.get_collection("c1"))
        finally:
            c.close()
    error = caught.value
    assert "Collection.is_public: expected a boolean, got str 'false'" in str(error)
    assert "GET " in str(error) and "/api/v1/collections/c1" in str(error)
    assert error.status_code == 200 and json.loads(error.body)["is_public"] == "false"
    assert not isinstance(error, TypeError)  # the client's error, the TypeError as its cause
    assert isinstance(error.__cause__, TypeError)


def test_a_null_progress_is_api_response_validation_error_not_type_error(kind: str) -> None:
    job = valid("JobDetails", id="job-1", progress=None)
    with serving(_api(job=job)) as address:
        c = _client(kind, address)
        try:
            with pytest.raises(APIResponseValidationError, match=r"JobDetails\.progress: expected a number, got null"):
                c.run(c.client.jobs.get_job("job-1"))
        finally:
            c.close()


def test_one_bad_record_in_a_listing_fails_the_listing_naming_it(kind: str) -> None:
    records = [valid("Collection", id=f"c{i}") for i in range(100)]
    records[57]["document_count"] = 3.0
    with serving(_api(collections=records)) as address:
        c = _client(kind, address)
        try:
            match = r"Collection\.document_count: expected an integer, got float 3\.0"
            with pytest.raises(APIResponseValidationError, match=match):
                c.run(c.client.collections.list_collections())
        finally:
            c.close()


def test_a_bare_scalar_or_array_body_is_checked_too(kind: str) -> None:
    with serving(_api(granted="false", collections={"items": []})) as address:
        c = _client(kind, address)
        try:
            with pytest.raises(APIResponseValidationError, match="is_permission_granted: expected a boolean"):
                c.call(is_permission_granted, body=PermissionCheckRequest.from_dict(valid("PermissionCheckRequest")))
            with pytest.raises(APIResponseValidationError, match="list_collections: expected an array, got dict"):
                c.run(c.client.collections.list_collections())
        finally:
            c.close()


def test_a_body_of_the_right_types_still_parses(kind: str) -> None:
    require("Collection.vex_encryption")
    collection = valid("Collection", id="c1", is_public=True, vex_encryption=None)
    with serving(_api(collection=collection, granted=True)) as address:
        c = _client(kind, address)
        try:
            got = c.run(c.client.collections.get_collection("c1"))
            assert got.is_public is True and got.vex_encryption is None
            assert (
                c.call(is_permission_granted, body=PermissionCheckRequest.from_dict(valid("PermissionCheckRequest")))
                is True
            )
        finally:
            c.close()


# --- forward compatibility: a client generated from an older spec parses a newer server's answers -------------


@needs("Collection.vex_encryption")
def test_a_string_enum_value_the_spec_does_not_list_is_kept_as_an_unknown_enum_value() -> None:
    parsed = Collection.from_dict(valid("Collection", rag_type="agent_only", vex_encryption="rotating"))
    assert parsed.rag_type == "agent_only" and isinstance(parsed.rag_type, UnknownEnumValue)
    assert parsed.vex_encryption == "rotating" and isinstance(parsed.vex_encryption, UnknownEnumValue)  # nullable
    assert repr(parsed.rag_type) == "'agent_only'"
    assert parsed.to_dict()["rag_type"] == "agent_only"  # sent back as the server sent it
    assert Collection.from_dict(parsed.to_dict()).rag_type == "agent_only"
    listed = Collection.from_dict(valid("Collection", rag_type="rag"))
    assert type(listed.rag_type) is str  # a listed value stays a plain str: no cost on the common path
    assert repr(Collection.from_dict(valid("Collection", rag_type=Colour.RED)).rag_type) == "'red'"  # a str enum's


@needs("CollectionCreateRequest.vex_encryption")
def test_a_request_refuses_a_plain_string_its_enum_does_not_list_but_sends_an_unknown_enum_value() -> None:
    sent: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(201, json=valid("Collection", id="c1"))

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with H2OGPTE(address="http://h2ogpte.invalid", api_key="sk-test", http_client=http) as client:
        create = client.collections.create_collection
        with pytest.raises(TypeError, match=r"create_collection\(\): CollectionCreateRequest.vex_encryption: expected"):
            create(name="n", description="d", vex_encryption="rotating")  # type: ignore[call-overload]
        with pytest.raises(TypeError, match=r"CollectionCreateRequest\.vex_encryption: expected one of"):
            create(body={"name": "n", "description": "d", "vex_encryption": "rotating"})
        assert sent == []  # refused before sending
        create(name="n", description="d", vex_encryption=UnknownEnumValue("rotating"))
        create(body={"name": "n", "description": "d", "vex_encryption": UnknownEnumValue("rotating")})
        create(body=CollectionCreateRequest("n", "d", vex_encryption=UnknownEnumValue("rotating")))
    assert [body["vex_encryption"] for body in sent] == ["rotating"] * 3
    # A newer server's answer that a later request sends back is no caller's mistake either.
    assert CollectionCreateRequest.from_dict({"name": "n", "description": "d", "vex_encryption": "x"}).vex_encryption


@needs("CollectionCreateRequest.vex_encryption")
def test_the_command_lines_body_refuses_an_enum_value_the_spec_does_not_list() -> None:
    text = json.dumps({"name": "n", "description": "d", "vex_encryption": "rotating"})
    with pytest.raises(UsageError, match=r"does not fit CollectionCreateRequest: \w+\.vex_encryption: expected"):
        operation_body(CollectionCreateRequest, text, {})


def test_a_newer_servers_job_parses_keeping_its_new_status_and_properties(kind: str) -> None:
    """A job as a later release might send it: a status the spec does not list, and properties it does not
    declare, one of them an object. Served over real HTTP; both clients, plain and raw."""
    job = valid("JobDetails", id="job-1", overall_status="paused", paused_by={"user": "ops"}, resume_in=30)
    with serving(_api(job=job)) as address:
        c = _client(kind, address)
        try:
            got = c.run(c.client.jobs.get_job("job-1"))
            raw = c.run(c.client.jobs.with_raw_response.get_job("job-1"))
        finally:
            c.close()
    for parsed in (got, raw.parsed):
        assert isinstance(parsed, JobDetails) and parsed.id == "job-1"
        assert parsed.overall_status == "paused" and isinstance(parsed.overall_status, UnknownEnumValue)
        assert parsed.additional_properties == {"paused_by": {"user": "ops"}, "resume_in": 30}
        assert parsed["paused_by"] == {"user": "ops"} and "resume_in" in parsed
        sent_back = parsed.to_dict()
        assert (sent_back["overall_status"], sent_back["paused_by"], sent_back["resume_in"]) == (
            "paused",
            {"user": "ops"},
            30,
        )


def test_an_enum_value_of_the_wrong_type_is_still_api_response_validation_error(kind: str) -> None:
    job = valid("JobDetails", id="job-1", overall_status=5, paused_by="ops")
    with serving(_api(job=job)) as address:
        c = _client(kind, address)
        try:
            match = r"JobDetails\.overall_status: expected one of 'canceled', .*'in progress', got int 5"
            with pytest.raises(APIResponseValidationError, match=match):
                c.run(c.client.jobs.get_job("job-1"))
        finally:
            c.close()
