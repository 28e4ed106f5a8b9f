"""Developer tasks: `python3 scripts/dev.py SESSION` (or `nox -s SESSION`): tests, demo, generate, lint, ..."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests", "check_generated", "schemathesis", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

PYPROJECT = nox.project.load_toml("pyproject.toml")


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: the vendor guide's whole workflow with h2ogpte_ext, against an embedded fake h2oGPTe
    (or the server in H2OGPTE_ADDRESS / H2OGPTE_API_KEY)."""
    session.install("-e", ".[testing]")
    session.run("python", "scripts/demo.py")


@nox.session
def generate(session: nox.Session) -> None:
    """Rebuild generated/h2ogpte_api from api-spec.yaml."""
    session.install(*_group("codegen"))
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session
def twins(session: nox.Session) -> None:
    """Rewrite h2ogpte_ext/_sync, the sync twins of the async helpers in h2ogpte_ext/_async (`-- --check`: compare)."""
    session.install(*_group("twins"))
    session.run("python", "scripts/unasync_twins.py", *session.posargs)


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail, listing the files, when generated/ is not what api-spec.yaml generates."""
    session.install(*_group("codegen"))
    session.run("python", "scripts/generate.py", "--check", *session.posargs)


@nox.session
def fetch_spec(session: nox.Session) -> None:
    """`nox -s fetch_spec -- URL [--api-key-env VAR]`: replace api-spec.yaml with the server's, if valid."""
    session.install("-e", ".[spec]")
    session.run("python", "scripts/spec.py", "fetch", *session.posargs)


@nox.session
def spec_diff(session: nox.Session) -> None:
    """`nox -s spec_diff -- OLD NEW [--json] [--fail-on-breaking]`: what changed, breaking or not."""
    session.install("-e", ".[spec]")
    session.run("python", "scripts/spec.py", "diff", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (exit code 5, no tests collected, fails the session)."""
    session.install("-e", ".[testing,spec,openai,aiohttp]", *_group("test"))
    session.run("pytest", *session.posargs)


@nox.session
def package(session: nox.Session) -> None:
    """Build the sdist and the wheel, check them (`twine check --strict`), then install the wheel into fresh
    virtualenvs and smoke-test it from outside the checkout (`tests/test_packaging.py`)."""
    session.install(*_group("package"))
    dist = Path(session.create_tmp()) / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", str(dist))
    session.run("twine", "check", "--strict", *sorted(str(p) for p in dist.iterdir()))
    # The tests import nothing of the package: they only drive what pip installed from the wheel.
    session.run(
        "pytest",
        "--noconftest",
        "-m",
        "packaging",
        "tests/test_packaging.py",
        *session.posargs,
        env={"H2OGPTE_EXT_DIST": str(dist)},
    )


@nox.session
def schemathesis(session: nox.Session) -> None:
    """A bounded schemathesis run against the fake server's simulated operations; zero failures allowed."""
    session.install("-e", ".[testing]", *_group("fuzz"))
    session.run("python", "scripts/schemathesis_fake.py", *session.posargs)


# The end-to-end tests, on the oldest Python we support (the generator itself needs 3.11, so the tests of
# generation run in `tests` only).
RUNTIME_TESTS = [
    "tests/test_client.py",
    "tests/test_workflows.py",
    "tests/test_fake_server.py",
    "tests/test_cli.py",
    "tests/test_demo.py",
    "tests/test_spec_tools.py",
    "tests/test_ask.py",
    "tests/test_jobs.py",
    "tests/test_helpers.py",
]


@nox.session(python="3.10")
def tests_py310(session: nox.Session) -> None:
    """The end-to-end tests on Python 3.10."""
    session.install("-e", ".[testing,spec]", "pytest>=8", "pyyaml>=6")
    session.run("pytest", *RUNTIME_TESTS, *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on everything hand-written (generated/ is excluded in pyproject.toml)."""
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on h2ogpte_ext, and on h2ogpte_api as far as the generator allows."""
    # The tests and scripts are type-checked too, against the libraries they import.
    session.install("-e", ".[testing,spec,openai,aiohttp]", *_group("typecheck"), *_group("test"))
    session.run("mypy")
    session.run("mypy", "--strict", "-p", "h2ogpte_api")


@nox.session
def bench(session: nox.Session) -> None:
    """Print the figures we track, each next to its anchor measured in the same run: import time; client CPU
    per call (resource layer, generated function, raw httpx, the vendor's client; async at concurrency 1, 10
    and 100); many small uploads over a slow network; big-file CPU per GiB and memory (vs raw httpx); the
    fake's start, reset and request rate. `nox -s bench -- --size-mib 256` for a quicker big-file run."""
    session.install("-e", ".[testing,aiohttp]", *_group("bench"))
    session.run("python", "scripts/bench_import.py")
    session.run("python", "scripts/bench_client.py")
    session.run("python", "scripts/bench_async.py")
    session.run("python", "scripts/bench_bulk.py")
    session.run("python", "scripts/bench_files.py", *session.posargs)
    session.run("python", "scripts/bench_fake.py")
