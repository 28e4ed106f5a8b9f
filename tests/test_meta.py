"""`client.meta()` and `h2ogpte-ext whoami`: who the caller is and what the server is (`GET /rpc/meta`, outside
the spec), typed, against the fake and against servers that answer it wrongly or not at all."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from h2ogpte_ext import APIResponseValidationError, NotFoundError, ServerMeta
from h2ogpte_ext.testing import FakeH2OGPTE
from tests.either import Either, client_of
from tests.raw import serving

pytestmark = pytest.mark.e2e


def test_meta_names_the_server_the_user_and_the_licence(make: Callable[..., Either]) -> None:
    c = make()
    about = c.run(c.client.meta())
    assert isinstance(about, ServerMeta)
    assert about.version and about.username and not about.license_expired
    # The same user the REST API names as the owner of what it makes.
    made = c.run(c.client.collections.create_collection(name="mine", description="d"))
    assert made.username == about.username
    assert isinstance(about.permissions, list) and all(isinstance(p, str) for p in about.permissions)
    assert about.raw["version"] == about.version and about.describe().startswith(about.username)


def _server(answer: Any, status: int = 200) -> Starlette:
    async def meta(request: Request) -> Response:
        return JSONResponse(answer, status_code=status)

    return Starlette(routes=[Route("/rpc/meta", meta)])


GOOD = {
    "version": "1.7.5",
    "build": "b",
    "username": "ada",
    "user_id": "u1",
    "subject": "u1",
    "email": "ada@example.com",
    "is_guest": False,
    "license_expired": False,
    "license_expiry_date": "2099-01-01",
    "global_configs": [{"key_name": "max_upload", "string_value": "10", "value_type": "int"}],
    "user_configs": [{"key_name": "max_upload", "string_value": "5", "value_type": "int"}],
    "picture": None,
    "groups": None,
    "workspaces": [],
    "permissions": ["manage_collections"],
    "ui_config": {},
    "a_field_of_a_newer_server": 1,
}


def test_a_servers_answer_is_read_with_nulls_and_fields_it_adds(kind: str) -> None:
    with serving(_server(GOOD)) as address, client_of(kind, address) as c:
        about = c.run(c.client.meta())
    assert (about.groups, about.workspaces, about.configs) == ([], [], {"max_upload": "5"})  # the user's wins
    assert about.raw["a_field_of_a_newer_server"] == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("version", 175, "ServerMeta.version: expected a string, got int"),
        ("license_expired", "no", "ServerMeta.license_expired: expected a boolean, got str"),
        ("permissions", [1], r"ServerMeta.permissions\[\]: expected a string, got int"),
    ],
)
def test_a_wrong_type_is_an_api_response_validation_error(kind: str, field: str, value: Any, message: str) -> None:
    expected = pytest.raises(APIResponseValidationError, match=message)
    with serving(_server({**GOOD, field: value})) as address, client_of(kind, address) as c, expected:
        c.run(c.client.meta())


def test_a_server_without_rpc_meta_is_not_found(kind: str) -> None:
    gone = _server({"detail": "Not Found"}, status=404)
    with serving(gone) as address, client_of(kind, address) as c, pytest.raises(NotFoundError):
        c.run(c.client.meta())


def test_whoami(fake_h2ogpte: FakeH2OGPTE) -> None:
    command = [sys.executable, "-m", "h2ogpte_ext", "whoami", "--address", fake_h2ogpte.url]
    env_key = ["--api-key", fake_h2ogpte.api_key]
    done = subprocess.run([*command, *env_key], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert " on h2oGPTe " in done.stdout and "licence valid until" in done.stdout
    as_json = subprocess.run([*command, *env_key, "--json"], capture_output=True, text=True, timeout=60)
    assert json.loads(as_json.stdout)["username"] in done.stdout
