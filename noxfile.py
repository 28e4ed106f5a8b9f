"""Developer tasks: `python3 scripts/dev.py SESSION` (or `nox -s SESSION`): tests, demo, generate, lint, ..."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import nox
import tomllib

# Every session's virtualenv is made by uv and filled from uv.lock (exact versions, every supported Python);
# `python3 scripts/dev.py lock` moves the lock to today's releases. scripts/dev.py installs nox and uv.
nox.options.default_venv_backend = "uv"
nox.options.sessions = ["tests", "check_generated", "schemathesis", "lint", "typecheck", "verifytypes"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).resolve().parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
# The Pythons we support, oldest first; the newest is the one `tests_latest` and `tests_lowest` use.
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
# Every extra a user can install, so the end-to-end legs see all of our code.
ALL_EXTRAS = ["testing", "spec", "openai", "aiohttp"]


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


def _sync(
    session: nox.Session, *, extras: Sequence[str] = (), groups: Sequence[str] = (), project: bool = True
) -> None:
    """Install exactly what uv.lock pins for these extras and groups (and the project, editable), nothing else.
    `--locked` fails when uv.lock no longer matches pyproject.toml: run `python3 scripts/dev.py lock`."""
    command = ["uv", "sync", "--locked", "--no-default-groups"]
    command += [f"--extra={extra}" for extra in extras] + [f"--group={group}" for group in groups]
    if not project:
        command.append("--no-install-project")
    assert isinstance(session.virtualenv, nox.virtualenv.VirtualEnv)
    session.run_install(
        *command,
        f"--python={session.virtualenv.location}",
        env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location},
    )


@nox.session(venv_backend="none")
def lock(session: nox.Session) -> None:
    """Update uv.lock to the newest releases that pyproject.toml allows (`-- --upgrade-package NAME` for one)."""
    arguments = session.posargs or ["--upgrade"]
    session.run("uv", "lock", *arguments, external=True)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: the vendor guide's whole workflow with h2ogpte_ext, against an embedded fake h2oGPTe
    (or the server in H2OGPTE_ADDRESS / H2OGPTE_API_KEY)."""
    _sync(session, extras=["testing"])
    session.run("python", "scripts/demo.py")


@nox.session
def generate(session: nox.Session) -> None:
    """Rebuild generated/h2ogpte_api from api-spec.yaml."""
    _sync(session, groups=["codegen"], project=False)
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session
def twins(session: nox.Session) -> None:
    """Rewrite h2ogpte_ext/_sync, the sync twins of the async helpers in h2ogpte_ext/_async (`-- --check`: compare)."""
    _sync(session, groups=["twins"], project=False)
    session.run("python", "scripts/unasync_twins.py", *session.posargs)


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail, listing the files, when generated/ is not what api-spec.yaml generates."""
    _sync(session, groups=["codegen"], project=False)
    session.run("python", "scripts/generate.py", "--check", *session.posargs)


@nox.session
def fetch_spec(session: nox.Session) -> None:
    """`nox -s fetch_spec -- URL [--api-key-env VAR]`: replace api-spec.yaml with the server's, if valid."""
    _sync(session, extras=["spec"])
    session.run("python", "scripts/spec.py", "fetch", *session.posargs)


@nox.session
def spec_diff(session: nox.Session) -> None:
    """`nox -s spec_diff -- OLD NEW [--format text|markdown|json] `: what changed for a
    client, breaking or not; exit 1 when something breaks, 2 on invalid input."""
    _sync(session, extras=["spec"])
    session.run("python", "scripts/spec.py", "diff", *session.posargs)


@nox.session
def spec_check(session: nox.Session) -> None:
    """`nox -s spec_check -- [SPEC]`: which helpers and CLI commands work with SPEC (default: the spec
    generated/ was built from): works, degraded (options gone) or unavailable (what is missing)."""
    _sync(session, extras=["spec"])
    session.run("python", "scripts/spec.py", "check", *session.posargs)


@nox.session
def compat(session: nox.Session) -> None:
    """Regenerate into temporary copies from 1.7.0, 1.6.64 and next-release edits of api-spec.yaml, run every
    helper, CLI command and the fake there, and fail where `spec check` said otherwise (`-- CASE...`: some);
    on the copies from 1.7.0 and 1.6.64 also the end-to-end tests (`tests_e2e`'s), which must pass there."""
    _sync(session, extras=ALL_EXTRAS, groups=["codegen", "e2e"])
    session.run("python", "scripts/compat.py", *(f"--e2e={path}" for path in E2E_FILES), *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (exit code 5, no tests collected, fails the session)."""
    _sync(session, extras=ALL_EXTRAS, groups=["test"])
    session.run("pytest", *session.posargs)


@nox.session
def package(session: nox.Session) -> None:
    """Build the sdist and the wheel, check them (`twine check --strict`), then install the wheel into fresh
    virtualenvs and smoke-test it from outside the checkout (`tests/test_packaging.py`)."""
    _sync(session, groups=["package"], project=False)
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
    _sync(session, extras=["testing"], groups=["fuzz"])
    session.run("python", "scripts/schemathesis_fake.py", *session.posargs)


# The end-to-end tests: everything a user of the package runs (not the generator's tests, which need the
# pinned generator and so Python 3.11). They run on every supported Python, on the lowest and the newest
# releases of our dependencies, and on httpx2, with warnings as errors. They are the tests marked
# `pytest.mark.e2e` (a module's `pytestmark`, or a test's decorator); only the modules that hold such a mark are
# collected, as the others may import packages of the developer-only `test` group, which these legs lack.
E2E_MARK = "pytest.mark.e2e"
E2E_FILES = sorted(
    path.relative_to(ROOT).as_posix()
    for path in (ROOT / "tests").glob("test_*.py")
    if E2E_MARK in path.read_text(encoding="utf-8")
)
E2E_TESTS = ["-m", "e2e", *E2E_FILES]
# Warnings are errors, except these, which come from other packages and which we cannot change.
STRICT_WARNINGS = ["-W", "error"]


# The async client sends through aiohttp's pools where the [aiohttp] extra is installed, through httpx's where
# not: this Python's end-to-end leg runs without the extra, so that both defaults pass every end-to-end test.
WITHOUT_AIOHTTP = "3.12"


@nox.session(python=PYTHONS)
def tests_e2e(session: nox.Session) -> None:
    """The end-to-end tests on each supported Python (`tests_e2e-3.10` for one), warnings as errors; on
    3.12 without the [aiohttp] extra (the async client's default pools are then httpx's)."""
    extras = [extra for extra in ALL_EXTRAS if session.python != WITHOUT_AIOHTTP or extra != "aiohttp"]
    _sync(session, extras=extras, groups=["e2e"])
    session.run("pytest", *STRICT_WARNINGS, *E2E_TESTS, *session.posargs)


@nox.session(python=PYTHONS[-1])
@nox.parametrize("openai", ["1", "2", "3"])
def tests_openai(session: nox.Session, openai: str) -> None:
    """`client.openai()` on each major version of the openai package (1 and 2 on httpx, 3 on httpx2), each
    pinned to one release here so that the run is reproducible."""
    _sync(session, extras=ALL_EXTRAS, groups=["e2e"])
    if OPENAI_RELEASES[openai]:
        session.install(OPENAI_RELEASES[openai])
    session.run("pytest", *STRICT_WARNINGS, "tests/test_openai_door.py", *session.posargs)


# The release of each major version of openai that `tests_openai` tests (3: uv.lock's).
OPENAI_RELEASES = {"1": "openai==1.109.1", "2": "openai==2.54.0", "3": ""}


@nox.session(python=PYTHONS[-1])
def tests_httpx2(session: nox.Session) -> None:
    """The end-to-end tests on httpx2: `httpx2.alias_httpx()` runs before anything imports httpx, so every
    `import httpx` (ours, the generated client's, the fake's) is httpx2 (tests/test_httpx2.py checks it is)."""
    _sync(session, extras=ALL_EXTRAS, groups=["e2e"])
    session.run("pytest", *STRICT_WARNINGS, *E2E_TESTS, *session.posargs, env={"H2OGPTE_EXT_TEST_HTTPX2": "1"})


@nox.session(python=[PYTHONS[0], PYTHONS[-1]])
def tests_lowest(session: nox.Session) -> None:
    """The end-to-end tests with every direct dependency at the lowest version pyproject.toml allows (uv's
    `lowest-direct`), on the oldest and the newest supported Python: our floors are true."""
    session.install("--resolution=lowest-direct", "--refresh", "-e", f".[{','.join(ALL_EXTRAS)}]", *_group("e2e"))
    session.run("uv", "pip", "list", silent=False)
    session.run("pytest", *STRICT_WARNINGS, *E2E_TESTS, *session.posargs)


@nox.session(python=PYTHONS[-1])
def tests_latest(session: nox.Session) -> None:
    """The end-to-end tests on the newest release of everything the package and its extras depend on, not
    the lock: what a user installing today gets. When they fail, the packages newer than uv.lock are put
    back to their locked versions one at a time, and the one whose newest release breaks the tests is named."""
    session.install("--resolution=highest", "--refresh", "-e", f".[{','.join(ALL_EXTRAS)}]", *_group("e2e"))
    try:
        session.run("pytest", *STRICT_WARNINGS, *E2E_TESTS, *session.posargs)
    except nox.command.CommandFailed:
        _name_what_broke(session)
        raise


def _installed(session: nox.Session) -> dict[str, str]:
    output = session.run("uv", "pip", "freeze", silent=True)
    assert isinstance(output, str)
    pairs = (line.split("==", 1) for line in output.splitlines() if "==" in line)
    return {_normal(name): version for name, version in pairs}


def _normal(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def _name_what_broke(session: nox.Session) -> None:
    """Put each package that is newer than uv.lock back to its locked version, alone, and rerun the tests
    that failed; the package whose downgrade makes them pass is what broke."""
    locked: dict[str, set[str]] = {}
    for package in tomllib.loads((ROOT / "uv.lock").read_text())["package"]:
        locked.setdefault(_normal(package["name"]), set()).add(package["version"])
    installed = _installed(session)
    newer = {
        name: (version, max(locked[name], key=_release))
        for name, version in installed.items()
        if name in locked and version not in locked[name]
    }
    if not newer:
        session.error("tests_latest failed, and every installed package is at a version uv.lock has")
    listing = ", ".join(f"{name} {new} (locked {old})" for name, (new, old) in sorted(newer.items()))
    session.log(f"newer than uv.lock: {listing}")
    culprits = []
    for name, (new, old) in sorted(newer.items()):
        session.install(f"{name}=={old}")
        try:
            session.run("pytest", *STRICT_WARNINGS, "--last-failed", "--last-failed-no-failures=none", "-q", "-x")
        except nox.command.CommandFailed:
            pass
        else:
            culprits.append(f"{name} {new}")
        session.install(f"{name}=={new}")
    if culprits:
        session.error(
            f"tests_latest: the newest release of {', '.join(culprits)} breaks the tests (passes with uv.lock's)"
        )
    session.error(f"tests_latest failed; no single package's downgrade fixes it. Newer than uv.lock: {listing}")


def _release(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on everything hand-written (generated/ is excluded in pyproject.toml)."""
    _sync(session, groups=["lint"], project=False)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on h2ogpte_ext, on h2ogpte_api as far as the generator allows, and on the typing examples."""
    # The tests and scripts are type-checked too, against the libraries they import.
    _sync(session, extras=ALL_EXTRAS, groups=["typecheck", "test"])
    session.run("mypy")
    session.run("mypy", "--strict", "-p", "h2ogpte_api")
    # What users' type checkers see of the generated layer (each method's forms and types, both clients): named
    # here so that the check stays when the files above change; assert_type and unused ignores fail it.
    session.run("mypy", "--strict", "tests/typing_examples")


@nox.session
def verifytypes(session: nox.Session) -> None:
    """`basedpyright --verifytypes h2ogpte_ext`: every symbol of the public API has a known type (what a user's
    editor shows); fails below 100 %. --ignoreexternal: what httpx, starlette and the other packages leave
    unknown is theirs, not ours (h2ogpte_api is a package of its own to the checker, and so is left out too).
    Then basedpyright on tests/typing_examples/raw_parsed.py, the README's raw-response lines."""
    _sync(session, extras=ALL_EXTRAS, groups=["verifytypes"])
    output = session.run(
        "basedpyright", "--verifytypes", "h2ogpte_ext", "--ignoreexternal", silent=True, success_codes=[0, 1]
    )
    assert isinstance(output, str)
    score = re.search(r"Type completeness score: ([\d.]+)%", output)
    if score is None or float(score.group(1)) < 100:
        session.log(output)
        session.error(f"verifytypes: h2ogpte_ext's type completeness is {score.group(1) if score else '?'}%, not 100%")
    session.log(f"verifytypes: h2ogpte_ext's type completeness is {score.group(1)}%")
    # The README's first example as pyright reads it (mypy reads it in `typecheck`): `raw.parsed.name`.
    session.run("basedpyright", "tests/typing_examples/raw_parsed.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Print the figures we track, each next to its anchor measured in the same run: import time; client CPU
    per call (resource layer, generated function, raw httpx, the vendor's client; async at concurrency 1, 10
    and 100); many small uploads over a slow network; big-file CPU per GiB and memory (vs raw httpx); the
    fake's start, reset and request rate (vs the fake before it served the vendor's client, from git).
    `nox -s bench -- --size-mib 256` for a quicker big-file run. Last, the README's performance table is
    rewritten from the figures of this run (`scripts/bench_record.py`)."""
    _sync(session, extras=["testing", "aiohttp"], groups=["bench"])
    figures = Path(session.create_tmp()) / "bench-figures.jsonl"
    figures.unlink(missing_ok=True)
    env = {"H2OGPTE_EXT_BENCH_RECORD": str(figures)}
    session.run("python", "scripts/bench_import.py", env=env)
    session.run("python", "scripts/bench_client.py", env=env)
    session.run("python", "scripts/bench_async.py", env=env)
    session.run("python", "scripts/bench_bulk.py", env=env)
    session.run("python", "scripts/bench_files.py", *session.posargs, env=env)
    session.run("python", "scripts/bench_fake.py", env=env)
    session.run("python", "scripts/bench_record.py", str(figures))
