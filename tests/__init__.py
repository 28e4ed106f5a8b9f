"""The test suite. `H2OGPTE_EXT_TEST_HTTPX2=1 pytest ...` runs it on httpx2, with `httpx2.alias_httpx()` in force.

This package's __init__ runs before tests/conftest.py and every test module, so the alias is in force before
anything here imports httpx. pytest's entry-point plugins load earlier still: ours (h2ogpte_ext._pytest_plugin)
imports nothing beyond pytest, and should any plugin import httpx eagerly, `alias_httpx()` raises ("httpx was
already imported") rather than letting the leg run on httpx unnoticed. tests/test_httpx2.py checks that the run
is on the library it was asked for, in the pytest process and in the Pythons the tests start.
"""

import os
from pathlib import Path

HTTPX2_ENV = "H2OGPTE_EXT_TEST_HTTPX2"
ON_HTTPX2 = os.environ.get(HTTPX2_ENV, "") not in ("", "0")

if ON_HTTPX2:
    import httpx2

    httpx2.alias_httpx()
    # The Pythons the tests start get the alias from tests/httpx2_site/sitecustomize.py, first on their path.
    SITE = str(Path(__file__).with_name("httpx2_site"))
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (SITE, os.environ.get("PYTHONPATH")) if p)
