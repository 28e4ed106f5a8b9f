"""httpx2 (the maintained successor of httpx, its own package with its own classes; openai 3 is built on it) and
this package, built on httpx. They meet in two ways:

- the httpx2 leg: `H2OGPTE_EXT_TEST_HTTPX2=1 pytest ...` runs the suite with `httpx2.alias_httpx()` in force
  (tests/__init__.py), where `import httpx` is httpx2 and our client runs on it; the first test here fails if a
  run is not on the library it was asked for;
- a foreign object: an httpx2 client or transport handed to a client built on httpx (or a sync one to the async
  client, or no httpx object at all) is refused at construction with an H2OGPTEError saying what to pass,
  rather than failing at the first call with a message about something else.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import io
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest

from h2ogpte_ext import H2OGPTE, AsyncH2OGPTE, CompletionDelta, H2OGPTEError, _httpx_private
from h2ogpte_ext.testing import FakeH2OGPTE
from tests import ON_HTTPX2

pytestmark = pytest.mark.e2e

SETTINGS: dict[str, Any] = {"address": "http://127.0.0.1:9", "api_key": "sk-x"}
ALIAS_HINT = "or run on httpx2 with httpx2.alias_httpx() before importing h2ogpte_ext"


# --- the leg runs on the library it was asked for -----------------------------------------------------------


def test_the_run_is_on_the_library_it_was_asked_for(fake_h2ogpte: FakeH2OGPTE) -> None:
    with H2OGPTE(address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key) as client:
        assert list(client.collections.iter_collections()) == []
        sent_with = type(client._http)
    # The Pythons the tests start (the h2ogpte-ext command, scripts/demo.py) run on the same library.
    child = "import httpx, httpcore; print(httpx.__name__, httpcore.__name__)"
    started = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60, check=True)
    if ON_HTTPX2:
        import httpcore
        import httpcore2
        import httpx2

        aliased: tuple[object, object] = (httpx.Client, httpcore)
        assert aliased[0] is httpx2.Client and aliased[1] is httpcore2
        assert issubclass(sent_with, httpx2.Client)
        assert started.stdout.split() == ["httpx2", "httpcore2"], started.stderr
    else:
        assert httpx.__name__ == "httpx"
        assert issubclass(sent_with, httpx.Client)
        assert started.stdout.split() == ["httpx", "httpcore"], started.stderr
    # The httpx internals read to tell a replayable request body are the library's in use: a file of a
    # multipart body is found (with the other library's classes it would not be).
    file = io.BytesIO(b"x")
    assert _httpx_private.body_files(httpx.Request("POST", "http://127.0.0.1/", files={"f": file}).stream) == [file]


def test_the_pytest_plugin_leaves_httpx_unimported() -> None:
    """pytest loads entry-point plugins, ours among them, before tests/__init__.py: the leg's alias is in time
    only while they import no httpx (another plugin that does makes `alias_httpx()` raise, not pass unseen)."""
    code = (
        "import sys, h2ogpte_ext._pytest_plugin; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'httpcore', 'httpx2', 'httpcore2')))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # without the leg's sitecustomize
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_the_aiohttp_transport_runs_on_this_library(fake_h2ogpte: FakeH2OGPTE) -> None:
    """httpx-aiohttp imports httpx: under the alias its transport is an httpx2 transport, and works as one."""
    httpx_aiohttp = pytest.importorskip("httpx_aiohttp")  # the [aiohttp] extra
    assert issubclass(httpx_aiohttp.AiohttpTransport, httpx.AsyncBaseTransport)

    deltas: list[CompletionDelta] = []

    async def run() -> tuple[list[str], str]:
        # One connection: a response left open (a streamed answer ends at its final line, before the body's
        # end) would hold it, and the next call would wait for the pool until its timeout.
        transport = httpx_aiohttp.AiohttpTransport(limits=httpx.Limits(max_connections=1))  # the caller closes it
        try:
            async with AsyncH2OGPTE(
                address=fake_h2ogpte.url, api_key=fake_h2ogpte.api_key, transport=transport, timeout=10
            ) as c:
                collection = await c.collections.create_collection(name="c", description="d")
                # A multipart upload, job polling and a streamed answer, all through aiohttp.
                result = await c.upload_and_ingest(collection.id, [("a.txt", b"a")], poll_interval=0.01)
                answer = await c.ask("what is in a.txt?", collection_id=collection.id, on_delta=deltas.append)
                again = await c.ask("and again?", session_id=answer.session_id, on_delta=deltas.append)
                return [d.name for d in result.documents], answer.text + again.text
        finally:
            await transport.aclose()

    names, text = asyncio.run(run())
    assert names == ["a.txt"] and text and deltas
    gc.collect()  # an aiohttp connection never handed back warns here (ResourceWarning), not in a later test


# --- a foreign or mismatched client is refused at construction ---------------------------------------------


@pytest.mark.skipif(ON_HTTPX2, reason="under httpx2.alias_httpx() httpx2's classes are httpx's: nothing is foreign")
def test_an_httpx2_client_or_transport_is_refused_at_construction() -> None:
    httpx2 = pytest.importorskip("httpx2")  # Python >= 3.11 (openai 3 brings it)
    cases = [
        (H2OGPTE, "http_client", httpx2.Client(), "an httpx2.Client", "httpx.Client", "an httpx.Client"),
        (
            AsyncH2OGPTE,
            "http_client",
            httpx2.AsyncClient(),
            "an httpx2.AsyncClient",
            "httpx.AsyncClient",
            "an httpx.AsyncClient",
        ),
        (
            H2OGPTE,
            "transport",
            httpx2.HTTPTransport(),
            "an httpx2.HTTPTransport",
            "httpx.BaseTransport",
            "an httpx.BaseTransport (such as httpx.HTTPTransport)",
        ),
        (
            AsyncH2OGPTE,
            "transport",
            httpx2.AsyncHTTPTransport(),
            "an httpx2.AsyncHTTPTransport",
            "httpx.AsyncBaseTransport",
            "an httpx.AsyncBaseTransport (such as httpx.AsyncHTTPTransport or httpx_aiohttp.AiohttpTransport)",
        ),
    ]
    for client, keyword, foreign, given, built_on, wanted in cases:
        with pytest.raises(H2OGPTEError) as caught:
            client(**SETTINGS, **{keyword: foreign})
        assert str(caught.value) == (
            f"{keyword} is {given}, but this client is built on httpx ({built_on}); pass {wanted}, {ALIAS_HINT}"
        )
    # The exact message of the brief's example, for the case users meet first (openai 3's DefaultHttpxClient).
    with pytest.raises(H2OGPTEError, match=r"^http_client is an httpx2\.Client, but this client is built on httpx"):
        H2OGPTE(**SETTINGS, http_client=httpx2.Client())


@pytest.fixture(autouse=True)
def _openai_imported() -> None:
    """openai, once imported, calls httpx's BaseTransport "openai.BaseTransport" (its `__module__`): the
    refusals must name it all the same."""
    with contextlib.suppress(ImportError):
        importlib.import_module("openai")


def test_a_client_or_transport_of_the_other_kind_is_refused_at_construction() -> None:
    lib = httpx.__name__  # httpx, or httpx2 on the httpx2 leg: the same refusals either way
    cases = [
        (
            AsyncH2OGPTE,
            "http_client",
            httpx.Client(),
            f"http_client is an {lib}.Client, sync, but AsyncH2OGPTE is async: pass an {lib}.AsyncClient, "
            f"or use H2OGPTE with an {lib}.Client",
        ),
        (
            H2OGPTE,
            "http_client",
            httpx.AsyncClient(),
            f"http_client is an {lib}.AsyncClient, async, but H2OGPTE is sync: pass an {lib}.Client, "
            f"or use AsyncH2OGPTE with an {lib}.AsyncClient",
        ),
        (
            AsyncH2OGPTE,
            "transport",
            httpx.HTTPTransport(),
            f"transport is an {lib}.HTTPTransport, sync, but AsyncH2OGPTE is async: pass an {lib}.AsyncBaseTransport "
            f"(such as {lib}.AsyncHTTPTransport or httpx_aiohttp.AiohttpTransport), "
            f"or use H2OGPTE with an {lib}.HTTPTransport",
        ),
        (
            H2OGPTE,
            "transport",
            httpx.AsyncHTTPTransport(),
            f"transport is an {lib}.AsyncHTTPTransport, async, but H2OGPTE is sync: pass an {lib}.BaseTransport "
            f"(such as {lib}.HTTPTransport), or use AsyncH2OGPTE with an {lib}.AsyncHTTPTransport",
        ),
    ]
    for client, keyword, value, message in cases:
        with pytest.raises(H2OGPTEError) as caught:
            client(**SETTINGS, **{keyword: value})
        assert str(caught.value) == message


def test_what_is_no_httpx_client_or_transport_is_refused_at_construction() -> None:
    lib = httpx.__name__
    cases = [
        (H2OGPTE, "http_client", object(), f"http_client must be an {lib}.Client, not an object"),
        (
            AsyncH2OGPTE,
            "transport",
            "http://127.0.0.1:9",
            f"transport must be an {lib}.AsyncBaseTransport (such as {lib}.AsyncHTTPTransport or "
            "httpx_aiohttp.AiohttpTransport), not a str",
        ),
        (
            H2OGPTE,
            "transport",
            httpx.Client(),
            f"transport must be an {lib}.BaseTransport (such as {lib}.HTTPTransport), not an {lib}.Client "
            f"(an {lib}.Client goes in http_client=)",
        ),
        (
            AsyncH2OGPTE,
            "http_client",
            httpx.AsyncHTTPTransport(),
            f"http_client must be an {lib}.AsyncClient, not an {lib}.AsyncHTTPTransport "
            f"(an {lib}.AsyncHTTPTransport goes in transport=)",
        ),
    ]
    for client, keyword, value, message in cases:
        with pytest.raises(H2OGPTEError) as caught:
            client(**SETTINGS, **{keyword: value})
        assert str(caught.value) == message


def test_the_right_kind_is_taken() -> None:
    class OwnClient(httpx.Client):
        pass

    mock = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))  # sync and async at once
    H2OGPTE(**SETTINGS, http_client=OwnClient()).close()
    H2OGPTE(**SETTINGS, transport=mock).close()
    asyncio.run(AsyncH2OGPTE(**SETTINGS, transport=mock).close())
    asyncio.run(AsyncH2OGPTE(**SETTINGS, http_client=httpx.AsyncClient()).close())
